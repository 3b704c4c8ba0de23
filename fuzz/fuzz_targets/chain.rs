//! Fuzz target `chain`: the property is `checks::chain` (fuzz/checks.rs), which
//! tests/hardening_fuzz_replay.rs also runs over the seeds and every crash found.
#![no_main]
#[path = "../checks.rs"]
mod checks;
libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::chain(data));
