//! The C ABI: thin adapters from C pointers and integers to the core and back.
//!
//! Conventions (after rustls-ffi and SQLite):
//! - Every export runs its body inside [`guard`], which catches panics; no panic
//!   ever unwinds into C. A caught panic yields the documented failure value.
//! - Pointer arguments go through the small helpers below ([`c_str`]); NULL and
//!   invalid UTF-8 become `AWS_ERROR_ERR_*` results, never a crash.
//! - Strings handed out are static (nothing to free), except those documented as
//!   "free with `aws_error_string_free`" (response bodies).
//! - Failures are negative `int32_t` values with a `#define` each; they never change.

use crate::error::Error;
use crate::fault;
use std::borrow::Cow;
use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};

mod catalogue;
mod journal;
mod mapping;
mod response;

pub use catalogue::*;
pub use journal::*;
pub use mapping::*;
pub use response::*;

/// Language selector for `aws_error_name` / `aws_error_describe`: Chinese.
pub const AWS_ERROR_LANG_ZH: i32 = 0;
/// English. Any value other than `AWS_ERROR_LANG_ZH` means English.
pub const AWS_ERROR_LANG_EN: i32 = 1;

/// The longest class name accepted, in bytes (the JVM's own limit).
pub const AWS_ERROR_MAX_NAME_LEN: usize = 65535;

// Failure results, stable forever. `tests/ffi.rs` checks them against `Error`.
/// A required pointer argument was NULL.
pub const AWS_ERROR_ERR_NULL: i32 = -1;
/// A string argument was empty.
pub const AWS_ERROR_ERR_EMPTY: i32 = -2;
/// A string argument was not valid UTF-8.
pub const AWS_ERROR_ERR_INVALID_UTF8: i32 = -3;
/// Not a binary (`a.b.C`), internal (`a/b/C`) or simple (`C`) Java class name.
pub const AWS_ERROR_ERR_MALFORMED_NAME: i32 = -4;
/// The code's category is INVALID (not 4xx, 5xx, 7xx or 8xx).
pub const AWS_ERROR_ERR_CODE_OUT_OF_RANGE: i32 = -5;
/// A built-in AWS PaaS exception class cannot be remapped.
pub const AWS_ERROR_ERR_BUILTIN_REMAP: i32 = -6;
/// An internal panic was caught at the boundary; nothing was changed.
pub const AWS_ERROR_ERR_PANIC: i32 = -7;
/// An input is longer than its documented limit (class names: 65535 bytes).
pub const AWS_ERROR_ERR_TOO_LONG: i32 = -8;
/// An I/O error (journal).
pub const AWS_ERROR_ERR_IO: i32 = -9;
/// Not a ResponseObject body (JSON or XML).
pub const AWS_ERROR_ERR_MALFORMED_BODY: i32 = -10;
/// The body's errorCode is not numeric.
pub const AWS_ERROR_ERR_NON_NUMERIC_CODE: i32 = -11;
/// The body's errorCode is negative or does not fit in int32_t.
pub const AWS_ERROR_ERR_CODE_OVERFLOW: i32 = -12;
/// A cluster instance name is not a plain file name (no `/`, `\`, NUL; not `.`/`..`).
pub const AWS_ERROR_ERR_BAD_INSTANCE: i32 = -13;
/// A numeric argument is outside its documented range (journal backups > 1000).
pub const AWS_ERROR_ERR_OUT_OF_RANGE: i32 = -14;
/// Not enough memory for a result sized by the input (a journal record).
pub const AWS_ERROR_ERR_OUT_OF_MEMORY: i32 = -15;

/// Runs `body` behind the panic boundary: a panic becomes `on_panic`.
#[inline]
pub(crate) fn guard<T>(on_panic: T, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(|| {
        fault::point();
        body()
    }))
    .unwrap_or(on_panic)
}

/// Borrows a C string as UTF-8.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string that stays valid and unchanged
/// for `'a` (the caller's contract for every `const char *` argument).
pub(crate) unsafe fn c_str<'a>(p: *const c_char) -> Result<&'a str, Error> {
    if p.is_null() {
        return Err(Error::Null);
    }
    // SAFETY: non-NULL and NUL-terminated per this function's contract.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    std::str::from_utf8(bytes).map_err(|_| Error::InvalidUtf8)
}

/// Borrows a C string as text, each byte that is not UTF-8 replaced by U+FFFD;
/// NULL reads as `""`. For messages, which must never be rejected or dropped.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string valid and unchanged for `'a`.
pub(crate) unsafe fn lossy<'a>(p: *const c_char) -> Cow<'a, str> {
    if p.is_null() {
        return Cow::Borrowed("");
    }
    // SAFETY: non-NULL and NUL-terminated per this function's contract.
    crate::text::lossy(unsafe { CStr::from_ptr(p) }.to_bytes())
}

/// Casts a NUL-terminated static Rust string to a C string pointer.
#[inline]
pub(crate) fn static_c(z: &'static str) -> *const c_char {
    debug_assert!(z.ends_with('\0'));
    z.as_ptr().cast()
}

/// A result (success value or failure) as the C `int32_t` form.
#[inline]
pub(crate) fn status(r: Result<i32, Error>) -> i32 {
    match r {
        Ok(v) => v,
        Err(e) => e.code(),
    }
}

/// Lets tests make every guarded export panic inside its guard (true), or not.
/// Only in builds with the test-only `fault-injection` feature.
#[cfg(feature = "fault-injection")]
#[no_mangle]
pub extern "C" fn aws_error_test_inject_panic(on: bool) {
    fault::arm(on);
}
