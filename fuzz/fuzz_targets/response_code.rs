//! Fuzz target `response_code`: the property is `checks::response_code` (fuzz/checks.rs), which
//! tests/hardening_fuzz_replay.rs also runs over the seeds and every crash found.
#![no_main]
#[path = "../checks.rs"]
mod checks;
libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::response_code(data));
