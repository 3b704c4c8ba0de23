//! Java strings in, by their UTF-16 code units (`GetStringRegion`), never through
//! `GetStringUTFChars`: that gives *modified* UTF-8 (NUL as `C0 80`, supplementary
//! characters as surrogate pairs, lone surrogates as-is), which is not UTF-8. Here a
//! lone surrogate becomes U+FFFD and every other character arrives exactly.

use super::Failure;
use jni::objects::JString;
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
