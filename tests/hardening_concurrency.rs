//! 16 threads × N lookups while another thread keeps registering (issue 6: N is
//! 1,000,000 in `make hardening`, set by AWS_ERROR_LOOKUPS; 20,000 by default in
//! `make test`). Every answer must be one a correct registry could give at that
//! moment: built-ins always their code, a registered name its code or (before its
//! registration is visible) 500, never anything else. `make hardening` also runs
//! this file under ThreadSanitizer.

use aws_error::{code_for_exception, code_for_exception_chain, register_exception};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

const THREADS: usize = 16;
const NAMES: usize = 2000;

fn lookups() -> usize {
    std::env::var("AWS_ERROR_LOOKUPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000)
}

/// The code the writer gives name `i` in round `r` (codes stay in one family per
/// name, so a reader can check any value it sees).
fn code_of(i: usize, r: usize) -> i32 {
    [403, 456, 521, 774, 800][(i + r) % 5]
}

#[test]
fn sixteen_threads_look_up_while_registering() {
    let per_thread = lookups();
    let names: Vec<String> = (0..NAMES).map(|i| format!("com.acme.conc.E{i}")).collect();
    let allowed: Vec<Vec<i32>> = (0..NAMES)
        .map(|i| (0..5).map(|r| code_of(i, r)).collect())
        .collect();
    let done = AtomicBool::new(false);
    let start = Instant::now();
    let registrations = std::thread::scope(|s| {
        let writer = s.spawn(|| {
            let mut n = 0usize;
            let mut round = 0;
            while !done.load(Ordering::Relaxed) {
                for (i, name) in names.iter().enumerate() {
                    register_exception(name, code_of(i, round)).unwrap();
                    n += 1;
                    if n % 64 == 0 && done.load(Ordering::Relaxed) {
                        break;
                    }
                }
                round += 1;
            }
            n
        });
        let readers: Vec<_> = (0..THREADS)
            .map(|t| {
                let (names, allowed) = (&names, &allowed);
                s.spawn(move || {
                    for k in 0..per_thread {
                        let i = (k * 7919 + t * 104_729) % NAMES;
                        match k % 4 {
                            0 => assert_eq!(
                                code_for_exception(
                                    "com.actionsoft.exception.AWSForbiddenException"
                                ),
                                Ok(403)
                            ),
                            1 => {
                                let chain =
                                    [names[i].as_str(), "com.actionsoft.exception.BPMNError"];
                                let c = code_for_exception_chain(chain).unwrap();
                                assert!(c == 550 || allowed[i].contains(&c), "{c}");
                            }
                            _ => {
                                let c = code_for_exception(&names[i]).unwrap();
                                assert!(c == 500 || allowed[i].contains(&c), "{}: {c}", names[i]);
                            }
                        }
                    }
                })
            })
            .collect();
        for r in readers {
            r.join().unwrap();
        }
        done.store(true, Ordering::Relaxed);
        writer.join().unwrap()
    });
    let secs = start.elapsed().as_secs_f64();
    // Every name registered at least once is visible with a code of its family.
    for (i, n) in names.iter().enumerate().take(registrations.min(NAMES)) {
        assert!(allowed[i].contains(&code_for_exception(n).unwrap()));
    }
    eprintln!(
        "{THREADS} threads x {per_thread} lookups ({} in all) with {registrations} registrations alongside: {secs:.2} s",
        THREADS * per_thread
    );
}
