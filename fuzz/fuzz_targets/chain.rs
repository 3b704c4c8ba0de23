//! A chain of names split from the input at '\n' (NUL-terminated entries, with a
//! NULL entry where a line is "NULL"): never a crash, and the answer is consistent
//! with asking each name alone.
#![no_main]
use aws_error::ffi::{aws_error_code_for_exception, aws_error_code_for_exception_chain};
use libfuzzer_sys::fuzz_target;
use std::ffi::c_char;

fuzz_target!(|data: &[u8]| {
    let lines: Vec<Vec<u8>> = data
        .split(|&b| b == b'\n')
        .map(|l| l.iter().copied().filter(|&b| b != 0).chain([0]).collect())
        .collect();
    let ptrs: Vec<*const c_char> = lines
        .iter()
        .map(|l| if l == b"NULL\0" { std::ptr::null() } else { l.as_ptr().cast() })
        .collect();
    let code = unsafe { aws_error_code_for_exception_chain(ptrs.as_ptr(), ptrs.len()) };
    // Consistency: the first failing entry's failure, else the first mapped entry's code.
    let singles: Vec<i32> = ptrs.iter().map(|&p| unsafe { aws_error_code_for_exception(p) }).collect();
    if let Some(&failure) = singles.iter().find(|&&c| c < 0) {
        assert_eq!(code, failure);
        return;
    }
    let expected = lines
        .iter()
        .filter_map(|l| {
            let s = std::str::from_utf8(&l[..l.len() - 1]).ok()?;
            aws_error::mapping::mapped_code(&aws_error::ClassName::parse(s).ok()?)
        })
        .next()
        .unwrap_or(500);
    assert_eq!(code, expected);
});
