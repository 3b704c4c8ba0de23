//! ResponseObject bodies, the platform's reply shape
//! (`com.actionsoft.bpms.commons.mvc.view.ResponseObject`): building them and reading
//! their `errorCode` back, in the JSON (`toString()`) and XML (`toXML()`) forms.
//!
//! Reading rules (the same for C, Java and the CLI):
//! - JSON: an object with a string `result`; keys in any order, extra keys ignored.
//!   Nesting deeper than serde_json's limit (128) is rejected as malformed, never a
//!   stack overflow.
//! - XML: one `<result type="…" errorCode="…" msg="…"/>` element (or
//!   `<result …></result>`), optional XML declaration, comments and whitespace around.
//! - `errorCode` absent, `null`, empty or blank → 0 (ok and warning bodies); digits
//!   (JSON string or integer) → their value; not a number (`"ERR_WPLY"`) →
//!   [`Error::NonNumericCode`]; negative or above `i32::MAX` → [`Error::CodeOverflow`]
//!   (negative values would collide with the C ABI's failure constants).
//! - Input bytes that are not UTF-8 are read lossily (U+FFFD), so a body with a
//!   damaged message still yields its code.

use crate::catalogue::Category;
use crate::code::{category_of, ErrorCode};
use crate::error::{Error, Result};
use serde_json::Value;

/// The `result` field of a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Ok,
    Warning,
    Error,
}

impl Outcome {
    /// The platform's spelling (`"ok"`, `"warning"`, `"error"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Warning => "warning",
            Outcome::Error => "error",
        }
    }
}

/// A whole body under construction, in the platform's shape.
///
/// ```
/// use aws_error::response::Body;
/// let json = Body::error(403).unwrap().msg("denied").to_json();
/// assert_eq!(json, r#"{"result":"error","errorCode":"403","msg":"denied"}"#);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    outcome: Outcome,
    code: Option<ErrorCode>,
    msg: String,
    data: Option<Value>,
}

impl Body {
    /// A `"result":"ok"` body.
    pub fn ok() -> Body {
        Body::new(Outcome::Ok, None)
    }

    /// A `"result":"warning"` body.
    pub fn warning() -> Body {
        Body::new(Outcome::Warning, None)
    }

    /// A `"result":"error"` body carrying `code`; [`Error::CodeOutOfRange`] when the
    /// code's category is INVALID.
    pub fn error(code: i32) -> Result<Body> {
        if category_of(code) == Category::Invalid {
            return Err(Error::CodeOutOfRange);
        }
        Ok(Body::new(Outcome::Error, Some(ErrorCode::new(code))))
    }

    fn new(outcome: Outcome, code: Option<ErrorCode>) -> Body {
        Body {
            outcome,
            code,
            msg: String::new(),
            data: None,
        }
    }

    /// Sets the `msg` field (default `""`).
    pub fn msg(mut self, msg: impl Into<String>) -> Body {
        self.msg = msg.into();
        self
    }

    /// Sets the `data` field (JSON form only; the platform's XML form has none).
    pub fn data(mut self, data: Value) -> Body {
        self.data = Some(data);
        self
    }

    pub fn outcome(&self) -> Outcome {
        self.outcome
    }

    /// The error code, for error bodies.
    pub fn code(&self) -> Option<ErrorCode> {
        self.code
    }

    /// The JSON form, keys in the order `result`, `errorCode` (error bodies only,
    /// a string as on the platform), `msg`, `data` (when set). One line: every
    /// control character in strings is escaped.
    pub fn to_json(&self) -> String {
        let mut s = String::with_capacity(48 + self.msg.len());
        s.push_str("{\"result\":");
        push_json_str(&mut s, self.outcome.as_str());
        if let Some(code) = self.code {
            s.push_str(",\"errorCode\":");
            push_json_str(&mut s, &code.to_string());
        }
        s.push_str(",\"msg\":");
        push_json_str(&mut s, &self.msg);
        if let Some(data) = &self.data {
            s.push_str(",\"data\":");
            s.push_str(&data.to_string());
        }
        s.push('}');
        s
    }

