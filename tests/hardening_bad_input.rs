//! The bad-input matrix (issue 6): every exported C function × (NULL, empty,
//! invalid UTF-8, a 100 MB input, out-of-range integers), with the result observed
//! right now. The test writes the Markdown table to target/hardening/bad-input.md;
//! `make hardening` copies it into RELIABILITY.md (between the bad-input markers)
//! and this test fails when the checked-in table is not what it observes.
//! AWS_ERROR_BLESS=1 skips that comparison (used by `make hardening`).

mod common;

use aws_error::ffi::*;
use aws_error::{Category, Error};
use common::exports_in_header;
use std::collections::BTreeSet;
use std::ffi::{c_char, CStr, CString};
use std::path::PathBuf;
use std::ptr;

const MB100: usize = 100 * 1024 * 1024;

/// An observed int32 result: `0`, `403`, or `-1 (NULL)`.
fn int(r: i32) -> String {
    match Error::from_code(r) {
        Some(e) => format!("`{r}` {}", name_of(e)),
        None => format!("`{r}`"),
    }
}

fn name_of(e: Error) -> String {
    format!("ERR_{}", e.name())
}

/// A static string result, shortened.
fn text(p: *const c_char) -> String {
    if p.is_null() {
        return "NULL".into();
    }
    // SAFETY: the library returns NUL-terminated strings.
    let s = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    let short: String = s.chars().take(24).collect();
    if short.len() < s.len() {
        format!("\"{short}…\"")
    } else {
        format!("\"{short}\"")
    }
}

/// An owned body: NULL, or its length and what reading it back gives.
fn body(p: *mut c_char) -> String {
    if p.is_null() {
        return "NULL".into();
    }
    // SAFETY: from aws_response_error_json; freed once here.
    let s = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    // SAFETY: NUL-terminated.
    let code = unsafe { aws_response_error_code(p) };
    let msg = aws_error::response::parse_body(s.as_bytes())
        .unwrap()
        .msg
        .unwrap();
    // SAFETY: owned, not freed before.
    unsafe { aws_error_string_free(p) };
    let shown = if msg.len() > 16 {
        format!("{} bytes", msg.len())
    } else {
        format!("{msg:?}")
    };
    format!("body ({} B), reads back code {code}, msg {shown}", s.len())
}

fn handle(p: *mut AwsErrorLog) -> String {
    if p.is_null() {
        "NULL".into()
    } else {
        // SAFETY: a handle just opened, closed once.
        unsafe { aws_error_log_close(p) };
        "a handle".into()
    }
}

fn cs(b: &[u8]) -> CString {
    CString::new(b).unwrap()
}

const NA: &str = "n/a";

struct Inputs {
    dir: PathBuf,
    invalid: CString,
    big_name: CString,
    big_text: CString,
}

