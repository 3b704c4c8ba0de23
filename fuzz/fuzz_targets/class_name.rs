//! One class name through the C entry point (bytes, NUL-terminated by us) and the
//! Rust API: never a crash; a result is a table code, 500, or a failure constant.
#![no_main]
use aws_error::ffi::aws_error_code_for_exception;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut c = data.to_vec();
    c.retain(|&b| b != 0);
    c.push(0);
    let code = unsafe { aws_error_code_for_exception(c.as_ptr().cast()) };
    assert!(code < 0 || aws_error::info(code).is_some() || code == 500, "{code}");
    if let Ok(s) = std::str::from_utf8(&c[..c.len() - 1]) {
        let rust = aws_error::code_for_exception(s).map_err(|e| e.code());
        assert_eq!(rust.unwrap_or_else(|e| e), code);
    }
});
