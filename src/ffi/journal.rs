//! C ABI over the aws.log error journal.

use super::{guard, lossy, status};
use crate::error::Error;
use crate::journal::{self, Journal, DEFAULT_BACKUPS, DEFAULT_MAX_BYTES};
use std::ffi::{c_char, CStr};
use std::path::{Path, PathBuf};
use std::ptr;

/// The platform's roll size: 20 MB (`aws_error_log_open`).
pub const AWS_ERROR_LOG_DEFAULT_MAX_BYTES: u64 = 20971520;
/// The platform's number of backups: 20 (`aws_error_log_open`).
pub const AWS_ERROR_LOG_DEFAULT_BACKUPS: u32 = 20;
/// The most backups `aws_error_log_open_with` accepts.
pub const AWS_ERROR_LOG_MAX_BACKUPS: u32 = 1000;

/// An open error journal (opaque). Thread-safe: any number of threads may write
/// through one handle at once; close it once, after every write has returned.
pub struct AwsErrorLog {
    journal: Journal,
}

/// A C string as a path, byte for byte (paths need not be UTF-8 on Unix).
///
/// # Safety
/// `p` is non-NULL and NUL-terminated.
unsafe fn c_path(p: *const c_char) -> PathBuf {
    // SAFETY: per this function's contract.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Path::new(std::ffi::OsStr::from_bytes(bytes)).to_path_buf()
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// Opens (creating it and missing parent folders) the journal at `path` with the
/// platform's log4j settings: roll at 20 MB, keep 20 backups. NULL for a NULL or
/// empty path, or when the file cannot be opened. Close with `aws_error_log_close`.
///
/// # Safety
/// `path` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aws_error_log_open(path: *const c_char) -> *mut AwsErrorLog {
    // SAFETY: forwarded caller contract.
    unsafe { aws_error_log_open_with(path, DEFAULT_MAX_BYTES, DEFAULT_BACKUPS) }
}

/// Like `aws_error_log_open`, rolling when a record would take the file past
/// `max_bytes` (`path` → `path.1` → … → `path.<backups>`, the oldest dropped;
/// 0 backups: the file is emptied instead). NULL when `backups` is over 1000
/// (each roll renames every backup), or when `path` is a FIFO or a socket (a
/// regular file or a character device such as /dev/null is fine). A record larger than `max_bytes` gets
/// a file of its own. Several processes may write one file: the file is opened
/// O_APPEND, so records stay whole on a local file system, and rolls are
/// serialised by an advisory lock (`flock`) on the file being rolled, so no
/// backup is overwritten by two writers rolling at once.
///
/// # Safety
/// `path` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aws_error_log_open_with(
    path: *const c_char,
    max_bytes: u64,
    backups: u32,
) -> *mut AwsErrorLog {
    guard(ptr::null_mut(), || {
        if path.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: non-NULL and NUL-terminated per the contract.
        let path = unsafe { c_path(path) };
        match Journal::open_with(path, max_bytes, backups) {
            Ok(journal) => Box::into_raw(Box::new(AwsErrorLog { journal })),
            Err(_) => ptr::null_mut(),
        }
    })
}

/// Appends one record, a single line of JSON: `time` (UTC,
/// `yyyy-MM-dd HH:mm:ss.SSS`), `level` (`ERR` for 5xx, `WARN` otherwise),
/// `errorCode` (string), `category`, `exception`, `msg`, `detail` (e.g. a stack
/// trace; its line breaks stay inside the string). `exception_class`, `message`
/// and `detail` may be NULL (written as `""`); bytes that are not UTF-8 become
/// U+FFFD each. The record is written whole or not at all.
/// Returns 0; failures: `AWS_ERROR_ERR_NULL` (log), `_CODE_OUT_OF_RANGE` (category
/// INVALID), `_IO` (disk full, folder not writable, …: the next write tries again,
/// reopening the file if it was removed), `_OUT_OF_MEMORY` (no memory to build the
/// record: strings near the memory limit), `_PANIC`.
///
/// # Safety
/// `log` is NULL or an open handle; the strings are NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn aws_error_log_write(
    log: *mut AwsErrorLog,
    code: i32,
    exception_class: *const c_char,
    message: *const c_char,
    detail: *const c_char,
) -> i32 {
    guard(Error::Panic.code(), || {
        // SAFETY: NULL or a live handle per the contract; only shared access is taken.
        let Some(log) = (unsafe { log.as_ref() }) else {
            return Error::Null.code();
        };
        // SAFETY: forwarded caller contract, for each string.
        let (class, msg, detail) =
            unsafe { (lossy(exception_class), lossy(message), lossy(detail)) };
        status(log.journal.write(code, &class, &msg, &detail).map(|()| 0))
    })
}

/// Closes a journal. NULL: no-op.
///
/// # Safety
/// `log` is NULL or a handle from `aws_error_log_open*`, not used afterwards nor
/// concurrently.
#[no_mangle]
pub unsafe extern "C" fn aws_error_log_close(log: *mut AwsErrorLog) {
    guard((), || {
        if !log.is_null() {
            // SAFETY: from Box::into_raw in aws_error_log_open_with (caller contract).
            drop(unsafe { Box::from_raw(log) });
        }
    })
}

/// The platform's journal path, written into `buf` NUL-terminated:
/// `<logs_dir>/<instance>.log` when `instance` (the platform's `aws.inst`) is
/// non-NULL and non-empty, `<logs_dir>/aws.log` otherwise. Returns the path's
/// length in bytes without the NUL (like snprintf); when `buf` is NULL or
/// `buf_len` is not larger than that, nothing is written: call again with a buffer
/// of at least the result + 1. Failures: `AWS_ERROR_ERR_NULL` (logs_dir),
/// `_EMPTY` (logs_dir ""), `_INVALID_UTF8` (instance), `_BAD_INSTANCE` (instance
/// contains `/` or `\` or is `.`/`..`), `_TOO_LONG` (instance over 251 bytes, or a
/// path over INT32_MAX), `_PANIC`.
///
/// # Safety
/// `logs_dir` and `instance` are NULL or NUL-terminated strings; `buf` is NULL or
/// writable for `buf_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn aws_error_log_path(
    logs_dir: *const c_char,
    instance: *const c_char,
    buf: *mut c_char,
    buf_len: usize,
) -> i32 {
    guard(Error::Panic.code(), || {
        if logs_dir.is_null() {
            return Error::Null.code();
        }
        // SAFETY: non-NULL and NUL-terminated per the contract.
        let dir = unsafe { c_path(logs_dir) };
        if dir.as_os_str().is_empty() {
            return Error::Empty.code();
        }
        let instance = if instance.is_null() {
            None
        } else {
            // SAFETY: non-NULL and NUL-terminated per the contract.
            match unsafe { super::c_str(instance) } {
                Ok(s) => Some(s),
                Err(e) => return e.code(),
            }
        };
        let path = match journal::journal_path(&dir, instance) {
            Ok(p) => p,
            Err(e) => return e.code(),
        };
        let bytes = path.as_os_str().as_encoded_bytes();
        let Ok(len) = i32::try_from(bytes.len()) else {
            return Error::TooLong.code();
        };
        if !buf.is_null() && buf_len > bytes.len() {
            // SAFETY: `buf` is writable for buf_len > bytes.len() bytes (contract);
            // the source is a distinct Rust allocation.
            unsafe {
                ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), bytes.len());
                *buf.add(bytes.len()) = 0;
            }
        }
        len
    })
}
