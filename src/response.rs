//! ResponseObject bodies, the platform's reply shape
//! (`com.actionsoft.bpms.commons.mvc.view.ResponseObject`): building them and reading
//! their `errorCode` back, in the JSON (`toString()`) and XML (`toXML()`) forms.
//!
//! Reading rules (the same for C, Java and the CLI):
//! - JSON: an object with a string `result`; keys in any order, extra keys ignored
//!   (but they must be valid JSON); a key given twice counts with its last value.
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
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

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
        json_text(self.outcome, self.code, &self.msg, self.data.as_ref())
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
    // The body's own writer, without copying `msg` into a `Body` first; its room is
    // reserved exactly, and fallibly (a message near the memory limit is refused).
    let body = Body::error(code)?;
    let mut s = crate::text::reserved(error_json_len(msg))?;
    write_json_text(&mut s, body.outcome, body.code, msg, None);
    Ok(s)
}

/// The length of [`error_json`]'s body for `msg`, plus one byte: the C ABI's NUL
/// then needs no second allocation.
fn error_json_len(msg: &str) -> usize {
    ERROR_JSON_OPEN_LEN + json_content_len(msg) + ERROR_JSON_CLOSE.len() + 1
}

/// The text of an error body before its message's first character:
/// `{"result":"error","errorCode":"403","msg":"`. An error body without data is
/// this, the message as JSON string content, then [`ERROR_JSON_CLOSE`]; a message
/// in which no character [`json_escapes`] is its own content. [`json_text`] writes
/// every error body through it, so adapters that hold the message in another
/// encoding (Java's UTF-16) can build the same body without transcoding it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorJsonOpen([u8; ERROR_JSON_OPEN_LEN]);

const OPEN_HEAD: &str = "{\"result\":\"error\",\"errorCode\":\"";
const OPEN_TAIL: &str = "\",\"msg\":\"";
/// Every code with a valid category has three digits (100..=999).
const ERROR_JSON_OPEN_LEN: usize = OPEN_HEAD.len() + 3 + OPEN_TAIL.len();

/// What follows the message of an error body without data.
pub const ERROR_JSON_CLOSE: &str = "\"}";

impl ErrorJsonOpen {
    /// [`Error::CodeOutOfRange`] when the code's category is INVALID.
    pub fn new(code: i32) -> Result<ErrorJsonOpen> {
        if category_of(code) == Category::Invalid {
            return Err(Error::CodeOutOfRange);
        }
        let mut b = [0u8; ERROR_JSON_OPEN_LEN];
        let (head, rest) = b.split_at_mut(OPEN_HEAD.len());
        let (digits, tail) = rest.split_at_mut(3);
        head.copy_from_slice(OPEN_HEAD.as_bytes());
        // category_of checked 100..=999: three decimal digits.
        let c = code as u32;
        digits.copy_from_slice(&[c / 100, c / 10 % 10, c % 10].map(|d| b'0' + d as u8));
        tail.copy_from_slice(OPEN_TAIL.as_bytes());
        Ok(ErrorJsonOpen(b))
    }

