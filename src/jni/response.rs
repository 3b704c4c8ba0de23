//! ResponseObject bodies for Java: build them, read their errorCode back.

use super::text::{new_string, string_array, utf16_lossy, with_utf8};
use super::{call, Failure};
use crate::error::Error;
use crate::response::{self, Body, ErrorJsonOpen, ERROR_JSON_CLOSE};
use jni::objects::{JClass, JObject, JString};
use jni::sys::{jboolean, jint, jobjectArray, jstring, JNI_FALSE};
use jni::JNIEnv;

/// `Native.errorNames()`: element i names the error numbered -(i + 1).
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_errorNames<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
) -> jobjectArray {
    call(&mut env, JObject::null().into_raw(), |env| {
        // Numbers run -1, -2, ...: element i is error -(i + 1).
        let names = Error::ALL.map(|e| ((-e.code() - 1) as usize, e.name()));
        Ok(string_array(env, Error::ALL.len(), names)?.into_raw())
    })
}

/// `Native.errorJsonFrame(int)`: `{open, close}`, the text of the code's error body
/// before and after its message (`response::ErrorJsonOpen`). Java writes a message
/// without lone surrogates between them itself (escaped by `jsonEscapes`) and calls
/// `responseJson` for the rest.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_errorJsonFrame<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    code: jint,
) -> jobjectArray {
    call(&mut env, JObject::null().into_raw(), |env| {
        let open = ErrorJsonOpen::new(code)
            .map_err(|e| Failure::core(e, format!("no error body for code {code}")))?;
        let frame = [open.as_str(), ERROR_JSON_CLOSE].into_iter().enumerate();
        Ok(string_array(env, 2, frame)?.into_raw())
    })
}

/// `Native.jsonEscapes()`: element c (c < 128) is how the core writes the character c
/// inside a JSON string when [`response::json_escapes`] says it must be escaped, null
/// when it is written as it is. No character from 128 up is escaped, so Java escapes a
/// message with this table and the code's frame exactly as the core would.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_jsonEscapes<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
) -> jobjectArray {
    call(&mut env, JObject::null().into_raw(), |env| {
        let escapes = (0..128u8)
            .filter(|&c| response::json_escapes(u32::from(c)))
            .map(|c| {
                let mut text = String::with_capacity(6);
                response::push_json_content(&mut text, char::from(c).encode_utf8(&mut [0; 4]));
                (usize::from(c), text)
            });
        Ok(string_array(env, 128, escapes)?.into_raw())
    })
}

/// `Native.responseJson(int, String)`: the error body; `msg` null means "". The
/// message is read into a stack buffer and the JSON handed to the JVM in one call
/// (see `text.rs`), never through a `byte[]` or Java-side encoding.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_responseJson<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    code: jint,
    msg: JString<'local>,
) -> jstring {
    call(&mut env, JObject::null().into_raw(), |env| {
        let json = with_utf8(env, &msg, |_, m| {
            response::error_json(code, m.unwrap_or(""))
        })?
        .map_err(|e| Failure::core(e, format!("no error body for code {code}")))?;
        new_string(env, &json)
    })
}

/// `Native.body(int result, int code, String msg, String data, boolean xml)`:
/// result 0 ok, 1 warning, 2 error (code used only then); `data` is JSON text or null.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_body<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    result: jint,
    code: jint,
    msg: JString<'local>,
    data: JString<'local>,
    xml: jboolean,
) -> jstring {
    call(&mut env, JObject::null().into_raw(), |env| {
        let mut body = match result {
            0 => Body::ok(),
            1 => Body::warning(),
            2 => Body::error(code)
                .map_err(|e| Failure::core(e, format!("no error body for code {code}")))?,
            other => return Err(Failure::Invalid(format!("result {other} is not 0, 1 or 2"))),
        };
        body = body.msg(utf16_lossy(env, &msg)?.unwrap_or_default());
        if let Some(data) = utf16_lossy(env, &data)? {
            let value: serde_json::Value = serde_json::from_str(&data)
                .map_err(|e| Failure::Invalid(format!("data is not JSON: {e}")))?;
            body = body.data(value);
        }
        let text = if xml == JNI_FALSE {
            body.to_json()
        } else {
            body.to_xml()
        };
        Ok(env.new_string(text)?.into_raw())
    })
}

/// `Native.errorCodeOf(String)`: the code of a body, 0 when absent, or a negative
/// core error number (`AwsErrors.ERR_*`) for a body that has no numeric code.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_errorCodeOf<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    body: JString<'local>,
) -> jint {
    call(&mut env, 0, |env| {
        with_utf8(env, &body, |_, b| b.map(response::error_code_of_text))?
            .ok_or(Failure::NullArgument("body"))
            .map(|r| r.unwrap_or_else(Error::code))
    })
}
