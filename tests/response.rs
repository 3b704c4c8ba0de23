//! ResponseObject bodies through the Rust core and through the C ABI.

use aws_error::ffi::{
    aws_error_string_free, aws_response_error_code, aws_response_error_json,
    AWS_ERROR_ERR_CODE_OVERFLOW, AWS_ERROR_ERR_MALFORMED_BODY, AWS_ERROR_ERR_NON_NUMERIC_CODE,
    AWS_ERROR_ERR_NULL,
};
use aws_error::response::{error_code_of, error_json, parse_body, Body, Outcome};
use aws_error::Error;
use serde_json::json;
use std::ffi::{c_char, CStr, CString};

/// Messages meant to break quoting, escaping or line framing.
fn hostile() -> Vec<String> {
    let all_controls: String = (1u8..0x20).map(char::from).chain(['\u{7f}']).collect();
    vec![
        String::new(),
        "plain".into(),
        r#"quote " and backslash \ and \" and \\"#.into(),
        "line\nbreak\r\nand\rcarriage".into(),
        "tab\tform\u{c}feed\u{8}backspace".into(),
        all_controls,
        r#"","errorCode":"200","msg":""#.into(),
        "\"}\n{\"result\":\"ok\"}".into(),
        "<result type=\"ok\" errorCode=\"\"/> &amp; &lt; ' \" ]]> <!-- -->".into(),
        "流程已经挂起，操作被拒绝".into(),
        "emoji 🚀 and U+2028 \u{2028} U+2029 \u{2029} BOM \u{feff} nbsp \u{a0}".into(),
        "\u{fffd}\u{ffff}\u{10ffff}".into(),
        "x".repeat(100_000),
    ]
}

/// Calls the C function and takes ownership of its result.
fn c_error_json(code: i32, msg: Option<&[u8]>) -> Option<String> {
    let owned = msg.map(|m| CString::new(m).unwrap());
    let ptr = owned.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    // SAFETY: ptr is NULL or a live NUL-terminated string.
    let out = unsafe { aws_response_error_json(code, ptr) };
    if out.is_null() {
        return None;
    }
    // SAFETY: non-NULL result of aws_response_error_json, freed right after.
    let s = unsafe { CStr::from_ptr(out) }.to_str().unwrap().to_owned();
    // SAFETY: returned by the library, freed once.
    unsafe { aws_error_string_free(out) };
    Some(s)
}

fn c_code(body: &[u8]) -> i32 {
    let c = CString::new(body).unwrap();
    // SAFETY: a live NUL-terminated string.
    unsafe { aws_response_error_code(c.as_ptr()) }
}

#[test]
fn error_body_is_the_platform_shape() {
    assert_eq!(
        error_json(403, "denied").unwrap(),
        r#"{"result":"error","errorCode":"403","msg":"denied"}"#
    );
    assert_eq!(
        c_error_json(500, None).unwrap(),
        r#"{"result":"error","errorCode":"500","msg":""}"#
    );
    assert_eq!(
        c_error_json(456, Some(b"x")).unwrap(),
        r#"{"result":"error","errorCode":"456","msg":"x"}"#
    );
    for bad in [
        0,
        1,
        99,
        100,
        399,
        600,
        699,
        900,
        1000,
        -403,
        i32::MIN,
        i32::MAX,
    ] {
        assert_eq!(error_json(bad, "m"), Err(Error::CodeOutOfRange), "{bad}");
        assert_eq!(c_error_json(bad, Some(b"m")), None, "{bad}");
    }
}

#[test]
fn builder_shapes() {
    let ok = Body::ok().data(json!("Hi, AWS PaaS!"));
    assert_eq!(ok.outcome(), Outcome::Ok);
    assert_eq!(
        ok.to_json(),
        r#"{"result":"ok","msg":"","data":"Hi, AWS PaaS!"}"#
    );
    assert_eq!(
        Body::ok().to_xml(),
        r#"<result type="ok" errorCode="" msg="" />"#
    );
    let w = Body::warning().msg("careful").data(json!({"n": [1, 2]}));
    assert_eq!(
        w.to_json(),
        r#"{"result":"warning","msg":"careful","data":{"n":[1,2]}}"#
    );
    assert_eq!(error_code_of(w.to_json().as_bytes()), Ok(0));
    assert_eq!(error_code_of(w.to_xml().as_bytes()), Ok(0));
    let e = Body::error(520).unwrap().msg("engine");
    assert_eq!(e.code().unwrap().as_i32(), 520);
    assert_eq!(
        e.to_xml(),
        r#"<result type="error" errorCode="520" msg="engine" />"#
    );
    assert_eq!(error_code_of(e.to_xml().as_bytes()), Ok(520));
    assert_eq!(Body::error(600), Err(Error::CodeOutOfRange));
}