    pub fn as_str(&self) -> &str {
        // Built only from ASCII constants and ASCII digits.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// Whether JSON writes the character `c` (a code point or UTF-16 unit) escaped:
/// quotes, backslashes and control characters. Every other character is written
/// as it is.
#[inline]
pub const fn json_escapes(c: u32) -> bool {
    (c < 0x20) | (c == b'"' as u32) | (c == b'\\' as u32)
}

/// The JSON form of a body ([`Body::to_json`] documents it).
fn json_text(outcome: Outcome, code: Option<ErrorCode>, msg: &str, data: Option<&Value>) -> String {
    let mut s = String::with_capacity(error_json_len(msg));
    write_json_text(&mut s, outcome, code, msg, data);
    s
}

fn write_json_text(
    s: &mut String,
    outcome: Outcome,
    code: Option<ErrorCode>,
    msg: &str,
    data: Option<&Value>,
) {
    match code.map(|c| ErrorJsonOpen::new(c.as_i32())) {
        // Only error bodies carry a code, and only valid ones (Body::error).
        Some(Ok(open)) => s.push_str(open.as_str()),
        _ => {
            s.push_str("{\"result\":\"");
            s.push_str(outcome.as_str());
            s.push_str("\",\"msg\":\"");
        }
    }
    push_json_content(s, msg);
    s.push('"');
    if let Some(data) = data {
        s.push_str(",\"data\":");
        s.push_str(&data.to_string());
    }
    s.push('}');
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
    // Valid UTF-8 (the usual case) is borrowed, not copied.
    let text = crate::text::lossy(body);
    let t = trim_body(&text);
    match t.as_bytes().first() {
        Some(b'{') => parse_json(t),
        Some(b'<') => parse_xml(t),
        _ => Err(Error::MalformedBody),
    }
}

/// The errorCode of a body as a number: `parse_body` then [`ParsedBody::code`].
pub fn error_code_of(body: &[u8]) -> Result<i32> {
    error_code_of_text(&crate::text::lossy(body))
}

/// [`error_code_of`] for text already known to be UTF-8 (from Java).
pub(crate) fn error_code_of_text(text: &str) -> Result<i32> {
    match trim_body(text) {
        t if t.starts_with('{') => json_code(t),
        t if t.starts_with('<') => parse_xml(t)?.code(),
        _ => Err(Error::MalformedBody),
    }
}

/// The body without leading byte order marks and surrounding whitespace as JSON and
/// XML define it (space, tab, LF, CR; a form feed is neither's whitespace).
fn trim_body(text: &str) -> &str {
    text.trim_start_matches('\u{feff}')
        .trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'))
}

fn parse_json(t: &str) -> Result<ParsedBody> {
    let fields = read_json(t, true)?;
    let result = fields.result.ok_or(Error::MalformedBody)?.into_owned();
    let msg = fields.msg.map(Cow::into_owned);
    let (error_code, code) = match fields.code {
        None | Some(CodeValue::Null) => (None, Ok(0)),
        Some(CodeValue::Str(s)) => {
            let code = code_from_text(&s);
            (Some(s.into_owned()), code)
        }
        Some(CodeValue::Number(n)) => (Some(n.to_string()), code_from_number(&n)),
        Some(CodeValue::Other(v)) => (Some(v.to_string()), Err(Error::NonNumericCode)),
    };
    Ok(ParsedBody {
        result,
        error_code,
        msg,
        code,
    })
}

/// [`error_code_of`] for JSON, without copying `result` or `msg` out.
fn json_code(t: &str) -> Result<i32> {
    if let Some(code) = canonical_code(t) {
        return code;
    }
    json_code_parsed(t)
}

/// [`json_code`] by the general reader.
fn json_code_parsed(t: &str) -> Result<i32> {
    let fields = read_json(t, false)?;
    if fields.result.is_none() {
        return Err(Error::MalformedBody);
    }
    match fields.code {
        None | Some(CodeValue::Null) => Ok(0),
        Some(CodeValue::Str(s)) => code_from_text(&s),
        Some(CodeValue::Number(n)) => code_from_number(&n),
        Some(CodeValue::Other(_)) => Err(Error::NonNumericCode),
    }
}

/// The error body exactly as the platform's `ResponseObject.toString()` (and
/// [`error_json`]) writes it: `{"result":"…","errorCode":"…","msg":"…"}`, without
/// whitespace and with no escape or control character in any string. The general
/// reader finds the same three strings in such a text, so it answers the same; this
/// only skips the parser for the usual body. `None` for any other text.
fn canonical_code(t: &str) -> Option<Result<i32>> {
    let rest = t.strip_prefix("{\"result\":\"")?;
    let (_, rest) = plain_json_string(rest)?;
    let rest = rest.strip_prefix(",\"errorCode\":\"")?;
    let (code, rest) = plain_json_string(rest)?;
    let rest = rest.strip_prefix(",\"msg\":\"")?;
    let (_, rest) = plain_json_string(rest)?;
    (rest == "}").then(|| code_from_text(code))
}

/// The content of a JSON string up to its closing quote, and the text after it, when
/// the content needs no unescaping (no backslash or control character before it).
fn plain_json_string(s: &str) -> Option<(&str, &str)> {
    let end = first_json_escape(s.as_bytes())?;
    (s.as_bytes()[end] == b'"').then(|| (&s[..end], &s[end + 1..]))
}

/// The three keys of a JSON body, borrowed from the text where no escape had to be
/// decoded. A key given twice keeps its last value (as serde_json's `Map` does).
struct JsonFields<'a> {
    /// `result`, if its (last) value is a string.
    result: Option<Cow<'a, str>>,
    /// `msg`, if its (last) value is a string.
    msg: Option<Cow<'a, str>>,
    /// `errorCode`, if present.
    code: Option<CodeValue<'a>>,
}

/// The value of `errorCode`.
enum CodeValue<'a> {
    Null,
    Str(Cow<'a, str>),
    Number(serde_json::Number),
    /// A boolean, array or object (never a code).
    Other(Value),
}

/// Reads a JSON object with serde_json's parser but without building a `Value`:
/// every value is still parsed as `Value` would parse it (so the same texts are
/// malformed: numbers out of f64 range, lone surrogates in escapes, nesting deeper
/// than 128, trailing characters). With `keep_text` false, `result` and `msg` are
/// only checked to be strings and never copied (they read as `""`).
fn read_json(t: &str, keep_text: bool) -> Result<JsonFields<'_>> {
    let mut de = serde_json::Deserializer::from_str(t);
    let fields = de
        .deserialize_map(BodyVisitor { keep_text })
        .map_err(|_| Error::MalformedBody)?;
    de.end().map_err(|_| Error::MalformedBody)?;
    Ok(fields)
}