    /// The XML form, `<result type="…" errorCode="…" msg="…" />` as `toXML()` writes
    /// it (`errorCode=""` for ok and warning). Line breaks and tabs in `msg` are
    /// written as character references so they survive attribute normalization;
    /// the other C0 controls (NUL included), which XML 1.0 cannot carry at all,
    /// become U+FFFD so every XML parser accepts the body. The JSON form keeps
    /// every character.
    pub fn to_xml(&self) -> String {
        let code = self.code.map(|c| c.to_string()).unwrap_or_default();
        format!(
            "<result type=\"{}\" errorCode=\"{}\" msg=\"{}\" />",
            self.outcome.as_str(),
            code,
            xml_escape(&self.msg)
        )
    }
}

/// `{"result":"error","errorCode":"403","msg":"…"}`; [`Error::CodeOutOfRange`] when
/// the code's category is INVALID.
pub fn error_json(code: i32, msg: &str) -> Result<String> {
    Body::error(code).map(|b| b.msg(msg).to_json())
}

/// What was read from a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedBody {
    /// `result` (JSON) or `type` (XML), as written (`"ok"`, `"error"`, …).
    pub result: String,
    /// The errorCode as text (a JSON number in its JSON spelling), if present and not null.
    pub error_code: Option<String>,
    /// `msg`, if present and a string.
    pub msg: Option<String>,
    code: std::result::Result<i32, Error>,
}

impl ParsedBody {
    /// The errorCode as a number under the rules of this module (0 when absent or empty).
    pub fn code(&self) -> Result<i32> {
        self.code
    }
}

/// Reads a body (JSON or XML). [`Error::MalformedBody`] when it is neither a JSON
/// object with a string `result` nor a `<result type="…">` element. The errorCode's
/// own problems are reported by [`ParsedBody::code`], not here.
pub fn parse_body(body: &[u8]) -> Result<ParsedBody> {
    let text = crate::text::lossy(body);
    let t = text
        .trim_start_matches('\u{feff}')
        .trim_matches(|c: char| c.is_ascii_whitespace());
    match t.as_bytes().first() {
        Some(b'{') => parse_json(t),
        Some(b'<') => parse_xml(t),
        _ => Err(Error::MalformedBody),
    }
}

/// The errorCode of a body as a number: `parse_body` then [`ParsedBody::code`].
pub fn error_code_of(body: &[u8]) -> Result<i32> {
    parse_body(body)?.code()
}

fn parse_json(t: &str) -> Result<ParsedBody> {
    // serde_json stops at 128 levels with an error (no `unbounded_depth` feature).
    let v: Value = serde_json::from_str(t).map_err(|_| Error::MalformedBody)?;
    let obj = v.as_object().ok_or(Error::MalformedBody)?;
    let result = obj
        .get("result")
        .and_then(Value::as_str)
        .ok_or(Error::MalformedBody)?
        .to_owned();
    let msg = obj.get("msg").and_then(Value::as_str).map(str::to_owned);
    let (error_code, code) = match obj.get("errorCode") {
        None | Some(Value::Null) => (None, Ok(0)),
        Some(Value::String(s)) => (Some(s.clone()), code_from_text(s)),
        Some(Value::Number(n)) => (Some(n.to_string()), code_from_number(n)),
        Some(other) => (Some(other.to_string()), Err(Error::NonNumericCode)),
    };
    Ok(ParsedBody {
        result,
        error_code,
        msg,
        code,
    })
}

/// Digits with an optional sign and surrounding whitespace; blank → 0.
fn code_from_text(s: &str) -> Result<i32> {
    let t = s.trim();
    let (negative, digits) = match t.as_bytes().first() {
        None => return Ok(0),
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        Some(_) => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::NonNumericCode);
    }
    let significant = digits.trim_start_matches('0');
    if significant.is_empty() {
        return Ok(0);
    }
    if negative || significant.len() > 10 {
        return Err(Error::CodeOverflow);
    }
    let v: u64 = significant.parse().map_err(|_| Error::CodeOverflow)?;
    i32::try_from(v).map_err(|_| Error::CodeOverflow)
}

