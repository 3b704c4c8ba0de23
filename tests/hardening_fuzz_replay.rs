//! Replays every fuzz seed (fuzz/seeds/<target>/) and every crash the fuzzers ever
//! found (fuzz/regressions/<target>/) through the same property checks the fuzz
//! targets run (fuzz/checks.rs). Plain `cargo test`: no fuzz build needed, so
//! `make test` keeps every crash fixed without paying for libFuzzer.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["seeds", "regressions"] {
        let Ok(files) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for f in files {
            let path = f.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let r = std::panic::catch_unwind(|| check(&data));
            assert!(r.is_ok(), "{target}: {} fails its check", path.display());
            n += 1;
        }
    }
    assert!(n > 0, "{target}: no seeds");
}

#[test]
fn class_name() {
    replay("class_name", checks::class_name);
}

#[test]
fn chain() {
    replay("chain", checks::chain);
}

#[test]
fn register() {
    replay("register", checks::register);
}

#[test]
fn response_code() {
    replay("response_code", checks::response_code);
}

#[test]
fn response_roundtrip() {
    replay("response_roundtrip", checks::response_roundtrip);
}

#[test]
fn journal() {
    replay("journal", checks::journal);
}
