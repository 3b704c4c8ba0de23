//! C ABI over ResponseObject bodies. The only strings this library hands out that
//! the caller owns are made here; they go back through `aws_error_string_free`.

use super::{guard, lossy, status};
use crate::error::Error;
use crate::response;
use std::ffi::{c_char, CStr, CString};
use std::ptr;

/// Moves a Rust string to the C heap of this library (free with `aws_error_string_free`).
pub(crate) fn give_string(s: String) -> *mut c_char {
    // Our JSON never holds a NUL (serde_json escapes it), so this only fails by bug.
    CString::new(s).map_or(ptr::null_mut(), CString::into_raw)
}

/// The error body `{"result":"error","errorCode":"403","msg":"…"}` for `code`, as the
/// platform's `ResponseObject.toString()` writes it (errorCode a string). `msg` NULL
/// means `""`; bytes that are not UTF-8 become U+FFFD each. Any message (quotes,
/// backslashes, control characters, line breaks, non-ASCII) reads back exactly.
/// Returns NULL when the code's category is INVALID, when there is no memory for the
/// body (a message near the memory limit), or on an internal panic.
/// The caller owns the result: free it with `aws_error_string_free`.
///
/// # Safety
/// `msg` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aws_response_error_json(code: i32, msg: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: forwarded caller contract.
        let msg = unsafe { lossy(msg) };
        match response::error_json(code, &msg) {
            Ok(json) => give_string(json),
            Err(_) => ptr::null_mut(),
        }
    })
}

/// Frees a string returned by this library for the caller to own
/// (`aws_response_error_json`). NULL: no-op. Never pass a static string
/// (`aws_error_name`, …) or one from another allocator.
///
/// # Safety
/// `s` is NULL or a pointer returned by this library as "free with
/// aws_error_string_free", not yet freed.
#[no_mangle]
pub unsafe extern "C" fn aws_error_string_free(s: *mut c_char) {
    guard((), || {
        if !s.is_null() {
            // SAFETY: `s` came from CString::into_raw in this library (caller contract).
            drop(unsafe { CString::from_raw(s) });
        }
    })
}

/// The errorCode of a ResponseObject body, JSON (`toString()` form: keys in any
/// order, extra keys ignored) or XML (`<result type="…" errorCode="…" msg="…"/>`,
/// with or without an XML declaration). Returns the code when present and numeric
/// (a JSON string or number); 0 when absent, null or empty (ok and warning
/// bodies). Failures: `AWS_ERROR_ERR_NULL`; `_MALFORMED_BODY` for anything that is
/// not such a body (including JSON nested deeper than 128 levels);
/// `_NON_NUMERIC_CODE` (e.g. `"ERR_WPLY"`); `_CODE_OVERFLOW` for a code that is
/// negative or above INT32_MAX; `_PANIC`. Bytes that are not UTF-8 are read as U+FFFD.
/// Byte order marks before the body and whitespace around it (space, tab, LF, CR)
/// are ignored. A code given as a string may have whitespace around it (any Unicode
/// whitespace) and a leading `+`: `" +409 "` is 409. JSON strings are read as
/// serde_json reads them, so an escape of a lone surrogate (`"\ud800"`) makes the body
/// `_MALFORMED_BODY`.
/// A JSON number with a fraction or exponent is read as the nearest double, as
/// JavaScript reads it: `403.0` is 403, `4.5` is `_NON_NUMERIC_CODE`, and digits a
/// double cannot hold are lost (`403.0000000000000001` is 403, `1e-400` is 0).
///
/// # Safety
/// `body` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aws_response_error_code(body: *const c_char) -> i32 {
    guard(Error::Panic.code(), || {
        if body.is_null() {
            return Error::Null.code();
        }
        // SAFETY: non-NULL and NUL-terminated per the contract.
        let bytes = unsafe { CStr::from_ptr(body) }.to_bytes();
        status(response::error_code_of(bytes))
    })
}