fn code_from_number(n: &serde_json::Number) -> Result<i32> {
    if let Some(u) = n.as_u64() {
        return i32::try_from(u).map_err(|_| Error::CodeOverflow);
    }
    if n.as_i64().is_some() {
        return Err(Error::CodeOverflow); // negative
    }
    match n.as_f64() {
        Some(f) if f.is_finite() && f.fract() == 0.0 => {
            if f == 0.0 {
                Ok(0)
            } else if f < 0.0 || f > i32::MAX as f64 {
                Err(Error::CodeOverflow)
            } else {
                Ok(f as i32)
            }
        }
        _ => Err(Error::NonNumericCode),
    }
}

fn push_json_str(out: &mut String, s: &str) {
    // serde_json escapes quotes, backslashes and every control character.
    out.push_str(&serde_json::to_string(s).expect("a str always serializes"));
}

/// Escapes an attribute value for XML 1.0 (C0 controls but tab, LF, CR become U+FFFD).
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Attribute values would normalise these to spaces: keep them as references.
            '\t' | '\n' | '\r' => out.push_str(&format!("&#{};", c as u32)),
            // XML 1.0 cannot carry the other C0 controls at all, not even as references:
            // a U+FFFD keeps the document valid (the JSON form keeps them exactly).
            c if (c as u32) < 0x20 => out.push(char::REPLACEMENT_CHARACTER),
            c => out.push(c),
        }
    }
    out
}

/// A cursor over the XML text; every step is bounded, no recursion.
struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.i..]
    }

    fn eat(&mut self, p: &str) -> bool {
        if self.rest().starts_with(p) {
            self.i += p.len();
            true
        } else {
            false
        }
    }

    /// Skips XML whitespace; whether any was skipped.
    fn ws(&mut self) -> bool {
        let start = self.i;
        let r = self.rest();
        self.i += r.len() - r.trim_start_matches([' ', '\t', '\r', '\n']).len();
        self.i > start
    }

    /// Skips everything up to and including `end`.
    fn skip_past(&mut self, end: &str) -> Result<()> {
        let at = self.rest().find(end).ok_or(Error::MalformedBody)?;
        self.i += at + end.len();
        Ok(())
    }

    /// Whitespace and comments (allowed before and after the element).
    fn misc(&mut self) -> Result<()> {
        loop {
            self.ws();
            if self.eat("<!--") {
                self.skip_past("-->")?;
            } else {
                return Ok(());
            }
        }
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.') || (c as u32) > 0x7f
}

fn parse_xml(t: &str) -> Result<ParsedBody> {
    let mut c = Cursor { s: t, i: 0 };
    if c.rest().starts_with("<?xml") {
        let after = &c.rest()[5..];
        if !(after.starts_with([' ', '\t', '\r', '\n']) || after.starts_with("?>")) {
            return Err(Error::MalformedBody);
        }
        c.skip_past("?>")?;
    }
    c.misc()?;
    if !c.eat("<result") {
        return Err(Error::MalformedBody);
    }
    let mut result = None;
    let mut error_code = None;
    let mut msg = None;
    let mut seen: Vec<&str> = Vec::new();
    loop {
        let had_ws = c.ws();
        if c.eat("/>") {
            break;
        }
        if c.eat(">") {
            c.misc()?;
            if !c.eat("</result") {
                return Err(Error::MalformedBody);
            }
            c.ws();
            if !c.eat(">") {
                return Err(Error::MalformedBody);
            }
            break;
        }
        if !had_ws {
            return Err(Error::MalformedBody);
        }
        let r = c.rest();
        let name_len = r.len() - r.trim_start_matches(is_name_char).len();
        let name = &r[..name_len];
        if name.is_empty()
            || name.starts_with(|ch: char| ch.is_ascii_digit() || ch == '-' || ch == '.')
        {
            return Err(Error::MalformedBody);
        }
        if seen.contains(&name) {
            return Err(Error::MalformedBody); // duplicate attributes are not well-formed
        }
        seen.push(name);
        c.i += name_len;
        c.ws();
        if !c.eat("=") {
            return Err(Error::MalformedBody);
        }
        c.ws();
        let quote = match c.rest().chars().next() {
            Some(q @ ('"' | '\'')) => q,
            _ => return Err(Error::MalformedBody),
        };
        c.i += 1;
        let end = c.rest().find(quote).ok_or(Error::MalformedBody)?;
        let value = xml_unescape(&c.rest()[..end])?;
        c.i += end + 1;
        match name {
            "type" => result = Some(value),
            "errorCode" => error_code = Some(value),
            "msg" => msg = Some(value),
            _ => {}
        }
    }
    c.misc()?;
    if !c.rest().is_empty() {
        return Err(Error::MalformedBody);
    }
    let result = result.ok_or(Error::MalformedBody)?;
    let code = error_code.as_deref().map_or(Ok(0), code_from_text);
    Ok(ParsedBody {
        result,
        error_code,
        msg,
        code,
    })
}

