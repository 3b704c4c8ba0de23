//! No panic crosses the C boundary: with the test-only `fault-injection` feature,
//! every export is made to panic inside its guard and must return its documented
//! failure value. The list of exports is checked against the header, so a new
//! export without a case here fails this test.
//! Run: cargo test --features fault-injection --test panic_boundary

mod common;

use aws_error::ffi::*;
use aws_error::Category;
use common::exports_in_header;
use std::collections::BTreeSet;
use std::ffi::CStr;

/// An export's name and a call of it checked against its documented failure result.
type Case = (&'static str, Box<dyn Fn()>);

/// Each export, called while faults are armed, checked against its documented result.
fn cases(log: *mut AwsErrorLog, dir: &str) -> Vec<Case> {
    let log = log as usize; // a plain handle value, shared by the closures below
    let path = std::ffi::CString::new(format!("{dir}/panic.log")).unwrap();
    let path2 = path.clone();
    fn text(p: *const std::ffi::c_char) -> String {
        assert!(!p.is_null(), "must never return NULL, even after a panic");
        unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
    }
    vec![
        (
            "aws_error_category",
            Box::new(|| assert_eq!(aws_error_category(403), Category::Invalid)),
        ),
        (
            "aws_error_is_known",
            Box::new(|| assert!(!aws_error_is_known(403))),
        ),
        (
            "aws_error_info",
            Box::new(|| assert!(aws_error_info(403).is_null())),
        ),
        (
            "aws_error_name",
            Box::new(|| assert_eq!(text(aws_error_name(403, 1)), "unknown error code")),
        ),
        (
            "aws_error_describe",
            Box::new(|| assert_eq!(text(aws_error_describe(403, 0)), "unknown error code")),
        ),
        (
            "aws_error_codes",
            Box::new(|| {
                let mut buf = [0i32; 4];
                // A caught panic still reports the total and writes nothing.
                assert_eq!(unsafe { aws_error_codes(buf.as_mut_ptr(), 4) }, 27);
                assert_eq!(buf, [0; 4]);
            }),
        ),
        (
            "aws_error_version",
            Box::new(|| assert_eq!(text(aws_error_version()), "")),
        ),
        (
            "aws_error_errstr",
            Box::new(|| assert_eq!(text(aws_error_errstr(-1)), "internal error")),
        ),
        (
            "aws_error_code_for_exception",
            Box::new(|| {
                assert_eq!(
                    unsafe { aws_error_code_for_exception(c"AWSException".as_ptr()) },
                    AWS_ERROR_ERR_PANIC
                )
            }),
        ),
        (
            "aws_error_code_for_exception_chain",
            Box::new(|| {
                let names = [c"AWSException".as_ptr()];
                assert_eq!(
                    unsafe { aws_error_code_for_exception_chain(names.as_ptr(), 1) },
                    AWS_ERROR_ERR_PANIC
                )
            }),
        ),
        (
            "aws_error_register_exception",
            Box::new(|| {
                assert_eq!(
                    unsafe { aws_error_register_exception(c"com.acme.Panicky".as_ptr(), 456) },
                    AWS_ERROR_ERR_PANIC
                )
            }),
        ),
        (
            "aws_response_error_json",
            Box::new(|| assert!(unsafe { aws_response_error_json(403, c"x".as_ptr()) }.is_null())),
        ),
        (
            "aws_error_string_free",
            Box::new(|| unsafe { aws_error_string_free(std::ptr::null_mut()) }),
        ),
        (
            "aws_response_error_code",
            Box::new(|| {
                let body = c"{\"result\":\"error\",\"errorCode\":\"403\"}";
                assert_eq!(
                    unsafe { aws_response_error_code(body.as_ptr()) },
                    AWS_ERROR_ERR_PANIC
                )
            }),
        ),
        (
            "aws_error_log_open",
            Box::new(move || assert!(unsafe { aws_error_log_open(path.as_ptr()) }.is_null())),
        ),
        (
            "aws_error_log_open_with",
            Box::new(move || {
                assert!(unsafe { aws_error_log_open_with(path2.as_ptr(), 1000, 1) }.is_null())
            }),
        ),
        (
            "aws_error_log_write",
            Box::new(move || {
                let log = log as *mut AwsErrorLog;
                let r = unsafe {
                    aws_error_log_write(log, 500, c"E".as_ptr(), c"m".as_ptr(), std::ptr::null())
                };
                assert_eq!(r, AWS_ERROR_ERR_PANIC)
            }),
        ),
        // The guard panics before the body: the handle stays open and is closed after.
        (
            "aws_error_log_close",
            Box::new(move || unsafe { aws_error_log_close(log as *mut AwsErrorLog) }),
        ),
        (
            "aws_error_log_path",
            Box::new(|| {
                let mut buf = [0 as std::ffi::c_char; 64];
                let r = unsafe {
                    aws_error_log_path(c"/tmp".as_ptr(), std::ptr::null(), buf.as_mut_ptr(), 64)
                };
                assert_eq!(r, AWS_ERROR_ERR_PANIC)
            }),
        ),
    ]
}

#[test]
fn every_export_survives_an_injected_panic() {
    let dir = std::env::temp_dir().join(format!("aws-error-panic-{}", std::process::id()));
    let dir = dir.to_str().unwrap().to_string();
    let journal = std::ffi::CString::new(format!("{dir}/aws.log")).unwrap();
    let log = unsafe { aws_error_log_open(journal.as_ptr()) };
    assert!(!log.is_null());
    let cases = cases(log, &dir);
    let covered: BTreeSet<String> = cases.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        covered,
        exports_in_header(),
        "every export in the header needs a case here"
    );

    std::panic::set_hook(Box::new(|_| {})); // the injected panics are expected
    aws_error_test_inject_panic(true);
    for (name, case) in &cases {
        if let Err(e) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(case)) {
            aws_error_test_inject_panic(false);
            let _ = std::panic::take_hook();
            std::panic::resume_unwind(Box::new(format!("{name}: {e:?}")));
        }
    }
    aws_error_test_inject_panic(false);
    let _ = std::panic::take_hook();

    // Disarmed, everything answers again, and the registration attempt changed nothing.
    assert_eq!(aws_error_category(403), Category::Client);
    assert_eq!(
        unsafe { aws_error_code_for_exception(c"com.acme.Panicky".as_ptr()) },
        500
    );
    assert!(!aws_error_info(403).is_null());
    assert_eq!(
        unsafe {
            aws_error_log_write(log, 500, c"E".as_ptr(), c"after".as_ptr(), std::ptr::null())
        },
        0
    );
    unsafe { aws_error_log_close(log) };
    let written = std::fs::read_to_string(format!("{dir}/aws.log")).unwrap();
    assert_eq!(
        written.lines().count(),
        1,
        "only the write made after disarming landed"
    );
    assert!(!std::path::Path::new(&format!("{dir}/panic.log")).exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