#[test]
fn hostile_messages_round_trip_exactly() {
    for (i, msg) in hostile().iter().enumerate() {
        for code in [403, 500, 550, 800] {
            let json = error_json(code, msg).unwrap();
            assert!(
                !json.contains('\n') && !json.contains('\r'),
                "one line: {i}"
            );
            let p = parse_body(json.as_bytes()).unwrap();
            assert_eq!(p.msg.as_deref(), Some(msg.as_str()), "json {i}");
            assert_eq!(p.result, "error");
            assert_eq!(p.error_code.as_deref(), Some(code.to_string().as_str()));
            assert_eq!(p.code(), Ok(code));

            let xml = Body::error(code).unwrap().msg(msg.clone()).to_xml();
            let p = parse_body(xml.as_bytes()).unwrap();
            assert_eq!(p.msg.as_deref(), Some(xml_text(msg).as_str()), "xml {i}");
            assert_eq!(p.code(), Ok(code));

            let c = c_error_json(code, Some(msg.as_bytes())).unwrap();
            assert_eq!(c, json, "C and core agree: {i}");
            assert_eq!(c_code(c.as_bytes()), code);
        }
    }
    // NUL only reaches the Rust API; it must still round-trip.
    let nul = "a\0b";
    let p = parse_body(error_json(400, nul).unwrap().as_bytes()).unwrap();
    assert_eq!(p.msg.as_deref(), Some(nul));
    // XML 1.0 cannot carry NUL or the other C0 controls but tab, LF and CR.
    let p = parse_body(Body::error(400).unwrap().msg(nul).to_xml().as_bytes()).unwrap();
    assert_eq!(p.msg.as_deref(), Some("a\u{fffd}b"));
}

#[test]
fn non_utf8_message_is_kept_with_replacement_characters() {
    let json = c_error_json(403, Some(b"ab\xffcd\xc3\x28e\xe4\xb8")).unwrap();
    let p = parse_body(json.as_bytes()).unwrap();
    // One U+FFFD per bad byte (the truncated \xe4\xb8 leaves two).
    assert_eq!(
        p.msg.as_deref(),
        Some("ab\u{fffd}cd\u{fffd}(e\u{fffd}\u{fffd}")
    );
    // A body with bad bytes still gives its code.
    assert_eq!(
        c_code(b"{\"result\":\"error\",\"errorCode\":\"404\",\"msg\":\"\xff\xfe\"}"),
        404
    );
    assert_eq!(
        c_code(b"<result type=\"error\" errorCode=\"404\" msg=\"\xff\"/>"),
        404
    );
}

