//! C ABI over the exception → code rules and the registry.

use super::{c_str, guard, status};
use crate::error::Error;
use crate::mapping;
use crate::names::ClassName;
use std::ffi::c_char;

/// The code for one exception class name: binary (`com.a.B`, `com.a.Outer$Inner`),
/// JVM internal (`com/a/B`) or simple (`B`). Built-in table classes (in package
/// `com.actionsoft.exception`, `io.github.awserror` or none) give their code,
/// registered classes theirs, anything else 500. Segments are separated by `.` or by
/// `/` (not both) and are Java identifiers as far as ASCII goes (letters, `_`, `$`,
/// digits but not first); every non-ASCII character is accepted, without Java's
/// Unicode identifier classes being checked.
/// Failures: `AWS_ERROR_ERR_NULL`, `_EMPTY`, `_INVALID_UTF8`, `_MALFORMED_NAME`,
/// `_TOO_LONG` (over 65535 bytes), `_PANIC`.
///
/// # Safety
/// `class_name` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aws_error_code_for_exception(class_name: *const c_char) -> i32 {
    guard(Error::Panic.code(), || {
        // SAFETY: forwarded caller contract.
        status(unsafe { c_str(class_name) }.and_then(mapping::code_for_exception))
    })
}

/// The code for a class followed by its superclasses, most specific first: the code
/// of the first mapped name (registered or built-in), or 500 when none is mapped
/// (also for `count` 0). Every entry is validated first: the first NULL, empty,
/// non-UTF-8, malformed or too long entry, in chain order, gives its failure constant. `class_names` NULL gives
/// `AWS_ERROR_ERR_NULL`.
///
/// # Safety
/// `class_names` is NULL or points to `count` pointers, each NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aws_error_code_for_exception_chain(
    class_names: *const *const c_char,
    count: usize,
) -> i32 {
    guard(Error::Panic.code(), || {
        if class_names.is_null() {
            return Error::Null.code();
        }
        // SAFETY: non-NULL and `count` readable pointers per the contract.
        let ptrs = unsafe { std::slice::from_raw_parts(class_names, count) };
        // SAFETY: each entry is NULL or NUL-terminated per the contract.
        let names = ptrs
            .iter()
            .map(|&p| unsafe { c_str(p) }.and_then(ClassName::parse));
        // One pass, no allocation: the first bad entry, in chain order, decides the
        // failure reported.
        status(mapping::code_for_chain(names))
    })
}

/// Maps a custom exception class to `code`, any code whose category is valid
/// (456 yes, 600 no). Registering the same name again replaces its code; the
/// table's built-in classes cannot be remapped. Thread-safe: lookups never wait.
/// Returns 0 on success; failures: `AWS_ERROR_ERR_NULL`, `_EMPTY`, `_INVALID_UTF8`,
/// `_MALFORMED_NAME`, `_TOO_LONG`, `_CODE_OUT_OF_RANGE`, `_BUILTIN_REMAP`, `_PANIC`.
///
/// # Safety
/// `class_name` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aws_error_register_exception(class_name: *const c_char, code: i32) -> i32 {
    guard(Error::Panic.code(), || {
        // SAFETY: forwarded caller contract.
        let name = match unsafe { c_str(class_name) } {
            Ok(n) => n,
            Err(e) => return e.code(),
        };
        status(mapping::register_exception(name, code).map(|()| 0))
    })
}
