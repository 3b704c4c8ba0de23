//! Fuzz target `register`: the property is `checks::register` (fuzz/checks.rs), which
//! tests/hardening_fuzz_replay.rs also runs over the seeds and every crash found.
#![no_main]
#[path = "../checks.rs"]
mod checks;
libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::register(data));
