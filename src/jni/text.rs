//! Java strings in, by their UTF-16 code units (`GetStringRegion`), never through
//! `GetStringUTFChars`: that gives *modified* UTF-8 (NUL as `C0 80`, supplementary
//! characters as surrogate pairs, lone surrogates as-is), which is not UTF-8. Here a
//! lone surrogate becomes U+FFFD and every other character arrives exactly.
//!
//! The hot paths (response bodies) take standard UTF-8 in a `byte[]` instead, encoded
//! by Java (`Utf8.java`, lone surrogates already U+FFFD): one copy out of the array.

use super::Failure;
use jni::objects::{JByteArray, JString};
use jni::sys::{jchar, jsize};
use jni::JNIEnv;

/// The text of a Java string; `None` for `null`.
pub(crate) fn utf16_lossy(
    env: &mut JNIEnv<'_>,
    s: &JString<'_>,
) -> Result<Option<String>, Failure> {
    if s.is_null() {
        return Ok(None);
    }
    let raw = env.get_raw();
    // SAFETY: `raw` is this thread's valid JNIEnv; `s` is a non-null local reference
    // to a java.lang.String; no exception is pending (the `call` wrapper's rule).
    let len: jsize = unsafe {
        let get_len = (**raw).GetStringLength.ok_or(Failure::Jni(
            jni::errors::Error::JNIEnvMethodNotFound("GetStringLength"),
        ))?;
        get_len(raw, s.as_raw())
    };
    let mut units: Vec<jchar> = vec![0; len.max(0) as usize];
    if len > 0 {
        // SAFETY: as above; `units` holds exactly `len` jchars and the region
        // [0, len) is within the string, so nothing is thrown.
        unsafe {
            let region = (**raw).GetStringRegion.ok_or(Failure::Jni(
                jni::errors::Error::JNIEnvMethodNotFound("GetStringRegion"),
            ))?;
            region(raw, s.as_raw(), 0, len, units.as_mut_ptr());
        }
        if env.exception_check()? {
            return Err(Failure::Jni(jni::errors::Error::JavaException));
        }
    }
    Ok(Some(String::from_utf16_lossy(&units)))
}

/// The text of a Java string that must not be `null`.
pub(crate) fn required(
    env: &mut JNIEnv<'_>,
    s: &JString<'_>,
    name: &'static str,
) -> Result<String, Failure> {
    utf16_lossy(env, s)?.ok_or(Failure::NullArgument(name))
}

/// The bytes of a Java `byte[]` (UTF-8 from `Utf8.encode`); `None` for `null`.
pub(crate) fn bytes(env: &mut JNIEnv<'_>, a: &JByteArray<'_>) -> Result<Option<Vec<u8>>, Failure> {
    if a.is_null() {
        return Ok(None);
    }
    Ok(Some(env.convert_byte_array(a)?))
}

/// UTF-8 text from a Java `byte[]`; invalid sequences (Java never sends them) become
/// U+FFFD rather than failing. `None` for `null`.
pub(crate) fn utf8_lossy(
    env: &mut JNIEnv<'_>,
    a: &JByteArray<'_>,
) -> Result<Option<String>, Failure> {
    Ok(bytes(env, a)?.map(|b| match String::from_utf8(b) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }))
}
