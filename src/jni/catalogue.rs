//! The catalogue as Java values: codes, categories, texts and `ErrorInfo` objects,
//! all built from the core's one table. Enums cross as their Java constant names
//! (exhaustive matches here, checked against the Java enums by the Java tests).

use super::cache::{self, Cache};
use super::text::string_array;
use super::{call, Failure};
use crate::catalogue::{self, ErrorInfo};
use crate::code::{ErrorCode, Lang};
use jni::objects::{JClass, JObject, JValue};
use jni::sys::{jboolean, jint, jintArray, jobjectArray, jsize, jstring, JNI_FALSE, JNI_TRUE};
use jni::JNIEnv;

/// The Java enum constant for a core enum's word: `web_layer` → `WEB_LAYER`. One rule
/// for `Category`, `Scope`, `Advice` and `Source`, so Java cannot drift from the core.
pub(crate) fn java_name(word: &str) -> String {
    word.to_ascii_uppercase()
}

fn lang(zh: jboolean) -> Lang {
    if zh == JNI_FALSE {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// `Native.isKnown(int)`.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_isKnown<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    code: jint,
) -> jboolean {
    call(&mut env, JNI_FALSE, |_| {
        Ok(if ErrorCode::new(code).is_known() {
            JNI_TRUE
        } else {
            JNI_FALSE
        })
    })
}

/// `Native.category(int)`: the C ABI value (`AWS_ERROR_CATEGORY_*`).
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_category<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    code: jint,
) -> jint {
    call(&mut env, 0, |_| Ok(ErrorCode::new(code).category() as jint))
}

/// `Native.categoryName(int)`: the Java constant name for a category value.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_categoryName<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    code: jint,
) -> jstring {
    call(&mut env, JObject::null().into_raw(), |env| {
        let name = java_name(ErrorCode::new(code).category().as_str());
        Ok(env.new_string(name)?.into_raw())
    })
}

/// `Native.name(int, boolean zh)`: never null ("unknown error code" when unknown).
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_name<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    code: jint,
    zh: jboolean,
) -> jstring {
    call(&mut env, JObject::null().into_raw(), |env| {
        Ok(env
            .new_string(ErrorCode::new(code).name(lang(zh)))?
            .into_raw())
    })
}

/// `Native.describe(int, boolean zh)`: never null.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_describe<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    code: jint,
    zh: jboolean,
) -> jstring {
    call(&mut env, JObject::null().into_raw(), |env| {
        Ok(env
            .new_string(ErrorCode::new(code).describe(lang(zh)))?
            .into_raw())
    })
}

/// `Native.codes()`: every known code, ascending.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_codes<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
) -> jintArray {
    call(&mut env, JObject::null().into_raw(), |env| {
        let codes: Vec<jint> = catalogue::all().iter().map(|e| e.code()).collect();
        let array = env.new_int_array(codes.len() as jsize)?;
        env.set_int_array_region(&array, 0, &codes)?;
        Ok(array.into_raw())
    })
}

/// `Native.entries()`: every catalogue entry as an `ErrorInfo`, ascending by code.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_entries<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
) -> jobjectArray {
    call(&mut env, JObject::null().into_raw(), |env| {
        let cache = cache::get(env)?;
        let entries = catalogue::all();
        let array =
            env.new_object_array(entries.len() as jsize, &cache.error_info, JObject::null())?;
        for (i, entry) in entries.iter().enumerate() {
            // One frame per entry: its dozen strings are freed before the next.
            env.with_local_frame(16, |env| -> Result<(), Failure> {
                let info = error_info(env, cache, entry)?;
                env.set_object_array_element(&array, i as jsize, info)?;
                Ok(())
            })?;
        }
        Ok(array.into_raw())
    })
}

fn error_info<'local>(
    env: &mut JNIEnv<'local>,
    cache: &Cache,
    e: &ErrorInfo,
) -> Result<JObject<'local>, Failure> {
    let exceptions = string_array(env, e.exceptions().len(), e.exceptions().enumerate())?;
    let category = env.new_string(java_name(e.category().as_str()))?;
    let name_zh = env.new_string(e.name_zh())?;
    let name_en = env.new_string(e.name_en())?;
    let desc_zh = env.new_string(e.description_zh())?;
    let desc_en = env.new_string(e.description_en())?;
    let scope = env.new_string(java_name(e.scope().as_str()))?;
    let advice = env.new_string(java_name(e.advice().as_str()))?;
    let source = env.new_string(java_name(e.source().as_str()))?;
    let args = [
        JValue::Int(e.code()).as_jni(),
        JValue::Object(&category).as_jni(),
        JValue::Object(&name_zh).as_jni(),
        JValue::Object(&name_en).as_jni(),
        JValue::Object(&desc_zh).as_jni(),
        JValue::Object(&desc_en).as_jni(),
        JValue::Object(&exceptions).as_jni(),
        JValue::Object(&scope).as_jni(),
        JValue::Bool(e.in_response() as jboolean).as_jni(),
        JValue::Bool(e.resend_safe() as jboolean).as_jni(),
        JValue::Object(&advice).as_jni(),
        JValue::Object(&source).as_jni(),
    ];
    // SAFETY: the ID is ErrorInfo's constructor with ERROR_INFO_CTOR_SIG, and `args`
    // matches that signature one for one.
    let obj = unsafe { env.new_object_unchecked(&cache.error_info, cache.error_info_ctor, &args) }?;
    Ok(obj)
}
