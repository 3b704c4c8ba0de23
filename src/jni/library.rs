//! Library identity and registry state, for the Java loader and cache.

use super::call;
use crate::registry;
use jni::objects::{JClass, JObject};
use jni::sys::{jlong, jstring};
use jni::JNIEnv;

/// `Native.version()`: the crate version; the loader refuses a library whose version
/// is not the jar's.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_version<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
) -> jstring {
    call(&mut env, JObject::null().into_raw(), |env| {
        Ok(env.new_string(crate::VERSION)?.into_raw())
    })
}

/// `Native.generation()`: rises with every registration (from Java or C).
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_generation<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
) -> jlong {
    call(&mut env, 0, |_| Ok(registry::generation() as jlong))
}
