//! The catalogue against the table (../shared/reference/000_c92474a626ec6cc3.txt)
//! and platform-facts.md: codes, verbatim names, exceptions, scope and flags.

use aws_error::{all, category_of, info, Advice, Category, ErrorCode, Lang, Scope, Source};

/// (code, 中文名, English name, first exception) straight from the table, plus the
/// four APIErrorCode extras from platform-facts.md.
const TABLE: &[(i32, &str, &str, Option<&str>)] = &[
    (
        400,
        "错误的参数请求",
        "Bad Request",
        Some("AWSIllegalArgumentException"),
    ),
    (401, "未授权被拒绝", "Unauthorized", None),
    (
        403,
        "访问被拒绝",
        "Forbidden",
        Some("AWSForbiddenException"),
    ),
    (
        404,
        "找不到资源对象",
        "Not Find Resource",
        Some("AWSObjectNotFindException"),
    ),
    (405, "请求方法不允许", "Method Not Allowed", None),
    (408, "资源请求超时", "Request Timeout", None),
    (409, "负载过重", "Server Overload", None),
    (410, "熔断", "Circuit-Breaker", None),
    (
        500,
        "内部错误",
        "Internal Server Error",
        Some("AWSException"),
    ),
    (502, "重复的请求", "Duplicated request", None),
    (503, "服务不可用", "Service Unavailable", None),
    (520, "引擎错误", "Engine Error", Some("AWSEngineException")),
    (
        521,
        "传输转换错误",
        "Transfer Error",
        Some("AWSTransferException"),
    ),
    (
        530,
        "应用容器错误",
        "App Container Error",
        Some("AppContainerException"),
    ),
    (
        540,
        "应用商店错误",
        "AppStore Error",
        Some("AppStoreException"),
    ),
    (550, "业务错误", "BPMN Error", Some("BPMNError")),
    (
        590,
        "AWS Instance Server连接失败",
        "AWS Instance Server Connection Failed",
        None,
    ),
    (
        591,
        "处理AWS Instance Server响应时发生错误",
        "AWS Instance Server Response Error",
        None,
    ),
    (760, "服务正在启动", "Instance Starting", None),
    (761, "服务正在关闭", "Instance Stoping", None),
    (762, "服务脱机", "Instance Offline", None),
    (770, "应用正在启动", "App Starting", None),
    (771, "应用正在关闭", "App Stoping", None),
    (772, "应用脱机", "App Offline", None),
    (773, "应用已卸载", "App Uninstall", None),
    (774, "应用出错暂停", "App Failed", None),
    (
        800,
        "许可配额限制",
        "Quota Limit",
        Some("AWSQuotaException"),
    ),
];

#[test]
fn has_exactly_the_27_codes_ascending() {
    let codes: Vec<i32> = all().iter().map(|e| e.code()).collect();
    let expected: Vec<i32> = TABLE.iter().map(|t| t.0).collect();
    assert_eq!(codes, expected);
    assert_eq!(all().len(), 27);
}