fn rows(i: &Inputs) -> Vec<(&'static str, [String; 5])> {
    let d = |name: &str| i.dir.join(name).to_str().unwrap().to_owned();
    let oor = [i32::MIN, -1, 0, 600, 1000, i32::MAX];
    let ints = |f: &dyn Fn(i32) -> String| {
        let mut seen: Vec<String> = Vec::new();
        for c in oor {
            let r = f(c);
            if !seen.contains(&r) {
                seen.push(r);
            }
        }
        format!(
            "{}: {}",
            "INT32_MIN, -1, 0, 600, 1000, INT32_MAX",
            seen.join(" / ")
        )
    };
    let n = || NA.to_string();
    let log = {
        let p = cs(d("write.log").as_bytes());
        // SAFETY: NUL-terminated; closed at the end of `rows`.
        unsafe { aws_error_log_open(p.as_ptr()) }
    };
    assert!(!log.is_null());
    // SAFETY (whole block): every pointer is NULL or NUL-terminated and lives long
    // enough; buffers are as large as the lengths passed.
    let out = unsafe {
        vec![
            ("aws_error_category", [n(), n(), n(), n(), ints(&|c| format!("{:?}", aws_error_category(c)).to_uppercase())]),
            ("aws_error_is_known", [n(), n(), n(), n(), ints(&|c| format!("`{}`", aws_error_is_known(c)))]),
            ("aws_error_info", [n(), n(), n(), n(), ints(&|c| if aws_error_info(c).is_null() { "NULL".into() } else { "entry".into() })]),
            ("aws_error_name", [n(), n(), n(), n(), format!("{}; lang INT32_MIN: {}", ints(&|c| text(aws_error_name(c, 1))), text(aws_error_name(403, i32::MIN)))]),
            ("aws_error_describe", [n(), n(), n(), n(), format!("{}; lang INT32_MIN: {}", ints(&|c| text(aws_error_describe(c, 0))), text(aws_error_describe(403, i32::MIN)))]),
            ("aws_error_codes", [
                format!("out NULL, cap 0 or SIZE_MAX: `{}`/`{}`, nothing written", aws_error_codes(ptr::null_mut(), 0), aws_error_codes(ptr::null_mut(), usize::MAX)),
                { let mut b = [7i32; 1]; format!("cap 0: `{}`, nothing written: {}", aws_error_codes(b.as_mut_ptr(), 0), b == [7]) },
                n(),
                { let mut b = vec![7i32; MB100 / 4]; let r = aws_error_codes(b.as_mut_ptr(), b.len()); format!("100 MB buffer: `{r}`, {} written, rest untouched: {}", b.iter().take_while(|&&c| c != 7).count(), b[27..].iter().all(|&c| c == 7)) },
                n(),
            ]),
            ("aws_error_version", [n(), n(), n(), n(), n()]),
            ("aws_error_errstr", [n(), n(), n(), n(), ints(&|c| text(aws_error_errstr(c)))]),
            ("aws_error_log_open", [
                handle(aws_error_log_open(ptr::null())),
                handle(aws_error_log_open(c"".as_ptr())),
                format!("path bytes used as given: {}", handle(aws_error_log_open(cs(format!("{}/\u{0}", d("bad")).split('\0').next().unwrap().as_bytes().iter().chain(b"\xff\xfe.log").copied().collect::<Vec<u8>>().as_slice()).as_ptr()))),
                format!("100 MB path: {}", handle(aws_error_log_open(i.big_name.as_ptr()))),
                n(),
            ]),
            ("aws_error_log_open_with", [
                handle(aws_error_log_open_with(ptr::null(), 1, 1)),
                handle(aws_error_log_open_with(c"".as_ptr(), 1, 1)),
                format!("path bytes used as given: {}", handle(aws_error_log_open_with(cs(&[d("bad2").as_bytes(), b"\xff.log"].concat()).as_ptr(), 1, 1))),
                format!("100 MB path: {}", handle(aws_error_log_open_with(i.big_name.as_ptr(), 1, 1))),
                {
                    let p = cs(d("oor.log").as_bytes());
                    let mut r = Vec::new();
                    for (max, backups) in [(0u64, 0u32), (u64::MAX, u32::MAX), (1, u32::MAX)] {
                        let h = aws_error_log_open_with(p.as_ptr(), max, backups);
                        let w: Vec<i32> = (0..3).map(|_| aws_error_log_write(h, 500, ptr::null(), c"m".as_ptr(), ptr::null())).collect();
                        r.push(format!("({max}, {backups}): {}, 3 writes {w:?}", handle(h)));
                    }
                    format!("max_bytes, backups {}", r.join("; "))
                },
            ]),
            ("aws_error_log_write", [
                format!("log NULL: {}; class/msg/detail NULL: {} (written as \"\")", int(aws_error_log_write(ptr::null_mut(), 500, c"E".as_ptr(), ptr::null(), ptr::null())), int(aws_error_log_write(log, 500, ptr::null(), ptr::null(), ptr::null()))),
                int(aws_error_log_write(log, 500, c"".as_ptr(), c"".as_ptr(), c"".as_ptr())),
                format!("{} (each bad byte → U+FFFD)", int(aws_error_log_write(log, 500, i.invalid.as_ptr(), i.invalid.as_ptr(), i.invalid.as_ptr()))),
                format!("100 MB msg: {} (one record in a file of its own)", int(aws_error_log_write(log, 500, c"E".as_ptr(), i.big_text.as_ptr(), ptr::null()))),
                ints(&|c| int(aws_error_log_write(log, c, ptr::null(), ptr::null(), ptr::null()))),
            ]),
            ("aws_error_log_close", ["no-op".into(), n(), n(), n(), n()]),
            ("aws_error_log_path", [
                {
                    let mut b = [0 as c_char; 8];
                    format!("logs_dir NULL: {}; buf NULL, buf_len SIZE_MAX: {}", int(aws_error_log_path(ptr::null(), ptr::null(), b.as_mut_ptr(), 8)), int(aws_error_log_path(c"/l".as_ptr(), ptr::null(), ptr::null_mut(), usize::MAX)))
                },
                format!("logs_dir \"\": {}; instance \"\": {} (aws.log)", int(aws_error_log_path(c"".as_ptr(), ptr::null(), ptr::null_mut(), 0)), int(aws_error_log_path(c"/l".as_ptr(), c"".as_ptr(), ptr::null_mut(), 0))),
                format!("instance: {}; logs_dir: {} (bytes)", int(aws_error_log_path(c"/l".as_ptr(), i.invalid.as_ptr(), ptr::null_mut(), 0)), int(aws_error_log_path(i.invalid.as_ptr(), ptr::null(), ptr::null_mut(), 0))),
                format!("instance: {}; logs_dir: {}", int(aws_error_log_path(c"/l".as_ptr(), i.big_name.as_ptr(), ptr::null_mut(), 0)), int(aws_error_log_path(i.big_name.as_ptr(), ptr::null(), ptr::null_mut(), 0))),
                { let mut b = [0 as c_char; 4]; format!("buf_len 4 (too small): {}, nothing written: {}", int(aws_error_log_path(c"/l".as_ptr(), ptr::null(), b.as_mut_ptr(), 4)), b == [0; 4]) },
            ]),
            ("aws_error_code_for_exception", [
                int(aws_error_code_for_exception(ptr::null())),
                int(aws_error_code_for_exception(c"".as_ptr())),
                int(aws_error_code_for_exception(i.invalid.as_ptr())),
                int(aws_error_code_for_exception(i.big_name.as_ptr())),
                n(),
            ]),
            ("aws_error_code_for_exception_chain", [
                format!("array NULL: {}; an entry NULL: {}", int(aws_error_code_for_exception_chain(ptr::null(), 2)), int(aws_error_code_for_exception_chain([c"a.B".as_ptr(), ptr::null()].as_ptr(), 2))),
                format!("count 0: {}; an entry \"\": {}", int(aws_error_code_for_exception_chain([c"a.B".as_ptr()].as_ptr(), 0)), int(aws_error_code_for_exception_chain([c"a.B".as_ptr(), c"".as_ptr()].as_ptr(), 2))),
                int(aws_error_code_for_exception_chain([c"a.B".as_ptr(), i.invalid.as_ptr()].as_ptr(), 2)),
                format!("a 100 MB entry: {}; 100 MB of entries (13 M × 8 B): {}", int(aws_error_code_for_exception_chain([c"a.B".as_ptr(), i.big_name.as_ptr()].as_ptr(), 2)), { let v = vec![c"a.B".as_ptr(); MB100 / 8]; int(aws_error_code_for_exception_chain(v.as_ptr(), v.len())) }),
                format!("array NULL, count SIZE_MAX: {}", int(aws_error_code_for_exception_chain(ptr::null(), usize::MAX))),
            ]),
            ("aws_error_register_exception", [
                int(aws_error_register_exception(ptr::null(), 403)),
                int(aws_error_register_exception(c"".as_ptr(), 403)),
                int(aws_error_register_exception(i.invalid.as_ptr(), 403)),
                int(aws_error_register_exception(i.big_name.as_ptr(), 403)),
                ints(&|c| int(aws_error_register_exception(c"com.acme.matrix.E".as_ptr(), c))),
            ]),
            ("aws_response_error_json", [
                format!("msg NULL: {}", body(aws_response_error_json(403, ptr::null()))),
                body(aws_response_error_json(403, c"".as_ptr())),
                format!("{} (U+FFFD each)", body(aws_response_error_json(403, i.invalid.as_ptr()))),
                body(aws_response_error_json(403, i.big_text.as_ptr())),
                ints(&|c| body(aws_response_error_json(c, c"m".as_ptr()))),
            ]),
            ("aws_error_string_free", ["no-op".into(), n(), n(), n(), n()]),
            ("aws_response_error_code", [
                int(aws_response_error_code(ptr::null())),
                int(aws_response_error_code(c"".as_ptr())),
                format!("bad bytes in msg: {}; bytes alone: {}", int(aws_response_error_code(cs(b"{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"\xff\xfe\"}").as_ptr())), int(aws_response_error_code(i.invalid.as_ptr()))),
                {
                    let mut b = b"{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"".to_vec();
                    b.resize(MB100, b'a');
                    b.extend_from_slice(b"\"}");
                    let deep = [vec![b'['; MB100 / 2], vec![b']'; MB100 / 2]].concat();
                    format!("100 MB body: {}; 100 MB of nesting: {}", int(aws_response_error_code(cs(&b).as_ptr())), int(aws_response_error_code(cs(&deep).as_ptr())))
                },
                format!("errorCode \"2147483648\": {}; \"-1\": {}", int(aws_response_error_code(c"{\"result\":\"error\",\"errorCode\":\"2147483648\"}".as_ptr())), int(aws_response_error_code(c"{\"result\":\"error\",\"errorCode\":-1}".as_ptr()))),
            ]),
        ]
    };
    // SAFETY: opened above, closed once.
    unsafe { aws_error_log_close(log) };
    out
}

