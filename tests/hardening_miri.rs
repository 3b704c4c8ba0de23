//! The core's unsafe code and pointer-handling exports, small enough for Miri:
//! `make hardening` runs this file under `cargo +nightly miri test` (with
//! `-Zmiri-disable-isolation` for the journal's file I/O and clock), where every
//! out-of-bounds access, use after free, leak, invalid pointer read or data race
//! fails the run. In plain `cargo test` it is an ordinary test of the same calls.

use aws_error::ffi::*;
use std::ffi::{c_char, CStr, CString};
use std::ptr;

fn text(p: *const c_char) -> String {
    assert!(!p.is_null());
    // SAFETY: the library returns NUL-terminated static strings.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned()
}

#[test]
fn static_strings_and_info_structs() {
    let mut codes = [0i32; 27];
    // SAFETY: room for 27.
    let n = unsafe { aws_error_codes(codes.as_mut_ptr(), codes.len()) };
    assert_eq!(n, 27);
    for &c in &codes {
        let info = aws_error_info(c);
        assert!(!info.is_null());
        // SAFETY: static, never freed.
        let info = unsafe { &*info };
        for p in [
            info.name_zh,
            info.name_en,
            info.description_zh,
            info.description_en,
        ] {
            assert!(!text(p).is_empty());
        }
        if !info.exception.is_null() {
            assert!(text(info.exception).ends_with(|c: char| c.is_ascii_alphabetic()));
        }
        for lang in [AWS_ERROR_LANG_ZH, AWS_ERROR_LANG_EN, -1, i32::MAX] {
            text(aws_error_name(c, lang));
            text(aws_error_describe(c, lang));
        }
    }
    for c in [i32::MIN, -1, 0, 456, 600, i32::MAX] {
        assert!(aws_error_info(c).is_null());
        text(aws_error_name(c, 0));
        text(aws_error_describe(c, 1));
        text(aws_error_errstr(c));
    }
    assert_eq!(text(aws_error_version()), aws_error::VERSION);
}

#[test]
fn codes_writes_exactly_cap() {
    for cap in [0usize, 1, 5, 26, 27, 28, 64] {
        // A buffer of exactly `cap` (Miri flags any write past it), plus a guard.
        let mut buf = vec![-1i32; cap];
        // SAFETY: `buf` has `cap` slots.
        assert_eq!(unsafe { aws_error_codes(buf.as_mut_ptr(), cap) }, 27);
        assert!(buf.iter().take(27).all(|&c| c >= 400), "{cap}: {buf:?}");
        assert!(buf.iter().skip(27).all(|&c| c == -1));
    }
    // SAFETY: NULL writes nothing whatever the cap.
    assert_eq!(unsafe { aws_error_codes(ptr::null_mut(), usize::MAX) }, 27);
}

#[test]
fn names_chains_and_registration() {
    let good = CString::new("com.actionsoft.exception.AWSForbiddenException").unwrap();
    let internal = CString::new("com/actionsoft/exception/BPMNError").unwrap();
    let bad = b"com.a.\xffB\0";
    let custom = CString::new("com.acme.miri.Locked").unwrap();
    // SAFETY (block): every pointer is NULL or NUL-terminated and outlives the calls.
    unsafe {
        assert_eq!(aws_error_code_for_exception(good.as_ptr()), 403);
        assert_eq!(aws_error_code_for_exception(internal.as_ptr()), 550);
        assert_eq!(
            aws_error_code_for_exception(ptr::null()),
            AWS_ERROR_ERR_NULL
        );
        assert_eq!(
            aws_error_code_for_exception(c"".as_ptr()),
            AWS_ERROR_ERR_EMPTY
        );
        assert_eq!(
            aws_error_code_for_exception(bad.as_ptr().cast()),
            AWS_ERROR_ERR_INVALID_UTF8
        );
        assert_eq!(aws_error_register_exception(custom.as_ptr(), 456), 0);
        assert_eq!(aws_error_code_for_exception(custom.as_ptr()), 456);
        assert_eq!(
            aws_error_register_exception(good.as_ptr(), 404),
            AWS_ERROR_ERR_BUILTIN_REMAP
        );

        let chain = [custom.as_ptr(), good.as_ptr()];
        assert_eq!(aws_error_code_for_exception_chain(chain.as_ptr(), 2), 456);
        assert_eq!(
            aws_error_code_for_exception_chain(chain[1..].as_ptr(), 1),
            403
        );
        assert_eq!(aws_error_code_for_exception_chain(chain.as_ptr(), 0), 500);
        // A dangling-but-aligned pointer with count 0 must not be read.
        assert_eq!(
            aws_error_code_for_exception_chain(ptr::NonNull::dangling().as_ptr(), 0),
            500
        );
        let with_null = [good.as_ptr(), ptr::null(), bad.as_ptr().cast()];
        assert_eq!(
            aws_error_code_for_exception_chain(with_null.as_ptr(), 3),
            AWS_ERROR_ERR_NULL
        );
        assert_eq!(
            aws_error_code_for_exception_chain(ptr::null(), 3),
            AWS_ERROR_ERR_NULL
        );
    }
}