#[test]
fn real_platform_bodies() {
    let cases: &[(&str, Result<i32, Error>)] = &[
        (r#"{"data":"Hi, AWS PaaS!","result":"ok"}"#, Ok(0)),
        (r#"{"num1":5,"num2":6,"num3":11,"result":"ok"}"#, Ok(0)),
        (
            r#"{"data":{"a":{"b":[1,2,{"c":null}]}},"msg":"","id":":responseobject;","result":"ok"}"#,
            Ok(0),
        ),
        (r#"<result type="ok" errorCode="" msg="" />"#, Ok(0)),
        (r#"<result type="warning" errorCode="" msg="heads up" />"#, Ok(0)),
        (r#"{"result":"warning","msg":"w"}"#, Ok(0)),
        (r#"{"result":"error","errorCode":"403","msg":"流程已经挂起，操作被拒绝"}"#, Ok(403)),
        (r#"{"msg":"x","errorCode":"404","result":"error","extra":[1,{"k":"v"}]}"#, Ok(404)),
        (r#"{"result":"error","errorCode":550,"msg":"biz"}"#, Ok(550)),
        (r#"{"result":"error","errorCode":"ERR_WPLY","msg":"biz"}"#, Err(Error::NonNumericCode)),
        (r#"{"result":"ok","errorCode":"0"}"#, Ok(0)),
        (r#"{"result":"error","errorCode":"1"}"#, Ok(1)),
        (r#"{"result":"error","errorCode":""}"#, Ok(0)),
        (r#"{"result":"error","errorCode":null}"#, Ok(0)),
        (r#"{"result":"error","errorCode":" 409 "}"#, Ok(409)),
        (r#"{"result":"error","errorCode":" +409 "}"#, Ok(409)),
        // Only JSON's and XML's whitespace around a body: not a form feed.
        ("\r\n\t {\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"m\"} \n", Ok(403)),
        ("\u{c}{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"m\"}", Err(Error::MalformedBody)),
        ("<result type=\"error\" errorCode=\"403\"/>\u{c}", Err(Error::MalformedBody)),
        (r#"{"result":"error","errorCode":403.0}"#, Ok(403)),
        (r#"{"result":"error","errorCode":4.5}"#, Err(Error::NonNumericCode)),
        // Read as the nearest double, as documented: digits beyond it are lost.
        (r#"{"result":"error","errorCode":4.03e2}"#, Ok(403)),
        (r#"{"result":"error","errorCode":403.0000000000000001}"#, Ok(403)),
        (r#"{"result":"error","errorCode":1e-400}"#, Ok(0)),
        (r#"{"result":"error","errorCode":1e-320}"#, Err(Error::NonNumericCode)),
        (r#"{"result":"error","errorCode":true}"#, Err(Error::NonNumericCode)),
        (r#"{"result":"error","errorCode":["403"]}"#, Err(Error::NonNumericCode)),
        (r#"{"result":"error","errorCode":"2147483647"}"#, Ok(i32::MAX)),
        (r#"{"result":"error","errorCode":"2147483648"}"#, Err(Error::CodeOverflow)),
        (r#"{"result":"error","errorCode":2147483648}"#, Err(Error::CodeOverflow)),
        (r#"{"result":"error","errorCode":99999999999999999999999}"#, Err(Error::CodeOverflow)),
        (r#"{"result":"error","errorCode":1e10}"#, Err(Error::CodeOverflow)),
        (r#"{"result":"error","errorCode":"-10"}"#, Err(Error::CodeOverflow)),
        (r#"{"result":"error","errorCode":-10}"#, Err(Error::CodeOverflow)),
        (
            "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result type='error' errorCode='403' msg='a &amp; b' />\n",
            Ok(403),
        ),
        (
            "<?xml version=\"1.0\"?><!-- c --><result\n type=\"error\"\terrorCode = \"521\" msg=\"&#x4e2d;&#25991;\"></result><!-- d -->",
            Ok(521),
        ),
        (r#"<result type="error" errorCode="ERR_WPLY" msg=""/>"#, Err(Error::NonNumericCode)),
        (r#"<result type="error" errorCode="99999999999" msg=""/>"#, Err(Error::CodeOverflow)),
        (r#"<result type="ok"/>"#, Ok(0)),
    ];
    for (body, want) in cases {
        assert_eq!(error_code_of(body.as_bytes()), *want, "{body}");
        assert_eq!(
            c_code(body.as_bytes()),
            want.unwrap_or_else(|e| e.code()),
            "C: {body}"
        );
    }
    assert_eq!(
        c_code(br#"{"result":"error","errorCode":"ERR_WPLY"}"#),
        AWS_ERROR_ERR_NON_NUMERIC_CODE
    );
    assert_eq!(
        c_code(br#"{"result":"error","errorCode":"9999999999"}"#),
        AWS_ERROR_ERR_CODE_OVERFLOW
    );
    let p = parse_body(br#"<result type="error" errorCode="403" msg="a&lt;b&gt;&quot;&apos;"/>"#)
        .unwrap();
    assert_eq!(p.msg.as_deref(), Some("a<b>\"'"));
}

fn malformed() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = [
        "",
        " \n\t",
        "null",
        "403",
        "\"403\"",
        "[]",
        "[{\"result\":\"ok\"}]",
        "{}",
        "{\"result\":1}",
        "{\"result\":null,\"errorCode\":\"403\"}",
        "{\"errorCode\":\"403\"}",
        "{\"result\":\"ok\"",
        "{\"result\":\"ok\"} trailing",
        "{\"result\":\"ok\",}",
        "{'result':'ok'}",
        "result=ok",
        "<result/>",
        "<result errorCode=\"403\"/>",
        "<results type=\"ok\"/>",
        "<resulttype=\"ok\"/>",
        "<result type=\"ok\" type=\"error\"/>",
        "<result type=\"ok\"errorCode=\"1\"/>",
        "<result type=ok/>",
        "<result type=\"ok/>",
        "<result type=\"ok\" msg=\"a<b\"/>",
        "<result type=\"ok\" msg=\"&bogus;\"/>",
        "<result type=\"ok\" msg=\"&#xD800;\"/>",
        "<result type=\"ok\" msg=\"&#1114112;\"/>",
        "<result type=\"ok\" msg=\"& \"/>",
        "<result type=\"ok\">text</result>",
        "<result type=\"ok\"><a/></result>",
        "<result type=\"ok\"></results>",
        "<result type=\"ok\"/><result type=\"ok\"/>",
        "<result type=\"ok\"/> x",
        "<?xml version=\"1.0\"?>",
        "<?xml version=\"1.0\" <result type=\"ok\"/>",
        "<?xmlx?><result type=\"ok\"/>",
        "<!-- unclosed <result type=\"ok\"/>",
        "<!DOCTYPE result><result type=\"ok\"/>",
        "<result type=\"ok\"",
        "<",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    v.push(b"\xff\xfe\x00garbage".to_vec());
    v.push(vec![b'['; 100_000]);
    v.push(vec![b'{'; 100_000]);
    v.push("{\"a\":".repeat(100_000).into_bytes());
    v.push("<a>".repeat(100_000).into_bytes());
    // Valid JSON, but nested past serde_json's limit of 128 inside `data`.
    let deep = format!(
        "{{\"result\":\"ok\",\"data\":{}{}}}",
        "[".repeat(200),
        "]".repeat(200)
    );
    v.push(deep.into_bytes());
    let deep_xml = format!("<result type=\"ok\">{}", "<result>".repeat(100_000));
    v.push(deep_xml.into_bytes());
    v
}

#[test]
fn malformed_and_deep_bodies_give_the_constant() {
    for body in malformed() {
        let shown = String::from_utf8_lossy(&body[..body.len().min(60)]).into_owned();
        assert_eq!(error_code_of(&body), Err(Error::MalformedBody), "{shown}");
        if !body.contains(&0) {
            assert_eq!(c_code(&body), AWS_ERROR_ERR_MALFORMED_BODY, "C: {shown}");
        }
    }
    // SAFETY: NULL is allowed.
    assert_eq!(
        unsafe { aws_response_error_code(std::ptr::null()) },
        AWS_ERROR_ERR_NULL
    );
    // Nesting just inside the limit is still read.
    let ok = format!(
        "{{\"result\":\"ok\",\"data\":{}{}}}",
        "[".repeat(100),
        "]".repeat(100)
    );
    assert_eq!(error_code_of(ok.as_bytes()), Ok(0));
}

#[test]
fn random_bytes_never_crash() {
    // Mutations of valid bodies: every answer is a code or one of the constants.
    let seeds: Vec<Vec<u8>> = vec![
        error_json(403, "m\"\\\n").unwrap().into_bytes(),
        Body::error(520)
            .unwrap()
            .msg("a&b<\n")
            .to_xml()
            .into_bytes(),
        b"<?xml version=\"1.0\"?><result type='ok' errorCode='' msg='&#10;'/>".to_vec(),
        br#"{"data":{"a":[1,2,{"b":"c"}]},"result":"ok","errorCode":"7"}"#.to_vec(),
    ];
    let allowed = [
        Error::MalformedBody,
        Error::NonNumericCode,
        Error::CodeOverflow,
    ];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let alphabet = b"{}[]<>\"'&;#x:,/=?!- \n\\0123456789abcdeflorstuy\xff\xc3";
    for round in 0..20_000 {
        let mut b = seeds[round % seeds.len()].clone();
        for _ in 0..(next() % 4 + 1) {
            let pos = (next() as usize) % (b.len() + 1);
            let byte = alphabet[(next() as usize) % alphabet.len()];
            match next() % 3 {
                0 if pos < b.len() => b[pos] = byte,
                1 if pos < b.len() => {
                    b.remove(pos);
                }
                _ => b.insert(pos, byte),
            }
        }
        match error_code_of(&b) {
            Ok(c) => assert!(c >= 0),
            Err(e) => assert!(allowed.contains(&e), "{e:?}"),
        }
        let _ = CString::new(b.clone()).map(|c| {
            // SAFETY: a live NUL-terminated string.
            let r = unsafe { aws_response_error_code(c.as_ptr() as *const c_char) };
            assert!(r >= 0 || allowed.iter().any(|e| e.code() == r), "{r}");
        });
    }
}

#[test]
fn string_free_accepts_null() {
    // SAFETY: NULL is a documented no-op.
    unsafe { aws_error_string_free(std::ptr::null_mut()) };
}

/// What an XML body can carry of `msg`: C0 controls other than tab, LF and CR
/// become U+FFFD (XML 1.0 has no way to write them).
fn xml_text(msg: &str) -> String {
    msg.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 => '\u{fffd}',
            c => c,
        })
        .collect()
}
