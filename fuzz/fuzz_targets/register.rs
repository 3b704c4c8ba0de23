//! Registrations with arbitrary names and codes: never a crash; a success is
//! visible to lookups at once; a failure changes nothing.
#![no_main]
use aws_error::{category_of, code_for_exception, register_exception, Category, Error};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (i32, &[u8])| {
    let (code, name) = input;
    let Ok(name) = std::str::from_utf8(name) else { return };
    let before = code_for_exception(name);
    match register_exception(name, code) {
        Ok(()) => {
            assert_ne!(category_of(code), Category::Invalid);
            assert_eq!(code_for_exception(name), Ok(code));
        }
        Err(Error::BuiltinRemap) | Err(Error::CodeOutOfRange) => assert_eq!(code_for_exception(name), before),
        Err(e) => assert_eq!(before, Err(e)),
    }
});
