//! From a Java `Class` to its code: walk the real class and its superclasses and
//! apply the core's chain rule (first mapped name wins, else 500). And `register`.

use super::{cache, call, Failure};
use crate::mapping::{self, DEFAULT_CODE};
use crate::names::ClassName;
use crate::registry;
use jni::objects::{JClass, JObject, JString};
use jni::signature::ReturnType;
use jni::sys::{jint, jlong};
use jni::JNIEnv;

/// `Native.codeOfClass(Class<?>)`: the code for a class, by the chain rule.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_codeOfClass<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    class: JClass<'local>,
) -> jint {
    call(&mut env, 0, |env| code_of_class(env, &class))
}

/// `Native.register(Class<?>, int)`: maps a class to a code; returns the registry
/// generation after the registration (the Java cache keys on it).
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_register<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    class: JClass<'local>,
    code: jint,
) -> jlong {
    call(&mut env, 0, |env| {
        if class.is_null() {
            return Err(Failure::NullArgument("type"));
        }
        let cache = cache::get(env)?;
        let name = env.with_local_frame(2, |env| class_name(env, cache, &class))?;
        mapping::register_exception(&name, code)
            .map_err(|e| Failure::core(e, format!("cannot register {name} as {code}")))?;
        Ok(registry::generation() as jlong)
    })
}

fn code_of_class<'local>(env: &mut JNIEnv<'local>, class: &JClass<'local>) -> Result<i32, Failure> {
    if class.is_null() {
        return Err(Failure::NullArgument("type"));
    }
    let cache = cache::get(env)?;
    // Our own reference to the current class, so each step can drop the previous one:
    // however deep the hierarchy, at most two of our local refs are live.
    let mut current = JClass::from(env.new_local_ref(class)?);
    loop {
        let mut found = None;
        // Each step in its own frame: the name string and any temporaries go with it,
        // only the superclass survives.
        let superclass = env.with_local_frame_returning_local(4, |env| {
            let name = class_name(env, cache, &current)?;
            // A JVM-legal name that is not a Java class name (other JVM languages) can
            // be neither built-in nor registered: it maps to nothing.
            if let Some(code) = ClassName::parse(&name)
                .ok()
                .and_then(|n| mapping::mapped_code(&n))
            {
                found = Some(code);
                return Ok::<_, Failure>(JObject::null());
            }
            Ok(match env.get_superclass(&current)? {
                Some(superclass) => JObject::from(superclass),
                None => JObject::null(),
            })
        })?;
        env.delete_local_ref(current)?;
        if let Some(code) = found {
            return Ok(code);
        }
        if superclass.is_null() {
            return Ok(DEFAULT_CODE);
        }
        current = JClass::from(superclass);
    }
}

/// `class.getName()` as a Rust string (binary form, `a.b.Outer$Inner`).
fn class_name(
    env: &mut JNIEnv<'_>,
    cache: &cache::Cache,
    class: &JClass<'_>,
) -> Result<String, Failure> {
    // SAFETY: the method ID is Class#getName()Ljava/lang/String; and `class` is a Class.
    let name =
        unsafe { env.call_method_unchecked(class, cache.class_get_name, ReturnType::Object, &[]) }?
            .l()?;
    let name = JString::from(name);
    if name.is_null() {
        return Err(Failure::NullArgument("Class.getName()"));
    }
    // SAFETY: Class#getName() returns a java.lang.String.
    let text: String = unsafe { env.get_string_unchecked(&name) }?.into();
    env.delete_local_ref(name)?;
    Ok(text)
}