#[test]
fn owned_strings_are_freed_exactly_once() {
    let msg = b"\"quoted\" \\ \n\xff\xfe \xe4\xb8\xad\0";
    // SAFETY (block): NUL-terminated input; the body is freed once (Miri reports
    // leaks and double frees).
    unsafe {
        let body = aws_response_error_json(403, msg.as_ptr().cast());
        assert!(!body.is_null());
        assert_eq!(aws_response_error_code(body), 403);
        aws_error_string_free(body);
        assert!(aws_response_error_json(600, msg.as_ptr().cast()).is_null());
        let body = aws_response_error_json(500, ptr::null());
        assert_eq!(
            text(body),
            r#"{"result":"error","errorCode":"500","msg":""}"#
        );
        aws_error_string_free(body);
        aws_error_string_free(ptr::null_mut());
        assert_eq!(aws_response_error_code(ptr::null()), AWS_ERROR_ERR_NULL);
        assert_eq!(
            aws_response_error_code(c"<result type=\"ok\"/>".as_ptr()),
            0
        );
    }
}

#[test]
fn log_path_writes_within_the_buffer() {
    let dir = CString::new("/opt/aws/logs").unwrap();
    let inst = CString::new("node-1").unwrap();
    let want = "/opt/aws/logs/node-1.log";
    for len in [0usize, 1, want.len(), want.len() + 1, want.len() + 8] {
        // Exactly `len` bytes: Miri flags a write past the end.
        let mut buf = vec![0x55u8; len];
        let p = if len == 0 {
            ptr::null_mut()
        } else {
            buf.as_mut_ptr().cast()
        };
        // SAFETY: strings NUL-terminated; `buf` writable for `len` bytes.
        let n = unsafe { aws_error_log_path(dir.as_ptr(), inst.as_ptr(), p, len) };
        assert_eq!(n as usize, want.len());
        if len > want.len() {
            assert_eq!(&buf[..want.len()], want.as_bytes());
            assert_eq!(buf[want.len()], 0);
        } else {
            assert!(
                buf.iter().all(|&b| b == 0x55),
                "nothing written when too small"
            );
        }
    }
    // SAFETY: NULL inputs are allowed.
    unsafe {
        assert_eq!(
            aws_error_log_path(ptr::null(), ptr::null(), ptr::null_mut(), 0),
            AWS_ERROR_ERR_NULL
        );
        assert_eq!(
            aws_error_log_path(c"".as_ptr(), ptr::null(), ptr::null_mut(), 0),
            AWS_ERROR_ERR_EMPTY
        );
    }
}

/// A journal handle sent to another thread (the C contract allows sharing it).
struct Handle(*mut AwsErrorLog);
// SAFETY: AwsErrorLog is documented thread-safe; the handle outlives the thread.
unsafe impl Send for Handle {}

#[test]
fn journal_handle_lifecycle() {
    let dir = std::env::temp_dir().join(format!("aws-error-miri-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = CString::new(dir.join("logs/aws.log").to_str().unwrap()).unwrap();
    // SAFETY (block): the handle is opened, written from two threads, closed once.
    unsafe {
        assert!(aws_error_log_open(ptr::null()).is_null());
        let log = aws_error_log_open_with(path.as_ptr(), 256, 1);
        assert!(!log.is_null());
        let h = Handle(log);
        let t = std::thread::spawn(move || {
            let log = { h }.0;
            for _ in 0..3 {
                assert_eq!(
                    aws_error_log_write(
                        log,
                        500,
                        c"E".as_ptr(),
                        c"from a thread".as_ptr(),
                        ptr::null()
                    ),
                    0
                );
            }
        });
        for _ in 0..3 {
            assert_eq!(
                aws_error_log_write(log, 403, ptr::null(), c"\xff".as_ptr(), c"d".as_ptr()),
                0
            );
        }
        t.join().unwrap();
        assert_eq!(
            aws_error_log_write(log, 99, ptr::null(), ptr::null(), ptr::null()),
            AWS_ERROR_ERR_CODE_OUT_OF_RANGE
        );
        assert_eq!(
            aws_error_log_write(ptr::null_mut(), 500, ptr::null(), ptr::null(), ptr::null()),
            AWS_ERROR_ERR_NULL
        );
        aws_error_log_close(log);
        aws_error_log_close(ptr::null_mut());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn registry_readers_and_a_writer_race_free() {
    // Miri's data-race detector watches the OnceLock chains and atomics here.
    let names: Vec<String> = (0..40)
        .map(|i| format!("com.acme.miri.race.E{i}"))
        .collect();
    std::thread::scope(|s| {
        s.spawn(|| {
            for (i, n) in names.iter().enumerate() {
                aws_error::register_exception(n, 400 + (i as i32 % 100)).unwrap();
            }
        });
        for _ in 0..2 {
            s.spawn(|| {
                for n in &names {
                    let c = aws_error::code_for_exception(n).unwrap();
                    assert!(c == 500 || (400..500).contains(&c));
                }
            });
        }
    });
    for (i, n) in names.iter().enumerate() {
        assert_eq!(aws_error::code_for_exception(n), Ok(400 + (i as i32 % 100)));
    }
}
