//! Text from bytes that may not be UTF-8. Messages must never be rejected or
//! shortened, so every byte that is not part of a valid UTF-8 sequence becomes one
//! U+FFFD: a truncated three-byte sequence leaves two replacement characters, and
//! the number of bad bytes can still be read off the text. (`String::from_utf8_lossy`
//! would fold a truncated sequence into one.)

use crate::error::{Error, Result};
use std::borrow::Cow;

/// An empty string with room for `n` bytes, or [`Error::OutOfMemory`]: results sized
/// by the caller's input are reserved this way, so a huge input is refused instead of
/// aborting the process (Rust aborts on a failed infallible allocation).
pub(crate) fn reserved(n: usize) -> Result<String> {
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| Error::OutOfMemory)?;
    Ok(s)
}

/// `bytes` as text, each byte outside a valid UTF-8 sequence replaced by U+FFFD.
pub fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for _ in chunk.invalid() {
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::lossy;

    #[test]
    fn every_bad_byte_becomes_one_replacement_character() {
        assert_eq!(lossy(b"plain"), "plain");
        assert_eq!(lossy("中文".as_bytes()), "中文");
        assert_eq!(lossy(b"a\xffb"), "a\u{fffd}b");
        assert_eq!(lossy(b"end \xe4\xb8"), "end \u{fffd}\u{fffd}");
        assert_eq!(lossy(b"\xf0\x9f\x98x"), "\u{fffd}\u{fffd}\u{fffd}x");
        assert_eq!(lossy(b"\xed\xa0\x80"), "\u{fffd}\u{fffd}\u{fffd}");
        assert_eq!(lossy(b"\xe4\xb8\xad\xff\xe6\x96\x87"), "中\u{fffd}文");
        assert_eq!(lossy(b"\xc0\xae"), "\u{fffd}\u{fffd}");
    }
}
