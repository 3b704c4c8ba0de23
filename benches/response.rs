//! ResponseObject bodies (issue 5, part 4): writing and reading an error body with
//! aws-error (Rust API and the C ABI entry points) against what a Rust user would
//! write by hand with serde_json's generic `Value`. Same body, same run.

use aws_error::ffi::{aws_error_string_free, aws_response_error_code, aws_response_error_json};
use aws_error::response::{error_code_of, error_json};
use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use std::ffi::CString;
use std::hint::black_box;

/// A typical platform message (Chinese, as the platform writes them).
const MSG: &str = "流程已经挂起，操作被拒绝。processInstId:7f3c2a10-5e2b-4c3a-9d7e-1b2c3d4e5f60";

fn write(c: &mut Criterion) {
    let msg_c = CString::new(MSG).unwrap();
    // The same body: serde_json's `Value` (without the `preserve_order` feature) keeps
    // keys in a BTreeMap and writes them sorted, so compare as JSON values.
    let ours = error_json(403, MSG).unwrap();
    let theirs = json!({"result": "error", "errorCode": "403", "msg": MSG}).to_string();
    let parse = |s: &str| serde_json::from_str::<Value>(s).unwrap();
    assert_eq!(parse(&ours), parse(&theirs));

    let mut g = c.benchmark_group("response_write");
    g.bench_function("aws_error::response::error_json", |b| {
        b.iter(|| error_json(black_box(403), black_box(MSG)).unwrap())
    });
    g.bench_function("aws_response_error_json (C ABI, + free)", |b| {
        b.iter(|| unsafe {
            let p = aws_response_error_json(black_box(403), black_box(msg_c.as_ptr()));
            aws_error_string_free(black_box(p));
        })
    });
    g.bench_function("serde_json Value (json! + to_string)", |b| {
        b.iter(|| {
            let code = black_box(403).to_string();
            json!({"result": "error", "errorCode": code, "msg": black_box(MSG)}).to_string()
        })
    });
    g.finish();
}

fn read(c: &mut Criterion) {
    let body = error_json(403, MSG).unwrap();
    let body_c = CString::new(body.clone()).unwrap();
    let by_value = |b: &[u8]| -> i32 {
        let v: Value = serde_json::from_slice(b).unwrap();
        v.get("errorCode")
            .and_then(Value::as_str)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    };
    assert_eq!(error_code_of(body.as_bytes()).unwrap(), 403);
    assert_eq!(by_value(body.as_bytes()), 403);

    let mut g = c.benchmark_group("response_read");
    g.bench_function("aws_error::response::error_code_of", |b| {
        b.iter(|| error_code_of(black_box(body.as_bytes())).unwrap())
    });
    g.bench_function("aws_response_error_code (C ABI)", |b| {
        b.iter(|| unsafe { aws_response_error_code(black_box(body_c.as_ptr())) })
    });
    g.bench_function("serde_json Value (from_slice + get + parse)", |b| {
        b.iter(|| by_value(black_box(body.as_bytes())))
    });
    g.finish();
}

criterion_group!(benches, write, read);
criterion_main!(benches);
