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
