//! Core lookups (issue 5, part 1). Bars: category/info/name/describe <= 3 ns;
//! a mapped 60-byte name <= 40 ns; lookups slow down by at most 2x while another
//! thread registers. `make bench` runs this and records the medians in BENCHMARKS.md.

mod common;
use common::{CHAIN, NAME_60};

use aws_error::{
    code_for_exception, code_for_exception_chain, info, register_exception, ErrorCode, Lang,
};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

fn catalogue(c: &mut Criterion) {
    let mut g = c.benchmark_group("catalogue");
    g.bench_function("category", |b| {
        b.iter(|| ErrorCode::new(black_box(774)).category())
    });
    g.bench_function("info", |b| b.iter(|| info(black_box(774))));
    g.bench_function("name_zh", |b| {
        b.iter(|| ErrorCode::new(black_box(404)).name(Lang::Zh))
    });
    g.bench_function("describe_en", |b| {
        b.iter(|| ErrorCode::new(black_box(404)).describe(Lang::En))
    });
    g.bench_function("info_unknown", |b| b.iter(|| info(black_box(456))));
    g.finish();
}

fn mapping(c: &mut Criterion) {
    assert_eq!(NAME_60.len(), 60);
    register_exception(NAME_60, 403).unwrap();
    let mut g = c.benchmark_group("code_for_exception");
    g.bench_function("simple_builtin", |b| {
        b.iter(|| code_for_exception(black_box("AWSForbiddenException")))
    });
    g.bench_function("internal_builtin", |b| {
        b.iter(|| code_for_exception(black_box("com/actionsoft/exception/AWSForbiddenException")))
    });
    g.bench_function("binary_60_registered", |b| {
        b.iter(|| code_for_exception(black_box(NAME_60)))
    });
    g.bench_function("binary_unmapped_jdk", |b| {
        b.iter(|| code_for_exception(black_box("java.lang.NullPointerException")))
    });
    g.bench_function("chain_6", |b| {
        b.iter(|| code_for_exception_chain(black_box(CHAIN)))
    });
    g.finish();
}

fn churn_name(i: u64) -> String {
    format!("com.acme.churn.E{i}")
}

fn contended(c: &mut Criterion) {
    register_exception(NAME_60, 403).unwrap();
    // The writer re-registers these 1024 names; register them all first so the
    // baseline looks up in the same registry (same bucket chains) as the run with the
    // writer, and the ratio shows the cost of concurrency alone.
    for i in 0..1024u64 {
        register_exception(&churn_name(i), 400).unwrap();
    }
    // One group, one run: the baseline (no writer) first, then the same lookups while
    // another thread registers, so BENCHMARKS.md can divide one by the other.
    let mut g = c.benchmark_group("while_registering");
    g.bench_function("binary_60_registered/no_writer", |b| {
        b.iter(|| code_for_exception(black_box(NAME_60)))
    });
    g.bench_function("info/no_writer", |b| b.iter(|| info(black_box(774))));
    let stop = Arc::new(AtomicBool::new(false));
    let writes = Arc::new(AtomicU64::new(0));
    let writer = {
        let stop = stop.clone();
        let writes = writes.clone();
        std::thread::spawn(move || {
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) {
                // Re-registering a bounded set of names keeps memory flat.
                register_exception(&churn_name(i % 1024), 400 + (i % 99) as i32).unwrap();
                i += 1;
            }
            writes.store(i, Ordering::Relaxed);
        })
    };
    let started = std::time::Instant::now();
    g.bench_function("binary_60_registered/writer", |b| {
        b.iter(|| code_for_exception(black_box(NAME_60)))
    });
    g.bench_function("info/writer", |b| b.iter(|| info(black_box(774))));
    g.finish();
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    // The writer must really have been writing (on 2 cores it competes for a CPU).
    let secs = started.elapsed().as_secs_f64();
    let n = writes.load(Ordering::Relaxed);
    eprintln!(
        "while_registering: writer made {n} registrations in {secs:.1} s ({:.0}/s)",
        n as f64 / secs
    );
    if let Ok(dir) = std::env::var("AWS_ERROR_BENCH_OUT") {
        let _ = std::fs::write(
            std::path::Path::new(&dir).join("writer.txt"),
            format!("{n} {secs:.3}\n"),
        );
    }
}

criterion_group!(benches, catalogue, mapping, contended);
criterion_main!(benches);