#[test]
fn names_and_exceptions_are_the_tables_verbatim() {
    for &(code, zh, en, exc) in TABLE {
        let e = info(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(e.code(), code);
        assert_eq!(e.name_zh(), zh, "{code}");
        assert_eq!(e.name_en(), en, "{code}");
        assert_eq!(e.exception(), exc, "{code}");
        assert_eq!(ErrorCode::new(code).name(Lang::Zh), zh);
        assert_eq!(ErrorCode::new(code).name(Lang::En), en);
    }
}

#[test]
fn engine_error_names_both_table_classes() {
    let e = info(520).unwrap();
    let all: Vec<&str> = e.exceptions().collect();
    assert_eq!(all, ["AWSEngineException", "AWSExpressionException"]);
}

#[test]
fn categories_follow_the_first_digit() {
    for e in all() {
        let expected = match e.code() / 100 {
            4 => Category::Client,
            5 => Category::Server,
            7 => Category::Availability,
            8 => Category::Quota,
            _ => unreachable!(),
        };
        assert_eq!(e.category(), expected);
    }
    assert_eq!(category_of(456), Category::Client);
    assert_eq!(category_of(599), Category::Server);
    assert_eq!(category_of(700), Category::Availability);
    assert_eq!(category_of(899), Category::Quota);
    for bad in [
        100,
        302,
        600,
        999,
        99,
        1000,
        0,
        -1,
        -404,
        i32::MIN,
        i32::MAX,
        4,
        40,
        4000,
    ] {
        assert_eq!(category_of(bad), Category::Invalid, "{bad}");
    }
}

#[test]
fn scope_is_web_layer_only_for_the_tables_web_codes() {
    for e in all() {
        let web = matches!(e.code(), 401 | 405 | 408 | 590 | 591);
        let want = if web { Scope::WebLayer } else { Scope::Server };
        assert_eq!(e.scope(), want, "{}", e.code());
    }
}

#[test]
fn resend_safe_only_where_the_request_was_not_executed() {
    for e in all() {
        let c = e.code();
        let safe = matches!(c, 590 | 591 | 760..=762 | 770..=774 | 800);
        assert_eq!(e.resend_safe(), safe, "{c}");
    }
}

#[test]
fn in_response_where_the_table_says_responseobject() {
    let in_resp = [
        400, 401, 403, 500, 760, 761, 762, 770, 771, 772, 773, 774, 800,
    ];
    for e in all() {
        assert_eq!(e.in_response(), in_resp.contains(&e.code()), "{}", e.code());
    }
}

#[test]
fn advice_follows_the_tables_instructions() {
    let cases = [
        (400, Advice::FixRequest),
        (403, Advice::DoNotRetry),
        (500, Advice::CheckAwsLog),
        (520, Advice::CheckAwsLog),
        (521, Advice::CheckAwsLog),
        (530, Advice::CheckAwsLog),
        (540, Advice::CheckAwsLog),
        (550, Advice::ContactBusinessDeveloper),
        (760, Advice::RetryLater),
        (770, Advice::RetryLater),
        (761, Advice::DoNotRetry),
        (771, Advice::DoNotRetry),
        (762, Advice::ContactAdministrator),
        (773, Advice::IgnoreOrRestoreApp),
        (774, Advice::CheckAppLog),
    ];
    for (code, advice) in cases {
        assert_eq!(info(code).unwrap().advice(), advice, "{code}");
    }
}

#[test]
fn the_four_extras_are_marked_as_platform_extras() {
    for e in all() {
        let extra = matches!(e.code(), 409 | 410 | 502 | 503);
        let want = if extra {
            Source::PlatformExtra
        } else {
            Source::Table
        };
        assert_eq!(e.source(), want, "{}", e.code());
    }
}

#[test]
fn descriptions_exist_in_both_languages() {
    for e in all() {
        assert!(e.description_zh().chars().count() >= 8, "{}", e.code());
        assert!(e.description_en().len() >= 20, "{}", e.code());
        assert!(!e.description_en().contains('\0') && !e.description_zh().contains('\0'));
        assert_ne!(e.description_zh(), e.description_en());
    }
}

#[test]
fn unknown_codes_answer_with_fixed_texts() {
    for code in [0, 456, 600, 999, -1, i32::MIN, i32::MAX] {
        let c = ErrorCode::new(code);
        assert!(!c.is_known());
        assert!(c.info().is_none());
        assert_eq!(c.name(Lang::Zh), "未知错误码");
        assert_eq!(c.name(Lang::En), "unknown error code");
        assert_eq!(c.describe(Lang::En), "unknown error code");
    }
    assert_eq!(Lang::from_c(0), Lang::Zh);
    assert_eq!(Lang::from_c(1), Lang::En);
    assert_eq!(Lang::from_c(-7), Lang::En);
}
