//! The properties every fuzz target checks, one function per target. Shared by the
//! libFuzzer targets (`fuzz/fuzz_targets/*.rs`) and by `tests/hardening_fuzz_replay.rs`,
//! which replays the seed corpora and every crash ever found through the very same
//! checks in plain `cargo test` (no fuzz build needed there).
//!
//! Inputs are decoded by hand (no `arbitrary`), so a seed file is readable bytes:
//! - class_name: the bytes are the name (NULs dropped, as C cannot pass them).
//! - chain: entries split at `\n`; an entry `NULL` is a NULL pointer.
//! - register: first line a decimal code (may be anything), the rest the name.
//! - response_code: the bytes are a body.
//! - response_roundtrip: first line a decimal code, the rest the message.
//! - journal: first line a decimal code; the rest split at NUL into class, message
//!   and detail (missing parts NULL).
#![allow(dead_code)]

use aws_error::ffi::*;
use aws_error::journal::{parse_line, record_line};
use aws_error::response::{parse_body, Body};
use aws_error::{category_of, code_for_exception, register_exception, Category, Error};
use std::ffi::{c_char, CStr, CString};
use std::sync::OnceLock;
use std::time::SystemTime;

/// A C string of `bytes` with its NULs dropped.
fn c_string(bytes: &[u8]) -> CString {
    CString::new(
        bytes
            .iter()
            .copied()
            .filter(|&b| b != 0)
            .collect::<Vec<u8>>(),
    )
    .unwrap()
}

/// `(code, rest)`: the first line read as a decimal i32 (anything unreadable is 0).
fn code_and_rest(data: &[u8]) -> (i32, &[u8]) {
    let (head, rest) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let code = std::str::from_utf8(head)
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .map_or(0, |v| v as i32); // wraps: out-of-range integers too
    (code, rest)
}

fn is_failure(code: i32) -> bool {
    Error::from_code(code).is_some()
}

pub fn class_name(data: &[u8]) {
    let c = c_string(data);
    // SAFETY: NUL-terminated.
    let code = unsafe { aws_error_code_for_exception(c.as_ptr()) };
    assert!(
        is_failure(code) || aws_error::info(code).is_some() || code == 500,
        "{code}"
    );
    assert_ne!(code, AWS_ERROR_ERR_PANIC);
    match std::str::from_utf8(c.as_bytes()) {
        Ok(s) => {
            let rust = code_for_exception(s).map_err(|e| e.code());
            assert_eq!(rust.unwrap_or_else(|e| e), code);
        }
        Err(_) => assert_eq!(code, AWS_ERROR_ERR_INVALID_UTF8),
    }
}

/// A chain of names; the answer is consistent with asking each name alone.
pub fn chain(data: &[u8]) {
    let lines: Vec<CString> = data.split(|&b| b == b'\n').map(c_string).collect();
    let ptrs: Vec<*const c_char> = lines
        .iter()
        .map(|l| {
            if l.as_bytes() == b"NULL" {
                std::ptr::null()
            } else {
                l.as_ptr()
            }
        })
        .collect();
    // SAFETY: `ptrs` holds `len` entries, each NULL or NUL-terminated.
    let code = unsafe { aws_error_code_for_exception_chain(ptrs.as_ptr(), ptrs.len()) };
    // SAFETY: each entry is NULL or NUL-terminated.
    let singles: Vec<i32> = ptrs
        .iter()
        .map(|&p| unsafe { aws_error_code_for_exception(p) })
        .collect();
    // The first failing entry's failure, else the first mapped entry's code, else 500.
    if let Some(&failure) = singles.iter().find(|&&c| c < 0) {
        assert_eq!(code, failure);
        return;
    }
    let expected = lines
        .iter()
        .filter_map(|l| {
            let s = std::str::from_utf8(l.as_bytes()).ok()?;
            aws_error::mapping::mapped_code(&aws_error::ClassName::parse(s).ok()?)
        })
        .next()
        .unwrap_or(500);
    assert_eq!(code, expected);
}

/// Registrations with any name and code: a success is visible at once, a failure
/// changes nothing.
pub fn register(data: &[u8]) {
    let (code, name) = code_and_rest(data);
    let c = c_string(name);
    let Ok(name) = std::str::from_utf8(c.as_bytes()) else {
        // SAFETY: NUL-terminated.
        assert_eq!(
            unsafe { aws_error_register_exception(c.as_ptr(), code) },
            AWS_ERROR_ERR_INVALID_UTF8
        );
        return;
    };
    let before = code_for_exception(name);
    match register_exception(name, code) {
        Ok(()) => {
            assert_ne!(category_of(code), Category::Invalid);
            assert_eq!(code_for_exception(name), Ok(code));
            // The C entry point agrees (and re-registering the same code is fine).
            // SAFETY: NUL-terminated.
            assert_eq!(unsafe { aws_error_register_exception(c.as_ptr(), code) }, 0);
        }
        Err(Error::BuiltinRemap) | Err(Error::CodeOutOfRange) => {
            assert_eq!(code_for_exception(name), before)
        }
        Err(e) => assert_eq!(before, Err(e)),
    }
}