struct BodyVisitor {
    keep_text: bool,
}

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = JsonFields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a ResponseObject body")
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<JsonFields<'de>, A::Error> {
        let mut fields = JsonFields {
            result: None,
            msg: None,
            code: None,
        };
        let text = TextSeed {
            keep: self.keep_text,
        };
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Result => fields.result = map.next_value_seed(text)?,
                Key::Msg => fields.msg = map.next_value_seed(text)?,
                Key::ErrorCode => fields.code = Some(map.next_value()?),
                Key::Other => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(fields)
    }
}

/// A key of the body, told apart without copying it.
enum Key {
    Result,
    Msg,
    ErrorCode,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Key, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> std::result::Result<Key, E> {
        Ok(match s {
            "result" => Key::Result,
            "msg" => Key::Msg,
            "errorCode" => Key::ErrorCode,
            _ => Key::Other,
        })
    }
}

/// A string value (`Some`, borrowed when it had no escapes; `""` unless `keep`), or
/// any other value, checked and skipped (`None`).
#[derive(Clone, Copy)]
struct TextSeed {
    keep: bool,
}

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> std::result::Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(if self.keep { s } else { "" })))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> std::result::Result<Self::Value, E> {
        Ok(Some(if self.keep {
            Cow::Owned(s.to_owned())
        } else {
            Cow::Borrowed("")
        }))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> std::result::Result<Self::Value, A::Error> {
        SkipVisitor.visit_seq(seq).map(|_| None)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<Self::Value, A::Error> {
        SkipVisitor.visit_map(map).map(|_| None)
    }
}

impl<'de> Deserialize<'de> for CodeValue<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(CodeVisitor)
    }
}