#[test]
fn bad_input_matrix() {
    let dir = std::env::temp_dir().join(format!("aws-error-matrix-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let inputs = Inputs {
        dir: dir.clone(),
        invalid: cs(b"com.a.\xff\xfeB"),
        big_name: cs(&vec![b'a'; MB100]),
        big_text: cs(&vec![b'x'; MB100]),
    };
    let rows = rows(&inputs);
    let covered: BTreeSet<String> = rows.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        covered,
        exports_in_header(),
        "every export in the header needs a row"
    );
    assert_eq!(Category::Invalid as i32, 0);

    let mut md = String::from("| function | NULL | empty | invalid UTF-8 | 100 MB input | out-of-range integers |\n|---|---|---|---|---|---|\n");
    for (name, cells) in &rows {
        md.push_str(&format!("| `{name}` | {} |\n", cells.join(" | ")));
    }
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/hardening");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("bad-input.md"), &md).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    if std::env::var_os("AWS_ERROR_BLESS").is_some() {
        return;
    }
    let reliability =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/RELIABILITY.md"))
            .unwrap_or_default();
    assert!(
        reliability.contains(&md),
        "RELIABILITY.md's bad-input table is not what the library does now: run `make hardening` \
         (or AWS_ERROR_BLESS=1 + fuzz/splice.sh) and commit; observed:\n{md}"
    );
}
