//! Journal throughput (issue 5, part 5), Rust side: records/s with 1, 2 and 8 threads
//! writing through one `aws_error::journal::Journal`, rolling on (8 MiB, 3 backups,
//! the same settings and the same record as the log4j2 peer in
//! bindings/java/bench, Log4j2JournalBench). Not criterion: a throughput harness,
//! each thread count run REPS times for SECS seconds, median reported.
//! `cargo bench --bench journal` prints a table; with AWS_ERROR_BENCH_OUT=dir it also
//! writes dir/journal-rust.json.

use aws_error::journal::Journal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

const MAX_BYTES: u64 = 8 * 1024 * 1024;
const BACKUPS: u32 = 3;
const CODE: i32 = 403;
const EXCEPTION: &str = "com.actionsoft.exception.AWSForbiddenException";
const MSG: &str = "流程已经挂起，操作被拒绝。processInstId:7f3c2a10-5e2b-4c3a-9d7e-1b2c3d4e5f60";

/// The same stack trace text as Records.DETAIL on the Java side (printStackTrace of a
/// RuntimeException with 12 frames).
fn detail() -> String {
    let mut s = format!("java.lang.RuntimeException: {MSG}\n");
    for i in 0..12 {
        s.push_str(&format!(
            "\tat com.actionsoft.bpms.bpmn.engine.core.Step{i}.execute(Step{i}.java:{})\n",
            100 + i
        ));
    }
    s
}

fn run(threads: usize, secs: f64, detail: &Arc<String>) -> f64 {
    let dir = std::env::temp_dir().join(format!(
        "aws-error-bench-journal-{}-{threads}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let journal = Arc::new(Journal::open_with(dir.join("aws.log"), MAX_BYTES, BACKUPS).unwrap());
    let stop = Arc::new(AtomicBool::new(false));
    let total = Arc::new(AtomicU64::new(0));
    let start = Arc::new(Barrier::new(threads + 1));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (journal, stop, total, start, detail) = (
                journal.clone(),
                stop.clone(),
                total.clone(),
                start.clone(),
                detail.clone(),
            );
            std::thread::spawn(move || {
                start.wait();
                let mut n = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    journal.write(CODE, EXCEPTION, MSG, &detail).unwrap();
                    n += 1;
                }
                total.fetch_add(n, Ordering::Relaxed);
            })
        })
        .collect();
    start.wait();
    let t0 = Instant::now();
    std::thread::sleep(Duration::from_secs_f64(secs));
    stop.store(true, Ordering::Relaxed);
    for h in handles {
        h.join().unwrap();
    }
    let elapsed = t0.elapsed().as_secs_f64();
    drop(journal);
    let _ = std::fs::remove_dir_all(&dir);
    total.load(Ordering::Relaxed) as f64 / elapsed
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing special:
    // keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let (secs, reps) = if quick { (0.05, 1) } else { (2.0, 5) };
    let detail = Arc::new(detail());
    // Warm the page cache and the file system's allocation paths once.
    run(1, secs / 2.0, &detail);
    let mut rows = Vec::new();
    for threads in [1usize, 2, 8] {
        let runs: Vec<f64> = (0..reps).map(|_| run(threads, secs, &detail)).collect();
        let m = median(runs.clone());
        println!("journal/rust threads={threads}: median {m:.0} records/s over {reps} runs of {secs} s: {runs:.0?}");
        rows.push(format!(
            "{{\"threads\":{threads},\"median_records_per_s\":{m:.1},\"runs\":{runs:?},\"secs_per_run\":{secs}}}"
        ));
    }
    if let Ok(dir) = std::env::var("AWS_ERROR_BENCH_OUT") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            std::path::Path::new(&dir).join("journal-rust.json"),
            format!("[{}]\n", rows.join(",")),
        )
        .unwrap();
    }
}
