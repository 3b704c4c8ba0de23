//! The `aws-error` CLI, run as a user would.

use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aws-error"))
        .args(args)
        .output()
        .expect("run aws-error")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn describe_in_both_languages() {
    let o = cli(&["describe", "404"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("404 Not Find Resource\n"), "{out}");
    assert!(out.contains("AWSObjectNotFindException"));
    let o = cli(&["describe", "550", "--lang", "zh"]);
    assert!(stdout(&o).starts_with("550 业务错误\n"));
    let o = cli(&["describe", "--lang=zh", "590"]);
    assert!(stdout(&o).starts_with("590 AWS Instance Server连接失败\n"));
}

#[test]
fn describe_json_has_every_field() {
    let o = cli(&["describe", "761", "--json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["code"], 761);
    assert_eq!(v["name_zh"], "服务正在关闭");
    assert_eq!(v["name_en"], "Instance Stoping");
    assert_eq!(v["category"], "availability");
    assert_eq!(v["exception"], serde_json::Value::Null);
    assert_eq!(v["resend_safe"], true);
    assert_eq!(v["advice"], "do_not_retry");
    assert_eq!(v["scope"], "server");
}

#[test]
fn list_shows_the_whole_catalogue() {
    let o = cli(&["list", "--json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let entries = v.as_array().unwrap();
    assert_eq!(entries.len(), 27);
    assert_eq!(entries[0]["code"], 400);
    assert_eq!(entries[0]["name_zh"], "错误的参数请求");
    assert_eq!(entries[26]["code"], 800);
    assert_eq!(
        entries[11]["exceptions"],
        serde_json::json!(["AWSEngineException", "AWSExpressionException"])
    );
    let text = stdout(&cli(&["list"]));
    assert_eq!(text.lines().count(), 28);
    assert!(text.contains("AWSQuotaException"));
    assert!(text.contains("许可配额限制 (Quota Limit)"));
}

#[test]
fn exception_applies_the_chain_rule() {
    let o = cli(&[
        "exception",
        "com.acme.TaskLocked",
        "com.actionsoft.exception.AWSForbiddenException",
        "com.actionsoft.exception.AWSException",
        "java.lang.RuntimeException",
    ]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("403 访问被拒绝 (Forbidden)\n"), "{out}");
    assert!(out.contains("matched com.actionsoft.exception.AWSForbiddenException"));
    let out = stdout(&cli(&["exception", "java.lang.NullPointerException"]));
    assert!(out.starts_with("500 内部错误"), "{out}");
    let o = cli(&["exception", "com/actionsoft/exception/BPMNError", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["code"], "550");
}

#[test]
fn bad_input_gets_a_message_and_nonzero_exit() {
    for (args, status, needle) in [
        (&["describe", "abc"][..], 2, "not an integer"),
        (&["describe", "456"][..], 1, "unknown error code"),
        (&["describe"][..], 2, "exactly one CODE"),
        (
            &["describe", "404", "--lang", "fr"][..],
            2,
            "unknown language",
        ),
        (&["exception"][..], 2, "at least one CLASS"),
        (&["exception", "com..B"][..], 2, "not a Java class name"),
        (&["frobnicate"][..], 2, "unknown command"),
        (&[][..], 2, "no command"),
        (&["list", "--bogus"][..], 2, "unknown option"),
    ] {
        let o = cli(args);
        assert_eq!(o.status.code(), Some(status), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn parse_reads_platform_bodies() {
    let dir = std::env::temp_dir().join(format!("aws-error-cli-parse-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: [(&str, i32, &str); 5] = [
        (
            r#"{"result":"error","errorCode":"404","msg":"流程定义未找到。processDefinitionId:p1"}"#,
            0,
            "errorCode: 404 找不到资源对象 (Not Find Resource)",
        ),
        (
            r#"{"data":"Hi, AWS PaaS!","result":"ok"}"#,
            0,
            "errorCode: none",
        ),
        (
            r#"<result type="error" errorCode="774" msg="app failed" />"#,
            0,
            "errorCode: 774 应用出错暂停 (App Failed)",
        ),
        (
            r#"{"result":"error","errorCode":"ERR_WPLY"}"#,
            1,
            "app-defined code",
        ),
        (r#"{"result":"error","#, 2, "not a ResponseObject body"),
    ];
    for (i, (body, status, needle)) in cases.iter().enumerate() {
        let f = dir.join(format!("body{i}"));
        std::fs::write(&f, body).unwrap();
        let o = cli(&["parse", f.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(*status), "{body}");
        let all = format!("{}{}", stdout(&o), String::from_utf8_lossy(&o.stderr));
        assert!(all.contains(needle), "{body}: {all}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn log_shows_and_filters_a_rolled_journal() {
    let dir = std::env::temp_dir().join(format!("aws-error-cli-log-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("logs").join("aws.log");
    // Small files so the records roll into aws.log.1, aws.log.2.
    let j = aws_error::journal::Journal::open_with(&path, 600, 5).unwrap();
    let records = [
        (
            403,
            "com.actionsoft.exception.AWSForbiddenException",
            "流程已经挂起，操作被拒绝",
        ),
        (
            404,
            "com.actionsoft.exception.AWSObjectNotFindException",
            "流程定义未找到。processDefinitionId:p1",
        ),
        (550, "com.actionsoft.exception.BPMNError", "User biz error"),
        (500, "java.lang.NullPointerException", "line one\nline two"),
        (774, "", "app failed"),
    ];
    for (code, class, msg) in records {
        j.write(
            code,
            class,
            msg,
            "at com.acme.App.run(App.java:1)\nat java.lang.Thread.run",
        )
        .unwrap();
    }
    drop(j);
    assert!(dir.join("logs/aws.log.1").exists(), "the journal rolled");
    let p = path.to_str().unwrap();
    let out = stdout(&cli(&["log", p]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert!(lines[0].contains("WARN 403 Forbidden | com.actionsoft.exception.AWSForbiddenException | 流程已经挂起，操作被拒绝"), "{out}");
    assert!(
        lines[3].contains("ERR  500 Internal Server Error")
            && lines[3].contains("line one\\nline two"),
        "{out}"
    );
    let server = stdout(&cli(&["log", p, "--category", "server"]));
    assert_eq!(server.lines().count(), 2, "{server}");
    let only = stdout(&cli(&["log", p, "--code", "550", "--json"]));
    let v: serde_json::Value = serde_json::from_str(only.trim()).unwrap();
    assert_eq!(v["errorCode"], "550");
    assert_eq!(v["msg"], "User biz error");
    let o = cli(&["log", dir.join("missing.log").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let o = cli(&["log", p, "--category", "bogus"]);
    assert_eq!(o.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn output_errors_are_reported_not_panicked() {
    use std::process::Stdio;
    // A full device: a message and status 2, no panic.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_aws-error"))
        .args(["list", "--json"])
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // A reader that closes early (`| head -1`): quiet success, no panic.
    let mut child = Command::new(env!("CARGO_BIN_EXE_aws-error"))
        .args(["list", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(o.status.code(), Some(0), "{err}");
}

#[test]
fn journal_and_body_text_cannot_forge_output_lines() {
    let dir = std::env::temp_dir().join(format!("aws-error-cli-forge-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("aws.log");
    let j = aws_error::journal::Journal::open(&path).unwrap();
    let forged =
        "x\n2099-01-01 00:00:00.000 WARN 403 Forbidden | forged.Exception | \u{1b}[31mforged";
    j.write(500, forged, "real\u{1b}[2J message", "").unwrap();
    drop(j);
    let out = stdout(&cli(&["log", path.to_str().unwrap()]));
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(
        out.contains("x\\n2099-01-01") && out.contains("\\u{1b}[31mforged"),
        "{out}"
    );
    let body = dir.join("body.json");
    std::fs::write(
        &body,
        r#"{"result":"error","errorCode":"403","msg":"a\u001b[2J\nforged: x"}"#,
    )
    .unwrap();
    let out = stdout(&cli(&["parse", body.to_str().unwrap()]));
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.contains("msg: a\\u{1b}[2J\\nforged: x"), "{out}");
    // App-defined and unknown numeric codes: status 1, as for describe.
    for (code, needle) in [
        ("1", "not a platform code"),
        ("600", "not a platform code"),
        ("0", "not a platform code"),
        ("-5", "app-defined"),
    ] {
        std::fs::write(
            &body,
            format!(r#"{{"result":"error","errorCode":"{code}"}}"#),
        )
        .unwrap();
        let o = cli(&["parse", body.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{code}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains(needle),
            "{code}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