/// Any bytes as a body: never a crash; C and Rust agree; a success is ≥ 0.
pub fn response_code(data: &[u8]) {
    let c = c_string(data);
    // SAFETY: NUL-terminated.
    let code = unsafe { aws_response_error_code(c.as_ptr()) };
    assert!(code >= 0 || is_failure(code), "{code}");
    assert_ne!(code, AWS_ERROR_ERR_PANIC);
    let rust = aws_error::response::error_code_of(c.as_bytes());
    assert_eq!(rust.unwrap_or_else(|e| e.code()), code);
}

/// Any message in, the same (lossily decoded) message out, JSON through the C ABI
/// and XML through the builder; the code comes back too.
pub fn response_roundtrip(data: &[u8]) {
    let (code, msg) = code_and_rest(data);
    let c = c_string(msg);
    let expected = aws_error::text::lossy(c.as_bytes()).into_owned();
    // SAFETY: NUL-terminated.
    let body = unsafe { aws_response_error_json(code, c.as_ptr()) };
    if category_of(code) == Category::Invalid {
        assert!(body.is_null(), "{code}");
        return;
    }
    assert!(!body.is_null(), "{code}");
    // SAFETY: a NUL-terminated string from the library, freed once below.
    let json = unsafe { CStr::from_ptr(body) }
        .to_str()
        .expect("UTF-8 body")
        .to_owned();
    // SAFETY: from aws_response_error_json, not freed before.
    unsafe { aws_error_string_free(body) };
    assert!(
        !json.contains('\n') && !json.contains('\r'),
        "one line: {json:?}"
    );
    let parsed = parse_body(json.as_bytes()).expect("own body parses");
    assert_eq!(parsed.msg.as_deref(), Some(expected.as_str()));
    assert_eq!(parsed.code(), Ok(code));
    let c_json = CString::new(json).unwrap();
    // SAFETY: NUL-terminated.
    assert_eq!(unsafe { aws_response_error_code(c_json.as_ptr()) }, code);
    let xml = Body::error(code).unwrap().msg(expected.clone()).to_xml();
    let parsed = parse_body(xml.as_bytes()).expect("own XML parses");
    // XML 1.0 cannot carry C0 controls other than tab, LF and CR: they become U+FFFD.
    let in_xml: String = expected
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect();
    assert_eq!(parsed.msg.as_deref(), Some(in_xml.as_str()), "{xml}");
    assert_eq!(parsed.code(), Ok(code));
}

/// Any bytes as class, message and detail: one valid JSON line holding exactly the
/// lossily decoded text, and the C export accepts it.
pub fn journal(data: &[u8]) {
    let (code, rest) = code_and_rest(data);
    let mut parts = rest.split(|&b| b == 0).map(|p| CString::new(p).unwrap());
    let (class, msg, detail) = (parts.next(), parts.next(), parts.next());
    let text = |p: &Option<CString>| {
        p.as_ref().map_or(String::new(), |c| {
            aws_error::text::lossy(c.as_bytes()).into_owned()
        })
    };
    let (tc, tm, td) = (text(&class), text(&msg), text(&detail));
    match record_line(SystemTime::now(), code, &tc, &tm, &td) {
        Err(e) => {
            assert_eq!(e, Error::CodeOutOfRange);
            assert_eq!(category_of(code), Category::Invalid);
        }
        Ok(line) => {
            assert!(line.ends_with('\n'));
            let body = &line[..line.len() - 1];
            assert!(
                !body.contains('\n') && !body.contains('\r'),
                "one line: {line:?}"
            );
            let e = parse_line(body).expect("a record");
            assert_eq!(e.code(), Some(code));
            assert_eq!((e.exception, e.msg, e.detail), (tc, tm, td));
        }
    }
    // The C path too, on /dev/null: millions of runs stay off the disk (the file
    // behaviour has its own tests: tests/journal.rs, tests/hardening_journal.rs).
    static LOG: OnceLock<usize> = OnceLock::new();
    let log = *LOG.get_or_init(|| {
        let p = CString::new("/dev/null").unwrap();
        // SAFETY: NUL-terminated; the handle is never closed (lives for the process).
        unsafe { aws_error_log_open(p.as_ptr()) as usize }
    }) as *mut AwsErrorLog;
    assert!(!log.is_null());
    let ptr = |p: &Option<CString>| p.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    // SAFETY: a live handle; each string NULL or NUL-terminated.
    let r = unsafe { aws_error_log_write(log, code, ptr(&class), ptr(&msg), ptr(&detail)) };
    let expected = if category_of(code) == Category::Invalid {
        AWS_ERROR_ERR_CODE_OUT_OF_RANGE
    } else {
        0
    };
    assert_eq!(r, expected);
}
