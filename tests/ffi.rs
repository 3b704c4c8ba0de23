//! The C ABI called from Rust: constants, the static info structs, NULL and
//! invalid input handling. The C suite in bindings/c checks the same from C.

use aws_error::ffi::*;
use aws_error::{all, Category, Error};
use std::ffi::{c_char, CStr};
use std::ptr;

fn s(p: *const c_char) -> &'static str {
    assert!(!p.is_null());
    unsafe { CStr::from_ptr(p) }.to_str().unwrap()
}

#[test]
fn failure_constants_match_the_core() {
    let constants = [
        (AWS_ERROR_ERR_NULL, Error::Null),
        (AWS_ERROR_ERR_EMPTY, Error::Empty),
        (AWS_ERROR_ERR_INVALID_UTF8, Error::InvalidUtf8),
        (AWS_ERROR_ERR_MALFORMED_NAME, Error::MalformedName),
        (AWS_ERROR_ERR_CODE_OUT_OF_RANGE, Error::CodeOutOfRange),
        (AWS_ERROR_ERR_BUILTIN_REMAP, Error::BuiltinRemap),
        (AWS_ERROR_ERR_PANIC, Error::Panic),
        (AWS_ERROR_ERR_TOO_LONG, Error::TooLong),
        (AWS_ERROR_ERR_IO, Error::Io),
        (AWS_ERROR_ERR_MALFORMED_BODY, Error::MalformedBody),
        (AWS_ERROR_ERR_NON_NUMERIC_CODE, Error::NonNumericCode),
        (AWS_ERROR_ERR_CODE_OVERFLOW, Error::CodeOverflow),
        (AWS_ERROR_ERR_BAD_INSTANCE, Error::BadInstance),
        (AWS_ERROR_ERR_OUT_OF_RANGE, Error::OutOfRange),
        (AWS_ERROR_ERR_OUT_OF_MEMORY, Error::OutOfMemory),
    ];
    assert_eq!(constants.len(), Error::ALL.len());
    for (c, e) in constants {
        assert_eq!(c, e.code(), "{e:?}");
        assert_eq!(s(aws_error_errstr(c)), e.message());
    }
    assert_eq!(s(aws_error_errstr(0)), "ok");
    assert_eq!(s(aws_error_errstr(403)), "ok");
    assert_eq!(AWS_ERROR_MAX_NAME_LEN, aws_error::names::MAX_NAME_LEN);
    assert_eq!(
        AWS_ERROR_LOG_DEFAULT_MAX_BYTES,
        aws_error::journal::DEFAULT_MAX_BYTES
    );
    assert_eq!(
        AWS_ERROR_LOG_DEFAULT_BACKUPS,
        aws_error::journal::DEFAULT_BACKUPS
    );
    assert_eq!(AWS_ERROR_LOG_MAX_BACKUPS, aws_error::journal::MAX_BACKUPS);
}

#[test]
fn info_structs_mirror_the_catalogue() {
    for e in all() {
        let p = aws_error_info(e.code());
        assert!(!p.is_null());
        let c = unsafe { &*p };
        assert_eq!(c.code, e.code());
        assert_eq!(c.category, e.category());
        assert_eq!(s(c.name_zh), e.name_zh());
        assert_eq!(s(c.name_en), e.name_en());
        assert_eq!(s(c.description_zh), e.description_zh());
        assert_eq!(s(c.description_en), e.description_en());
        match e.exception() {
            Some(x) => assert_eq!(s(c.exception), x),
            None => assert!(c.exception.is_null()),
        }
        assert_eq!(c.scope, e.scope());
        assert_eq!(c.in_response, e.in_response());
        assert_eq!(c.resend_safe, e.resend_safe());
        assert_eq!(c.advice, e.advice());
        assert_eq!(c.source, e.source());
        // The same static pointer every time: nothing to free.
        assert_eq!(aws_error_info(e.code()), p);
    }
    let forbidden = unsafe { &*aws_error_info(403) };
    assert_eq!(s(forbidden.name_zh), "访问被拒绝");
    assert_eq!(s(forbidden.exception), "AWSForbiddenException");
    for unknown in [0, 456, 600, -1, i32::MIN, i32::MAX] {
        assert!(aws_error_info(unknown).is_null());
        assert!(!aws_error_is_known(unknown));
    }
}

#[test]
fn names_and_descriptions_never_null() {
    assert_eq!(s(aws_error_name(404, AWS_ERROR_LANG_ZH)), "找不到资源对象");
    assert_eq!(
        s(aws_error_name(404, AWS_ERROR_LANG_EN)),
        "Not Find Resource"
    );
    assert_eq!(s(aws_error_name(404, 42)), "Not Find Resource");
    assert_eq!(s(aws_error_name(999, AWS_ERROR_LANG_ZH)), "未知错误码");
    assert_eq!(
        s(aws_error_describe(999, AWS_ERROR_LANG_EN)),
        "unknown error code"
    );
    assert_eq!(s(aws_error_describe(i32::MIN, -1)), "unknown error code");
    assert!(s(aws_error_describe(761, AWS_ERROR_LANG_ZH)).contains("关闭"));
}

