//! Not a benchmark: a fixed workload for `valgrind --tool=callgrind`, which counts
//! instructions deterministically (useful on a loaded machine, where times are noise).
//! `lookup_profile OP N` runs OP N times; the instructions of one call are
//! (Ir(N2) - Ir(N1)) / (N2 - N1). `make bench-profile` does that for each OP.
//! OPs: category, info, name, describe, simple, internal, binary60, jdk, chain6,
//! binary60_1025 (the 60-byte name with 1024 more names registered, as in the
//! while_registering group).

mod common;
use common::{CHAIN, NAME_60};

use aws_error::{
    code_for_exception, code_for_exception_chain, info, register_exception, ErrorCode, Lang,
};
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 || args.iter().any(|a| a == "--bench") {
        // `cargo bench` without a filter would run us: nothing to do.
        return;
    }
    let op = args[1].as_str();
    let n: u64 = args[2].parse().unwrap();
    register_exception(NAME_60, 403).unwrap();
    if op == "binary60_1025" {
        for i in 0..1024 {
            register_exception(&format!("com.acme.churn.E{i}"), 400).unwrap();
        }
    }
    // Chosen once, so the loop holds only the call (plus a call/return and the add).
    let f: fn() -> i64 = match op {
        "category" => || ErrorCode::new(black_box(774)).category() as i64,
        "info" => || info(black_box(774)).is_some() as i64,
        "name" => || ErrorCode::new(black_box(404)).name(Lang::Zh).len() as i64,
        "describe" => || ErrorCode::new(black_box(404)).describe(Lang::En).len() as i64,
        "simple" => || code_for_exception(black_box("AWSForbiddenException")).unwrap() as i64,
        "internal" => || {
            code_for_exception(black_box("com/actionsoft/exception/AWSForbiddenException")).unwrap()
                as i64
        },
        "binary60" | "binary60_1025" => || code_for_exception(black_box(NAME_60)).unwrap() as i64,
        "jdk" => || code_for_exception(black_box("java.lang.NullPointerException")).unwrap() as i64,
        "chain6" => || code_for_exception_chain(black_box(CHAIN)).unwrap() as i64,
        _ => panic!("unknown op {op}"),
    };
    let mut acc = 0i64;
    for _ in 0..n {
        acc += black_box(f)();
    }
    println!("{acc}");
}
