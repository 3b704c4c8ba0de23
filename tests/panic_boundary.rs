//! No panic crosses the C boundary: with the test-only `fault-injection` feature,
//! every export is made to panic inside its guard and must return its documented
//! failure value. The list of exports is checked against the header, so a new
//! export without a case here fails this test.
//! Run: cargo test --features fault-injection --test panic_boundary

use aws_error::ffi::*;
use aws_error::Category;
use std::collections::BTreeSet;
use std::ffi::CStr;

/// Each export, called while faults are armed, checked against its documented result.
fn cases() -> Vec<(&'static str, Box<dyn Fn()>)> {
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
    ]
}

fn exports_in_header() -> BTreeSet<String> {
    let header = include_str!("../include/aws_error.h");
    header
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains('('))
        .filter_map(|l| {
            let before = &l[..l.find('(')?];
            let name = before
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()?;
            name.starts_with("aws_").then(|| name.to_string())
        })
        .collect()
}

#[test]
fn every_export_survives_an_injected_panic() {
    let cases = cases();
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
}
