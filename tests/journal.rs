//! The aws.log journal through the Rust core and through the C ABI.

use aws_error::ffi::{
    aws_error_log_close, aws_error_log_open, aws_error_log_open_with, aws_error_log_path,
    aws_error_log_write, AwsErrorLog, AWS_ERROR_ERR_BAD_INSTANCE, AWS_ERROR_ERR_CODE_OUT_OF_RANGE,
    AWS_ERROR_ERR_EMPTY, AWS_ERROR_ERR_INVALID_UTF8, AWS_ERROR_ERR_IO, AWS_ERROR_ERR_NULL,
};
use aws_error::journal::{
    backup_path, journal_files, journal_path, parse_line, Entry, Journal, DEFAULT_BACKUPS,
    DEFAULT_MAX_BYTES,
};
use aws_error::Error;
use std::collections::HashMap;
use std::ffi::{c_char, CString};
use std::fs;
use std::path::{Path, PathBuf};
use std::ptr;
use std::sync::Arc;
use std::thread;

/// A fresh, empty scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("aws-error-journal-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    d
}

/// Every line of every file of the journal, oldest first; each must be a record.
fn records(path: &Path) -> Vec<Entry> {
    journal_files(path)
        .iter()
        .flat_map(|f| {
            let text = fs::read_to_string(f).unwrap();
            assert!(text.is_empty() || text.ends_with('\n'), "{f:?} ends whole");
            text.lines()
                .map(|l| parse_line(l).unwrap_or_else(|| panic!("not a record: {l:?}")))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn cs(s: &str) -> CString {
    CString::new(s).unwrap()
}

/// Lets tests share a C handle between threads (the C contract allows it).
#[derive(Clone, Copy)]
struct Handle(*mut AwsErrorLog);
// SAFETY: AwsErrorLog is documented thread-safe; the pointer outlives the threads.
unsafe impl Send for Handle {}

#[test]
fn record_fields_and_levels() {
    let dir = scratch("fields");
    let path = dir.join("logs/nested/aws.log"); // missing folders are created
    let j = Journal::open(&path).unwrap();
    assert_eq!(j.path(), path);
    let trace =
        "java.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)\nCaused by: x\r\n\t... 3 more";
    j.write(
        500,
        "com.actionsoft.exception.AWSException",
        "内部错误",
        trace,
    )
    .unwrap();
    j.write(403, "AWSForbiddenException", "denied", "").unwrap();
    j.write(760, "", "", "").unwrap();
    j.write(800, "AWSQuotaException", "quota", "").unwrap();
    for bad in [0, 99, 600, 999, 1000, -1, i32::MIN] {
        assert_eq!(
            j.write(bad, "E", "m", "d"),
            Err(Error::CodeOutOfRange),
            "{bad}"
        );
    }
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.lines().count(),
        4,
        "one line per record, bad codes write nothing"
    );
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with(r#"{"time":""#)
            && first.contains(r#","level":"ERR","errorCode":"500","category":"server","exception":"com.actionsoft.exception.AWSException","msg":"内部错误","detail":"java.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)\nCaused by: x\r\n\t... 3 more"}"#),
        "{first}"
    );
    let r = records(&path);
    let time = &r[0].time; // yyyy-MM-dd HH:mm:ss.SSS
    assert_eq!(time.len(), 23, "{time}");
    for (i, c) in time.char_indices() {
        match i {
            4 | 7 => assert_eq!(c, '-'),
            10 => assert_eq!(c, ' '),
            13 | 16 => assert_eq!(c, ':'),
            19 => assert_eq!(c, '.'),
            _ => assert!(c.is_ascii_digit(), "{time}"),
        }
    }
    assert_eq!(r[0].detail, trace);
    assert_eq!(r[0].code(), Some(500));
    let lv: Vec<(&str, &str, &str)> = r
        .iter()
        .map(|e| (e.level.as_str(), e.error_code.as_str(), e.category.as_str()))
        .collect();
    assert_eq!(
        lv,
        [
            ("ERR", "500", "server"),
            ("WARN", "403", "client"),
            ("WARN", "760", "availability"),
            ("WARN", "800", "quota")
        ]
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn hostile_messages_cannot_split_or_forge_records() {
    let dir = scratch("hostile");
    let path = dir.join("aws.log");
    let j = Journal::open(&path).unwrap();
    let controls: String = (1u8..0x20).map(char::from).chain(['\u{7f}']).collect();
    let hostile = [
        "\"}\n{\"time\":\"2000-01-01 00:00:00\",\"level\":\"ERR\",\"errorCode\":\"500\"}"
            .to_string(),
        "a\rb\nc\r\nd\u{2028}e\u{2029}f\u{85}g".to_string(),
        r#"\"\\\u0000 \n"#.to_string(),
        controls,
        "流程定义未找到。processDefinitionId:1 🚀".to_string(),
        "\0nul".to_string(),
        "y".repeat(200_000),
    ];
    for (i, m) in hostile.iter().enumerate() {
        j.write(500, m, m, m).unwrap();
        j.write(404, &format!("E{i}"), m, "").unwrap();
    }
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.matches('\n').count(),
        hostile.len() * 2,
        "only record ends break lines"
    );
    let r = records(&path);
    assert_eq!(r.len(), hostile.len() * 2);
    for (i, m) in hostile.iter().enumerate() {
        let a = &r[2 * i];
        assert_eq!((&a.exception, &a.msg, &a.detail), (m, m, m), "{i}");
        assert_eq!(a.error_code, "500");
        let b = &r[2 * i + 1];
        assert_eq!(
            (b.exception.as_str(), &b.msg, b.detail.as_str()),
            (format!("E{i}").as_str(), m, "")
        );
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn c_abi_write_with_null_and_non_utf8_fields() {
    let dir = scratch("c-abi");
    let path = cs(dir.join("a/b/aws.log").to_str().unwrap());
    // SAFETY (whole test): every pointer is NULL or a live NUL-terminated string,
    // and the handle is used only between open and close.
    unsafe {
        let log = aws_error_log_open(path.as_ptr());
        assert!(!log.is_null());
        let class = cs("com.actionsoft.exception.AWSForbiddenException");
        let msg = CString::new(b"bad \xff byte \xe4\xb8 and \"quote\"\n".to_vec()).unwrap();
        let detail = CString::new(b"at x\n\tat \xc3y".to_vec()).unwrap();
        assert_eq!(
            aws_error_log_write(log, 403, class.as_ptr(), msg.as_ptr(), detail.as_ptr()),
            0
        );
        assert_eq!(
            aws_error_log_write(log, 500, ptr::null(), ptr::null(), ptr::null()),
            0
        );
        assert_eq!(
            aws_error_log_write(log, 600, ptr::null(), ptr::null(), ptr::null()),
            AWS_ERROR_ERR_CODE_OUT_OF_RANGE
        );
        assert_eq!(
            aws_error_log_write(log, 0, class.as_ptr(), msg.as_ptr(), ptr::null()),
            AWS_ERROR_ERR_CODE_OUT_OF_RANGE
        );
        assert_eq!(
            aws_error_log_write(ptr::null_mut(), 500, ptr::null(), ptr::null(), ptr::null()),
            AWS_ERROR_ERR_NULL
        );
        aws_error_log_close(log);
        aws_error_log_close(ptr::null_mut());

        assert!(aws_error_log_open(ptr::null()).is_null());
        assert!(aws_error_log_open(cs("").as_ptr()).is_null());
        // A folder is not a file; a file is not a folder.
        assert!(aws_error_log_open(cs(dir.to_str().unwrap()).as_ptr()).is_null());
        let under_file = dir.join("a/b/aws.log/x.log");
        assert!(
            aws_error_log_open_with(cs(under_file.to_str().unwrap()).as_ptr(), 10, 1).is_null()
        );
    }
    let r = records(&dir.join("a/b/aws.log"));
    assert_eq!(r.len(), 2);
    assert_eq!(
        r[0].exception,
        "com.actionsoft.exception.AWSForbiddenException"
    );
    // One U+FFFD per bad byte: the truncated sequence \xe4\xb8 leaves two.
    assert_eq!(
        r[0].msg,
        "bad \u{fffd} byte \u{fffd}\u{fffd} and \"quote\"\n"
    );
    assert_eq!(r[0].detail, "at x\n\tat \u{fffd}y");
    assert_eq!(
        (r[0].level.as_str(), r[0].error_code.as_str()),
        ("WARN", "403")
    );
    assert_eq!(
        (
            r[1].exception.as_str(),
            r[1].msg.as_str(),
            r[1].detail.as_str()
        ),
        ("", "", "")
    );
    assert_eq!(r[1].level, "ERR");
    fs::remove_dir_all(&dir).unwrap();
}

/// Checks a many-thread run: every record exactly once, each file within bounds.
fn check_concurrent(path: &Path, threads: usize, per: usize, max_bytes: u64) {
    let files = journal_files(path);
    assert!(files.len() > 10, "rolling happened: {} files", files.len());
    for f in &files {
        let len = fs::metadata(f).unwrap().len();
        assert!(len <= max_bytes, "{f:?} is {len} bytes");
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut last_per_thread = vec![None::<usize>; threads];
    for e in records(path) {
        *seen.entry(e.msg.clone()).or_default() += 1;
        // Within one thread records keep their order across the rolled files.
        let (t, i) = e.msg.split_once('-').unwrap();
        let (t, i): (usize, usize) = (t[1..].parse().unwrap(), i.parse().unwrap());
        assert!(
            last_per_thread[t].is_none_or(|p| p < i),
            "order of thread {t}"
        );
        last_per_thread[t] = Some(i);
        assert_eq!(e.detail, format!("line1\nline2 {}", e.msg));
    }
    assert_eq!(seen.len(), threads * per, "every record found");
    assert!(seen.values().all(|&n| n == 1), "no record twice");
}

#[test]
fn eight_threads_with_rolling_lose_and_tear_nothing() {
    let dir = scratch("threads");
    let path = dir.join("aws.log");
    let max = 64 * 1024;
    let j = Arc::new(Journal::open_with(&path, max, 1000).unwrap());
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let j = Arc::clone(&j);
            thread::spawn(move || {
                for i in 0..2000 {
                    let id = format!("t{t}-{i}");
                    let code = [500, 403, 760][i % 3];
                    j.write(code, "com.a.E", &id, &format!("line1\nline2 {id}"))
                        .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    check_concurrent(&path, 8, 2000, max);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn eight_threads_through_the_c_abi() {
    let dir = scratch("threads-c");
    let path = dir.join("aws.log");
    let max = 64 * 1024;
    let cpath = cs(path.to_str().unwrap());
    // SAFETY: a live NUL-terminated path.
    let log = Handle(unsafe { aws_error_log_open_with(cpath.as_ptr(), max, 1000) });
    assert!(!log.0.is_null());
    let handles: Vec<_> = (0..8)
        .map(|t| {
            thread::spawn(move || {
                let log = log;
                let class = cs("com.a.E");
                for i in 0..2000 {
                    let id = cs(&format!("t{t}-{i}"));
                    let detail = cs(&format!("line1\nline2 t{t}-{i}"));
                    // SAFETY: live handle (closed after join) and live strings.
                    let rc = unsafe {
                        aws_error_log_write(
                            log.0,
                            500,
                            class.as_ptr(),
                            id.as_ptr(),
                            detail.as_ptr(),
                        )
                    };
                    assert_eq!(rc, 0);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    // SAFETY: every writer has joined.
    unsafe { aws_error_log_close(log.0) };
    check_concurrent(&path, 8, 2000, max);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn rolling_keeps_n_backups_and_drops_the_oldest() {
    let dir = scratch("roll");
    let path = dir.join("aws.log");
    let j = Journal::open_with(&path, 1000, 3).unwrap();
    for i in 0..200 {
        j.write(500, "E", &format!("{i:04}"), "").unwrap();
    }
    assert!(path.exists());
    for n in 1..=3 {
        assert!(backup_path(&path, n).exists(), "aws.log.{n}");
    }
    assert!(!backup_path(&path, 4).exists(), "never more than 3 backups");
    assert_eq!(journal_files(&path).len(), 4);
    for f in journal_files(&path) {
        assert!(fs::metadata(&f).unwrap().len() <= 1000, "{f:?}");
    }
    // What is left is the newest records, in order, ending with the last one.
    let got: Vec<u32> = records(&path)
        .iter()
        .map(|e| e.msg.parse().unwrap())
        .collect();
    assert_eq!(*got.last().unwrap(), 199);
    assert!(got.len() < 200 && got.len() > 10, "{}", got.len());
    assert!(
        got.windows(2).all(|w| w[1] == w[0] + 1),
        "contiguous: {got:?}"
    );
    // aws.log.3 holds the oldest of them.
    let oldest = fs::read_to_string(backup_path(&path, 3)).unwrap();
    assert!(oldest.contains(&format!("\"msg\":\"{:04}\"", got[0])));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn zero_backups_truncates_and_big_records_get_their_own_file() {
    let dir = scratch("zero");
    let path = dir.join("aws.log");
    let j = Journal::open_with(&path, 500, 0).unwrap();
    for i in 0..50 {
        j.write(500, "E", &format!("r{i}"), "").unwrap();
    }
    assert!(!backup_path(&path, 1).exists());
    assert!(fs::metadata(&path).unwrap().len() <= 500);
    assert_eq!(records(&path).last().unwrap().msg, "r49");

    let path2 = dir.join("big.log");
    let j = Journal::open_with(&path2, 500, 5).unwrap();
    j.write(500, "E", "small", "").unwrap();
    let big = "z".repeat(2000);
    j.write(500, "E", &big, "").unwrap();
    j.write(500, "E", "after", "").unwrap();
    let sizes: Vec<u64> = journal_files(&path2)
        .iter()
        .map(|f| fs::metadata(f).unwrap().len())
        .collect();
    assert_eq!(sizes.len(), 3, "small | big alone | after: {sizes:?}");
    assert!(
        sizes[1] > 2000 && sizes[0] < 500 && sizes[2] < 500,
        "{sizes:?}"
    );
    let msgs: Vec<String> = records(&path2).into_iter().map(|e| e.msg).collect();
    assert_eq!(msgs, ["small", big.as_str(), "after"]);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn io_error_then_recovery() {
    let dir = scratch("io");
    let logs = dir.join("logs");
    let path = logs.join("aws.log");
    let j = Journal::open(&path).unwrap();
    j.write(500, "E", "before", "").unwrap();

    // The whole folder removed mid-run: the next write recreates it.
    fs::remove_dir_all(&dir).unwrap();
    j.write(500, "E", "after-rmdir", "").unwrap();
    assert_eq!(
        records(&path)
            .iter()
            .map(|e| e.msg.as_str())
            .collect::<Vec<_>>(),
        ["after-rmdir"]
    );

    // Only the file removed: the record goes to a new file, not to the unlinked one.
    fs::remove_file(&path).unwrap();
    j.write(500, "E", "after-rm", "").unwrap();
    assert_eq!(records(&path)[0].msg, "after-rm");

    // The folder cannot be created (a file is in the way): Io, no crash, and the
    // C ABI says the same.
    fs::remove_dir_all(&dir).unwrap();
    fs::create_dir_all(&dir).unwrap();
    fs::write(&logs, b"in the way").unwrap();
    assert_eq!(j.write(500, "E", "lost", ""), Err(Error::Io));
    assert_eq!(j.write(403, "E", "lost too", ""), Err(Error::Io));
    let cpath = cs(path.to_str().unwrap());
    // SAFETY (block): live strings; the handle is only used between open and close.
    let c = unsafe {
        let log = aws_error_log_open(cpath.as_ptr());
        assert!(log.is_null(), "cannot open under a file");
        let log = Handle(aws_error_log_open(
            cs(dir.join("other.log").to_str().unwrap()).as_ptr(),
        ));
        assert!(!log.0.is_null());
        log
    };
    fs::remove_dir_all(&dir).unwrap();
    fs::write(&dir, b"now the parent is a file").unwrap();
    // SAFETY: live handle.
    assert_eq!(
        unsafe { aws_error_log_write(c.0, 500, ptr::null(), ptr::null(), ptr::null()) },
        AWS_ERROR_ERR_IO
    );

    // The cause goes away: writing resumes on both.
    fs::remove_file(&dir).unwrap();
    j.write(500, "E", "recovered", "").unwrap();
    // SAFETY: live handle, then closed once.
    unsafe {
        assert_eq!(
            aws_error_log_write(c.0, 500, ptr::null(), ptr::null(), ptr::null()),
            0
        );
        aws_error_log_close(c.0);
    }
    let msgs: Vec<String> = records(&path).into_iter().map(|e| e.msg).collect();
    assert_eq!(msgs, ["recovered"], "failed records were not half-written");
    assert_eq!(records(&dir.join("other.log")).len(), 1);
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(target_os = "linux")]
#[test]
fn disk_full_is_an_io_error() {
    // /dev/full fails every write with ENOSPC.
    let j = Journal::open("/dev/full").unwrap();
    assert_eq!(j.write(500, "E", "m", "d"), Err(Error::Io));
    assert_eq!(j.write(500, "E", "m", "d"), Err(Error::Io));
}

#[test]
fn torn_last_line_does_not_swallow_the_next_record() {
    let dir = scratch("torn");
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join("aws.log");
    fs::write(&path, b"{\"time\":\"2026-01-01 00:00:00.000\",\"lev").unwrap();
    let j = Journal::open(&path).unwrap();
    j.write(500, "E", "whole", "").unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let last = text.lines().last().unwrap();
    assert_eq!(parse_line(last).unwrap().msg, "whole");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn two_journals_on_one_file_append_whole_records() {
    // Two handles stand in for two processes: O_APPEND keeps each record whole.
    let dir = scratch("two");
    let path = dir.join("aws.log");
    let a = Arc::new(Journal::open(&path).unwrap());
    let b = Arc::new(Journal::open(&path).unwrap());
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let j = Arc::clone(if t % 2 == 0 { &a } else { &b });
            thread::spawn(move || {
                for i in 0..500 {
                    j.write(500, "E", &format!("t{t}-{i}"), &"d".repeat(i))
                        .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let r = records(&path);
    assert_eq!(r.len(), 4000);
    let mut ids: Vec<&str> = r.iter().map(|e| e.msg.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 4000);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn defaults_are_the_platform_log4j_settings() {
    assert_eq!(DEFAULT_MAX_BYTES, 20 * 1024 * 1024);
    assert_eq!(DEFAULT_BACKUPS, 20);
}

/// Calls aws_error_log_path and returns (result, buffer text).
fn c_log_path(dir: Option<&[u8]>, inst: Option<&[u8]>, cap: usize) -> (i32, String) {
    let dir = dir.map(|d| CString::new(d).unwrap());
    let inst = inst.map(|i| CString::new(i).unwrap());
    let p = |c: &Option<CString>| c.as_ref().map_or(ptr::null(), |c| c.as_ptr());
    let mut buf = vec![b'#'; cap];
    let bufp = if cap == 0 {
        ptr::null_mut()
    } else {
        buf.as_mut_ptr() as *mut c_char
    };
    // SAFETY: strings are NULL or live; buf is writable for cap bytes.
    let rc = unsafe { aws_error_log_path(p(&dir), p(&inst), bufp, cap) };
    let text = buf.split(|&b| b == 0).next().unwrap();
    (rc, String::from_utf8_lossy(text).into_owned())
}

#[test]
fn cluster_naming() {
    let logs = Path::new("/opt/aws/logs");
    assert_eq!(
        journal_path(logs, None).unwrap(),
        Path::new("/opt/aws/logs/aws.log")
    );
    assert_eq!(
        journal_path(logs, Some("aws-node1")).unwrap(),
        Path::new("/opt/aws/logs/aws-node1.log")
    );
    assert_eq!(journal_path(logs, Some("../x")), Err(Error::BadInstance));

    let d: Option<&[u8]> = Some(b"/opt/aws/logs");
    assert_eq!(
        c_log_path(d, None, 64),
        (21, "/opt/aws/logs/aws.log".into())
    );
    assert_eq!(
        c_log_path(d, Some(b""), 64),
        (21, "/opt/aws/logs/aws.log".into())
    );
    assert_eq!(
        c_log_path(d, Some(b"n1"), 64),
        (20, "/opt/aws/logs/n1.log".into())
    );
    // Too small or no buffer: the length, nothing written.
    assert_eq!(c_log_path(d, Some(b"n1"), 20), (20, "#".repeat(20)));
    assert_eq!(c_log_path(d, Some(b"n1"), 0).0, 20);
    assert_eq!(
        c_log_path(d, Some(b"n1"), 21),
        (20, "/opt/aws/logs/n1.log".into())
    );
    assert_eq!(
        c_log_path(d, Some(b"a/b"), 64).0,
        AWS_ERROR_ERR_BAD_INSTANCE
    );
    assert_eq!(
        c_log_path(d, Some(b"a\\b"), 64).0,
        AWS_ERROR_ERR_BAD_INSTANCE
    );
    assert_eq!(c_log_path(d, Some(b".."), 64).0, AWS_ERROR_ERR_BAD_INSTANCE);
    assert_eq!(
        c_log_path(d, Some(b"\xff"), 64).0,
        AWS_ERROR_ERR_INVALID_UTF8
    );
    assert_eq!(c_log_path(None, None, 64).0, AWS_ERROR_ERR_NULL);
    assert_eq!(c_log_path(Some(b""), None, 64).0, AWS_ERROR_ERR_EMPTY);
}

#[test]
fn record_line_is_the_documented_format() {
    use aws_error::journal::record_line;
    use std::time::{Duration, UNIX_EPOCH};
    let t = UNIX_EPOCH + Duration::from_millis(1_764_780_029_123); // 2025-12-03 16:40:29.123 UTC
    let line = record_line(t, 550, "BPMNError", "say \"hi\"", "a\nb").unwrap();
    assert_eq!(
        line,
        "{\"time\":\"2025-12-03 16:40:29.123\",\"level\":\"ERR\",\"errorCode\":\"550\",\"category\":\"server\",\"exception\":\"BPMNError\",\"msg\":\"say \\\"hi\\\"\",\"detail\":\"a\\nb\"}\n"
    );
    let e = parse_line(line.trim_end()).unwrap();
    assert_eq!(
        (e.code(), e.msg.as_str(), e.detail.as_str()),
        (Some(550), "say \"hi\"", "a\nb")
    );
    assert!(record_line(t, 404, "", "", "")
        .unwrap()
        .contains("\"level\":\"WARN\""));
    assert_eq!(record_line(t, 600, "", "", ""), Err(Error::CodeOutOfRange));
    assert!(parse_line("").is_none());
    assert!(parse_line("{\"time\":\"x\"}").is_none());
    assert!(parse_line("not json").is_none());
}

#[test]
fn header_declares_the_journal_and_response_abi() {
    // Whitespace-insensitive: cbindgen wraps long declarations.
    let h = include_str!("../include/aws_error.h")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for decl in [
        "typedef struct AwsErrorLog AwsErrorLog;",
        "char *aws_response_error_json(int32_t code, const char *msg);",
        "void aws_error_string_free(char *s);",
        "int32_t aws_response_error_code(const char *body);",
        "struct AwsErrorLog *aws_error_log_open(const char *path);",
        "struct AwsErrorLog *aws_error_log_open_with(const char *path, uint64_t max_bytes, uint32_t backups);",
        "void aws_error_log_close(struct AwsErrorLog *log);",
        "int32_t aws_error_log_path(const char *logs_dir, const char *instance, char *buf, size_t buf_len);",
    ] {
        assert!(h.contains(decl), "missing: {decl}");
    }
    assert!(h.contains("int32_t aws_error_log_write(struct AwsErrorLog *log,"));
    assert!(!h.contains("struct AwsErrorLog {"), "stays opaque");
}

#[test]
fn too_many_backups_and_fifos_are_refused() {
    // Found by a hostile trial: a huge backup count made every roll stall all writers.
    let dir = std::env::temp_dir().join(format!("aws-error-refuse-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("aws.log");
    assert_eq!(
        Journal::open_with(&p, 10, aws_error::journal::MAX_BACKUPS + 1).err(),
        Some(Error::OutOfRange)
    );
    assert!(Journal::open_with(&p, 10, aws_error::journal::MAX_BACKUPS).is_ok());
    let c = CString::new(p.to_str().unwrap()).unwrap();
    assert!(unsafe { aws_error_log_open_with(c.as_ptr(), 10, u32::MAX) }.is_null());
    // A FIFO would block a writer for ever once its buffer fills.
    let fifo = dir.join("fifo.log");
    let mk = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(mk.success());
    assert_eq!(Journal::open(&fifo).err(), Some(Error::Io));
    // A character device is fine (e.g. /dev/null to discard records).
    let null = Journal::open("/dev/null").unwrap();
    null.write(500, "E", "m", "").unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}