struct CodeVisitor;

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = CodeValue<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> std::result::Result<Self::Value, E> {
        Ok(CodeValue::Str(Cow::Borrowed(s)))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> std::result::Result<Self::Value, E> {
        Ok(CodeValue::Str(Cow::Owned(s.to_owned())))
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> std::result::Result<Self::Value, E> {
        Ok(CodeValue::Other(Value::Bool(b)))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> std::result::Result<Self::Value, E> {
        Ok(CodeValue::Number(n.into()))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> std::result::Result<Self::Value, E> {
        Ok(CodeValue::Number(n.into()))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> std::result::Result<Self::Value, E> {
        // As `Value` does; the parser never yields a NaN or an infinity.
        Ok(serde_json::Number::from_f64(n).map_or(CodeValue::Null, CodeValue::Number))
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Self::Value, E> {
        Ok(CodeValue::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> std::result::Result<Self::Value, A::Error> {
        Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(CodeValue::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<Self::Value, A::Error> {
        Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(CodeValue::Other)
    }
}

/// Any JSON value, parsed and dropped. Not `IgnoredAny`: serde_json skips that
/// without its depth limit and without checking numbers' range or escapes, so texts
/// that `Value` refuses would pass. This goes through `deserialize_any`, as `Value`.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Skip, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, _: &str) -> std::result::Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
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

/// The index of the first byte that [`json_escapes`], if any.
#[inline]
fn first_json_escape(b: &[u8]) -> Option<usize> {
    // Sixteen bytes at a time (the compiler vectorises the fold): the usual text has
    // nothing to escape, and a byte-by-byte scan was most of error_json's time.
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 16) {
        if chunk
            .iter()
            .fold(false, |any, &x| any | json_escapes(u32::from(x)))
        {
            break;
        }
        i += 16;
    }
    b[i..]
        .iter()
        .position(|&x| json_escapes(u32::from(x)))
        .map(|p| i + p)
}

/// The length of `s` as JSON string content: what [`push_json_content`] writes.
pub(crate) fn json_content_len(s: &str) -> usize {
    let Some(first) = first_json_escape(s.as_bytes()) else {
        return s.len();
    };
    let extra: usize = s.as_bytes()[first..]
        .iter()
        .filter(|&&b| json_escapes(u32::from(b)))
        .map(|&b| short_escape(b).map_or("\\u00xx".len(), str::len) - 1)
        .sum();
    s.len() + extra
}

/// The two-character escape of a byte that [`json_escapes`], where JSON has one;
/// the others are written `\u00xx`.
fn short_escape(b: u8) -> Option<&'static str> {
    Some(match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x0C => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        _ => return None,
    })
}

/// `s` as the content of a JSON string (without the quotes), escaped as serde_json
/// escapes it: `\"`, `\\`, the short forms `\b \f \n \r \t`, `\u00xx` for the other
/// control characters; everything else as it is. Runs of plain text are copied whole.
pub(crate) fn push_json_content(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    let mut plain_from = 0;
    while let Some(p) = first_json_escape(&bytes[plain_from..]) {
        let i = plain_from + p;
        let b = bytes[i];
        // `b` is ASCII, so `i` and `i + 1` are character boundaries.
        out.push_str(&s[plain_from..i]);
        plain_from = i + 1;
        if let Some(short) = short_escape(b) {
            out.push_str(short);
        } else {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
    out.push_str(&s[plain_from..]);
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
    // A set, not a list: a body with many attributes must not take quadratic time.
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
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
        if !seen.insert(name) {
            return Err(Error::MalformedBody); // duplicate attributes are not well-formed
        }
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

    /// The reader this module had before `read_json`: a whole `Value`, then its keys.
    fn reference(body: &[u8]) -> Result<ParsedBody> {
        let text = crate::text::lossy(body);
        let t = trim_body(&text);
        if !t.starts_with('{') {
            return parse_body(body);
        }
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

    fn nested(open: &str, close: &str, depth: usize) -> String {
        format!(
            "{{\"result\":\"ok\",\"data\":{}1{}}}",
            open.repeat(depth),
            close.repeat(depth)
        )
    }

    /// Texts where a borrowing reader could drift from `Value`'s answers.
    fn edge_bodies() -> Vec<Vec<u8>> {
        let mut v: Vec<Vec<u8>> = [
            r#"{"result":"error","errorCode":"403","msg":"流程已经挂起"}"#,
            // Duplicate keys: the last value counts, whatever the earlier ones were.
            r#"{"result":1,"result":"error","errorCode":"403","errorCode":"404"}"#,
            r#"{"result":"error","result":1,"errorCode":"403"}"#,
            r#"{"result":"error","result":null}"#,
            r#"{"result":"ok","errorCode":"403","errorCode":null}"#,
            r#"{"result":"ok","errorCode":null,"errorCode":" 7 "}"#,
            r#"{"result":"ok","errorCode":[1],"errorCode":550}"#,
            r#"{"result":"ok","errorCode":550,"errorCode":{"b":2,"a":[1,2.5,"x"]}}"#,
            r#"{"result":"ok","msg":"a","msg":2}"#,
            r#"{"result":"ok","msg":2,"msg":"b"}"#,
            // Escapes in keys and values.
            r#"{"res\u0075lt":"err\u006fr","error\u0043ode":"4\u00303","msg":"a\"b\\c\n\u4e2d\ud83d\ude00"}"#,
            r#"{"result":"ok","msg":"\ud800"}"#,
            r#"{"result":"ok","x":"\udc00"}"#,
            r#"{"result":"ok","x":{"\ud800":1}}"#,
            r#"{"result":"ok","x":"\uZZZZ"}"#,
            r#"{"result":"ok","x":"a\qb"}"#,
            "{\"result\":\"ok\",\"x\":\"a\u{1}b\"}",
            "{\"result\":\"ok\",\"msg\":\"tab\there\"}",
            // Numbers as codes and as skipped values.
            r#"{"result":"error","errorCode":403.0}"#,
            r#"{"result":"error","errorCode":4.03e2}"#,
            r#"{"result":"error","errorCode":1e3}"#,
            r#"{"result":"error","errorCode":1E+3}"#,
            r#"{"result":"error","errorCode":0.0}"#,
            r#"{"result":"error","errorCode":-0}"#,
            r#"{"result":"error","errorCode":-0.0}"#,
            r#"{"result":"error","errorCode":-403}"#,
            r#"{"result":"error","errorCode":-403.0}"#,
            r#"{"result":"error","errorCode":2147483647}"#,
            r#"{"result":"error","errorCode":2147483647.0}"#,
            r#"{"result":"error","errorCode":2147483648.0}"#,
            r#"{"result":"error","errorCode":18446744073709551615}"#,
            r#"{"result":"error","errorCode":18446744073709551616}"#,
            r#"{"result":"error","errorCode":-9223372036854775809}"#,
            r#"{"result":"error","errorCode":1e308}"#,
            r#"{"result":"error","errorCode":1e309}"#,
            r#"{"result":"error","errorCode":4.5e-1}"#,
            r#"{"result":"error","errorCode":1e-400}"#,
            r#"{"result":"ok","x":1e400}"#,
            r#"{"result":"ok","x":-1e400}"#,
            r#"{"result":"ok","x":[1e400]}"#,
            r#"{"result":"ok","x":01}"#,
            r#"{"result":"ok","x":1.}"#,
            r#"{"result":"ok","x":-}"#,
            r#"{"result":"ok","errorCode":true}"#,
            r#"{"result":"ok","errorCode":false}"#,
            r#"{"result":"ok","errorCode":{}}"#,
            r#"{"result":"ok","errorCode":[]}"#,
            // Shapes.
            r#"{"result":"ok","x":nul}"#,
            r#"{"result":"ok","x":[1,]}"#,
            r#"{"result":"ok","x":{"a"}}"#,
            r#"{"result":"ok","x":{"a":1,}}"#,
            r#"{"result":"ok",1:2}"#,
            r#"{"result":"ok"}}"#,
            r#"{"result":"ok"} {}"#,
            r#"{"result":"ok"}  "#,
            "\u{feff}\u{feff} \t{\"result\":\"ok\"}\r\n",
            "\u{c}{\"result\":\"ok\"}",
            "{\"result\":\"ok\"}\u{c}",
            "{\"result\":\"ok\"}\u{feff}",
            r#"{"result":"ok","msg":null}"#,
            r#"{"result":"ok","data":{"result":"x","errorCode":"1","msg":"m"}}"#,
            r#"{"result" : "ok" , "errorCode" : "12" }"#,
            r#"{"result":"","errorCode":""}"#,
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
        v.push(b"{\"result\":\"ok\",\"msg\":\"\xff\xe4\xb8\"}".to_vec());
        v.push(b"{\"result\":\"\xc3\",\"errorCode\":\"1\"}".to_vec());
        v.push(b"{\"re\xffsult\":\"ok\"}".to_vec());
        for depth in [1, 100, 125, 126, 127, 128, 129, 200, 100_000] {
            v.push(nested("[", "]", depth).into_bytes());
            v.push(nested("{\"a\":", "}", depth).into_bytes());
            v.push(nested("[{\"a\":", "}]", depth / 2).into_bytes());
            let code = format!(
                "{{\"result\":\"ok\",\"errorCode\":{}{}}}",
                "[".repeat(depth),
                "]".repeat(depth)
            );
            v.push(code.into_bytes());
        }
        v
    }

    #[test]
    fn json_reader_answers_as_value_did() {
        let mut malformed = 0;
        for body in edge_bodies() {
            let shown = String::from_utf8_lossy(&body[..body.len().min(80)]).into_owned();
            let want = reference(&body);
            assert_eq!(parse_body(&body), want, "{shown}");
            let want_code = want.and_then(|p| p.code());
            assert_eq!(error_code_of(&body), want_code, "{shown}");
            malformed += usize::from(want_code == Err(Error::MalformedBody));
        }
        // The list really exercises both sides.
        assert!(malformed > 20, "{malformed}");
    }

    #[test]
    fn json_reader_depth_limit() {
        // serde_json's limit: 127 levels in all, the body's own object included.
        assert_eq!(error_code_of(nested("[", "]", 126).as_bytes()), Ok(0));
        assert_eq!(
            error_code_of(nested("[", "]", 127).as_bytes()),
            Err(Error::MalformedBody)
        );
        for deep in [
            nested("[", "]", 100_000),
            nested("{\"a\":", "}", 100_000),
            format!("{{\"result\":\"ok\",\"errorCode\":{}", "[".repeat(100_000)),
            format!("{{\"result\":\"ok\",\"msg\":{}", "{\"a\":".repeat(100_000)),
        ] {
            assert_eq!(error_code_of(deep.as_bytes()), Err(Error::MalformedBody));
            assert_eq!(parse_body(deep.as_bytes()), Err(Error::MalformedBody));
        }
    }

    #[test]
    fn duplicate_keys_keep_the_last_value() {
        let p = parse_body(
            br#"{"result":1,"result":"error","errorCode":"403","errorCode":"404","msg":"a","msg":"b"}"#,
        )
        .unwrap();
        assert_eq!(p.result, "error");
        assert_eq!(p.error_code.as_deref(), Some("404"));
        assert_eq!(p.msg.as_deref(), Some("b"));
        assert_eq!(p.code(), Ok(404));
        assert_eq!(
            error_code_of(br#"{"result":"error","result":1,"errorCode":"403"}"#),
            Err(Error::MalformedBody)
        );
        assert_eq!(
            error_code_of(br#"{"result":"ok","errorCode":"403","errorCode":null}"#),
            Ok(0)
        );
    }

    #[test]
    fn json_strings_are_written_as_serde_json_writes_them() {
        let mut cases: Vec<String> = (0u32..0x100)
            .filter_map(char::from_u32)
            .map(|c| format!("a{c}b"))
            .collect();
        cases.extend(["", "流程已经挂起", "😀\u{7f}\u{2028}", "\"\\\n", "plain"].map(String::from));
        for c in cases {
            let mut out = String::from('"');
            push_json_content(&mut out, &c);
            out.push('"');
            assert_eq!(out, serde_json::to_string(&c).unwrap(), "{c:?}");
            assert_eq!(json_content_len(&c), out.len() - 2, "{c:?}");
            let json = error_json(403, &c).unwrap();
            assert_eq!(
                json,
                format!("{{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":{out}}}")
            );
            // Reserved exactly, with the C ABI's NUL: CString needs no second allocation.
            assert_eq!(json.capacity(), json.len() + 1, "{c:?}");
        }
        assert_eq!(
            error_json(-0, "x"),
            Err(Error::CodeOutOfRange),
            "0 is not an error code"
        );
        assert_eq!(
            Body::error(403)
                .unwrap()
                .msg("m")
                .data(serde_json::json!({"a":[1]}))
                .to_json(),
            r#"{"result":"error","errorCode":"403","msg":"m","data":{"a":[1]}}"#
        );
    }

    #[test]
    fn an_error_body_is_its_open_part_the_message_and_the_close() {
        let plain = "流程已经挂起 plain \u{7f} 😀";
        for code in (-1000..2000).chain([i32::MIN, i32::MAX]) {
            match (ErrorJsonOpen::new(code), error_json(code, plain)) {
                (Ok(open), Ok(json)) => {
                    assert_eq!(json, format!("{}{plain}{ERROR_JSON_CLOSE}", open.as_str()));
                    assert_eq!(
                        open.as_str(),
                        format!("{{\"result\":\"error\",\"errorCode\":\"{code}\",\"msg\":\"")
                    );
                }
                (Err(a), Err(b)) => {
                    assert_eq!((a, b), (Error::CodeOutOfRange, Error::CodeOutOfRange))
                }
                other => panic!("{code}: {other:?}"),
            }
        }
        let escaped: Vec<u32> = (0u32..0x80).filter(|&c| json_escapes(c)).collect();
        let expected: Vec<u32> = (0..0x20)
            .chain([u32::from(b'"'), u32::from(b'\\')])
            .collect();
        assert_eq!(escaped, expected);
    }

    #[test]
    fn a_body_too_big_for_memory_is_refused_not_an_abort() {
        // A reservation no allocator grants: the same path as a message near the limit.
        assert_eq!(
            crate::text::reserved(usize::MAX).err(),
            Some(Error::OutOfMemory)
        );
        assert_eq!(
            crate::text::reserved(isize::MAX as usize).err(),
            Some(Error::OutOfMemory)
        );
        assert_eq!(crate::text::reserved(16).unwrap().capacity(), 16);
    }

    #[test]
    fn the_usual_body_is_answered_as_the_parser_answers_it() {
        let results = ["error", "ok", "", "流程"];
        let codes = [
            "403",
            "",
            " 409 ",
            "0",
            "007",
            "ERR_WPLY",
            "-1",
            "2147483648",
            "4\\u0030",
        ];
        let msgs = [
            "",
            "x",
            "流程已经挂起",
            "a\\\"b",
            "\\n",
            "\u{1}",
            "\\ud800",
            "😀",
        ];
        let tails = ["", " ", "x", "}", ",\"k\":1}", "\"", "\\"];
        let mut fast = 0;
        for r in results {
            for c in codes {
                for m in msgs {
                    let body =
                        format!("{{\"result\":\"{r}\",\"errorCode\":\"{c}\",\"msg\":\"{m}\"}}");
                    let plain = ![c, m]
                        .iter()
                        .any(|s| s.contains('\\') || s.contains('\u{1}'));
                    assert_eq!(canonical_code(&body).is_some(), plain, "{body}");
                    // Every prefix and every extension: the fast path answers only
                    // where the parser agrees.
                    let texts = (0..=body.len())
                        .filter(|&i| body.is_char_boundary(i))
                        .map(|i| body[..i].to_owned())
                        .chain(tails.iter().map(|t| format!("{body}{t}")));
                    for t in texts {
                        if let Some(code) = canonical_code(&t) {
                            assert_eq!(code, json_code_parsed(&t), "{t}");
                            fast += 1;
                        }
                    }
                }
            }
        }
        // Only the whole bodies without escapes (4 results x 8 codes x 4 messages),
        // each met twice: as its longest prefix and with the empty tail.
        assert_eq!(fast, 2 * 4 * 8 * 4);
        assert_eq!(
            canonical_code(r#"{"result":"error","errorCode":"403","msg":"m"}"#),
            Some(Ok(403))
        );
    }

    #[test]
    fn many_xml_attributes_take_linear_time() {
        // 200,000 distinct attributes: with a list of the names seen this took 18 s.
        let attrs: String = (0..200_000).map(|i| format!(" a{i}=\"\"")).collect();
        let body = format!("<result type=\"error\" errorCode=\"403\"{attrs}/>");
        assert_eq!(error_code_of(body.as_bytes()), Ok(403));
        let dup = format!("<result type=\"error\" errorCode=\"403\"{attrs} a7=\"x\"/>");
        assert_eq!(error_code_of(dup.as_bytes()), Err(Error::MalformedBody));
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