/// Decodes an attribute value: the five named entities, decimal and hex character
/// references (to any Unicode scalar value); a raw `<` or an unknown or bad reference is malformed. Literal
/// whitespace is normalized to spaces as XML requires (CR LF counts once).
fn xml_unescape(raw: &str) -> Result<String> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '<' => return Err(Error::MalformedBody),
            '&' => {
                let end = rest.find(';').ok_or(Error::MalformedBody)?;
                let ent = &rest[..end];
                rest = &rest[end + 1..];
                let ch = match ent {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => {
                        let n = if let Some(h) = ent.strip_prefix("#x") {
                            parse_radix(h, 16)
                        } else if let Some(d) = ent.strip_prefix('#') {
                            parse_radix(d, 10)
                        } else {
                            None
                        };
                        // Any scalar value, even those XML 1.0 forbids (our own
                        // `to_xml` writes control characters this way).
                        n.and_then(char::from_u32).ok_or(Error::MalformedBody)?
                    }
                };
                out.push(ch);
            }
            '\r' => {
                if rest.starts_with('\n') {
                    rest = &rest[1..];
                }
                out.push(' ');
            }
            '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    Ok(out)
}

fn parse_radix(s: &str, radix: u32) -> Option<u32> {
    if s.is_empty() || s.len() > 8 || !s.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u32::from_str_radix(s, radix).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_codes() {
        assert_eq!(code_from_text(""), Ok(0));
        assert_eq!(code_from_text("  "), Ok(0));
        assert_eq!(code_from_text("0"), Ok(0));
        assert_eq!(code_from_text("-0"), Ok(0));
        assert_eq!(code_from_text("+403"), Ok(403));
        assert_eq!(code_from_text("000000000000403"), Ok(403));
        assert_eq!(code_from_text("2147483647"), Ok(i32::MAX));
        assert_eq!(code_from_text("2147483648"), Err(Error::CodeOverflow));
        assert_eq!(
            code_from_text("99999999999999999999999"),
            Err(Error::CodeOverflow)
        );
        assert_eq!(code_from_text("-1"), Err(Error::CodeOverflow));
        assert_eq!(code_from_text("ERR_WPLY"), Err(Error::NonNumericCode));
        assert_eq!(code_from_text("4 03"), Err(Error::NonNumericCode));
        assert_eq!(code_from_text("-"), Err(Error::NonNumericCode));
        assert_eq!(code_from_text("٤٠٣"), Err(Error::NonNumericCode));
    }

    #[test]
    fn unescape() {
        assert_eq!(
            xml_unescape("a&amp;b&lt;&gt;&quot;&apos;").unwrap(),
            "a&b<>\"'"
        );
        assert!(xml_unescape("&#10;&#x4e2d;&#X41;").is_err());
        assert_eq!(xml_unescape("&#10;&#x4e2d;").unwrap(), "\n中");
        assert_eq!(xml_unescape("a\r\nb\tc").unwrap(), "a b c");
        assert_eq!(xml_unescape("&#0;&#1;").unwrap(), "\0\u{1}");
        for bad in [
            "&",
            "&amp",
            "&foo;",
            "&#xD800;",
            "&#x110000;",
            "&#;",
            "<",
            "&#-1;",
        ] {
            assert_eq!(xml_unescape(bad), Err(Error::MalformedBody), "{bad}");
        }
    }
}