#[test]
fn categories_over_the_c_abi() {
    assert_eq!(aws_error_category(456), Category::Client);
    assert_eq!(aws_error_category(520), Category::Server);
    assert_eq!(aws_error_category(774), Category::Availability);
    assert_eq!(aws_error_category(800), Category::Quota);
    for bad in [100, 302, 600, 999, 99, 1000, 0, -5] {
        assert_eq!(aws_error_category(bad), Category::Invalid);
    }
}

#[test]
fn codes_are_listed_ascending_and_bounded_by_cap() {
    assert_eq!(unsafe { aws_error_codes(ptr::null_mut(), 0) }, 27);
    assert_eq!(unsafe { aws_error_codes(ptr::null_mut(), 10) }, 27);
    let mut buf = [-1i32; 30];
    assert_eq!(unsafe { aws_error_codes(buf.as_mut_ptr(), 3) }, 27);
    assert_eq!(&buf[..4], &[400, 401, 403, -1]);
    assert_eq!(unsafe { aws_error_codes(buf.as_mut_ptr(), 30) }, 27);
    assert_eq!(buf[26], 800);
    assert_eq!(buf[27], -1);
    assert!(buf[..27].windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn class_names_over_the_c_abi() {
    let code = |n: &[u8]| unsafe { aws_error_code_for_exception(n.as_ptr().cast()) };
    assert_eq!(
        code(b"com.actionsoft.exception.AWSForbiddenException\0"),
        403
    );
    assert_eq!(code(b"com/actionsoft/exception/BPMNError\0"), 550);
    assert_eq!(code(b"AWSQuotaException\0"), 800);
    assert_eq!(code(b"java.lang.NullPointerException\0"), 500);
    assert_eq!(code(b"\0"), AWS_ERROR_ERR_EMPTY);
    assert_eq!(code(b"com..B\0"), AWS_ERROR_ERR_MALFORMED_NAME);
    assert_eq!(code(b"com.\xff.B\0"), AWS_ERROR_ERR_INVALID_UTF8);
    assert_eq!(
        unsafe { aws_error_code_for_exception(ptr::null()) },
        AWS_ERROR_ERR_NULL
    );
    let mut long = vec![b'a'; 100_000];
    long.push(0);
    assert_eq!(code(&long), AWS_ERROR_ERR_TOO_LONG);
}

#[test]
fn chains_over_the_c_abi() {
    let names: [&[u8]; 3] = [
        b"com.acme.FfiLeaf\0",
        b"com.actionsoft.exception.AWSObjectNotFindException\0",
        b"java.lang.RuntimeException\0",
    ];
    let ptrs: Vec<*const c_char> = names.iter().map(|n| n.as_ptr().cast()).collect();
    assert_eq!(
        unsafe { aws_error_code_for_exception_chain(ptrs.as_ptr(), 3) },
        404
    );
    assert_eq!(
        unsafe { aws_error_code_for_exception_chain(ptrs.as_ptr(), 1) },
        500
    );
    assert_eq!(
        unsafe { aws_error_code_for_exception_chain(ptrs.as_ptr(), 0) },
        500
    );
    assert_eq!(
        unsafe { aws_error_code_for_exception_chain(ptr::null(), 0) },
        AWS_ERROR_ERR_NULL
    );
    let with_null = [ptrs[0], ptr::null(), ptrs[1]];
    assert_eq!(
        unsafe { aws_error_code_for_exception_chain(with_null.as_ptr(), 3) },
        AWS_ERROR_ERR_NULL
    );
    // Found by the chain fuzz target: the first bad entry in order decides.
    let malformed_then_null = [c"com..B".as_ptr(), ptr::null()];
    assert_eq!(
        unsafe { aws_error_code_for_exception_chain(malformed_then_null.as_ptr(), 2) },
        AWS_ERROR_ERR_MALFORMED_NAME
    );
}

#[test]
fn register_over_the_c_abi() {
    let reg = |n: &[u8], c| unsafe { aws_error_register_exception(n.as_ptr().cast(), c) };
    assert_eq!(reg(b"com.acme.FfiReg\0", 456), 0);
    assert_eq!(
        unsafe { aws_error_code_for_exception(c"com.acme.FfiReg".as_ptr()) },
        456
    );
    assert_eq!(
        reg(b"com.acme.FfiReg\0", 600),
        AWS_ERROR_ERR_CODE_OUT_OF_RANGE
    );
    assert_eq!(reg(b"AWSException\0", 456), AWS_ERROR_ERR_BUILTIN_REMAP);
    assert_eq!(reg(b"\0", 456), AWS_ERROR_ERR_EMPTY);
    assert_eq!(reg(b"\xc3\0", 456), AWS_ERROR_ERR_INVALID_UTF8);
    assert_eq!(
        unsafe { aws_error_register_exception(ptr::null(), 456) },
        AWS_ERROR_ERR_NULL
    );
    assert_eq!(
        unsafe { aws_error_code_for_exception(c"com.acme.FfiReg".as_ptr()) },
        456
    );
}

#[test]
fn version_is_the_crate_version() {
    assert_eq!(s(aws_error_version()), env!("CARGO_PKG_VERSION"));
}
