//! Java class names in the three forms callers hand us, and their normalisation.
//!
//! - binary: `com.actionsoft.exception.AWSException`, `com.a.Outer$Inner` (`Class.getName()`)
//! - internal: `com/actionsoft/exception/AWSException` (JNI, class files)
//! - simple: `AWSException` (no package)
//!
//! The normal form is the binary one. Comparing and hashing treat `/` as `.`, so a
//! lookup never allocates.

use crate::error::{Error, Result};

/// The longest name accepted, in bytes: the JVM's limit for a class name
/// (a constant-pool UTF-8 entry).
pub const MAX_NAME_LEN: usize = 65_535;

/// What each byte may be in a class name (see [`ClassName::parse`]).
const INVALID: u8 = 0;
const IDENT: u8 = 1;
const DIGIT: u8 = 2;
const SEP: u8 = 3;
const CLASS: [u8; 256] = {
    let mut t = [INVALID; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' | 0x80..=0xff => IDENT,
            b'0'..=b'9' => DIGIT,
            b'.' | b'/' => SEP,
            _ => INVALID,
        };
        b += 1;
    }
    t
};

/// A validated class name, borrowed from the caller.
#[derive(Clone, Copy, Debug)]
pub struct ClassName<'a> {
    text: &'a str,
    /// Byte offset of the simple name (after the last separator; 0 when none).
    simple_start: usize,
    /// Whether the separators are `/` (internal form), so comparisons must map them.
    internal: bool,
}

impl<'a> ClassName<'a> {
    /// Validates `text`: non-empty, at most [`MAX_NAME_LEN`] bytes, segments separated
    /// by `.` or by `/` (not both), each segment a Java identifier (letters, digits,
    /// `_`, `$`, any non-ASCII character; not starting with a digit).
    pub fn parse(text: &'a str) -> Result<ClassName<'a>> {
        if text.is_empty() {
            return Err(Error::Empty);
        }
        if text.len() > MAX_NAME_LEN {
            return Err(Error::TooLong);
        }
        let bytes = text.as_bytes();
        // Branch-free scan: accumulate every rule violation, decide once at the end.
        let (mut bad, mut after_sep, mut dot, mut slash) = (false, true, false, false);
        for &b in bytes {
            let class = CLASS[b as usize];
            let is_sep = class == SEP;
            bad |= (class == INVALID) | ((is_sep | (class == DIGIT)) & after_sep);
            dot |= b == b'.';
            slash |= b == b'/';
            after_sep = is_sep;
        }
        // `after_sep` here means a trailing separator (`com.a.`).
        if bad | after_sep | (dot & slash) {
            return Err(Error::MalformedName);
        }
        let simple_start = bytes
            .iter()
            .rposition(|&b| b == b'.' || b == b'/')
            .map_or(0, |i| i + 1);
        Ok(ClassName {
            text,
            simple_start,
            internal: slash,
        })
    }

    /// The name as given.
    #[inline]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// The last segment: `Outer$Inner` for `com.a.Outer$Inner`.
    #[inline]
    pub fn simple(&self) -> &'a str {
        &self.text[self.simple_start..]
    }

    /// Whether the name has a package part.
    #[inline]
    pub fn has_package(&self) -> bool {
        self.simple_start != 0
    }

    /// Whether the package equals `dotted` (given in binary form, e.g. `com.a`).
    #[inline]
    pub fn package_is(&self, dotted: &str) -> bool {
        self.simple_start == dotted.len() + 1
            && same_name(&self.text[..self.simple_start - 1], dotted, self.internal)
    }

    /// Whether this name equals `dotted` (binary form) once `/` is read as `.`.
    #[inline]
    pub fn is(&self, dotted: &str) -> bool {
        same_name(self.text, dotted, self.internal)
    }

    /// The binary form (`/` replaced by `.`).
    pub fn to_binary(&self) -> String {
        self.text.replace('/', ".")
    }

    /// A hash of the binary form, eight bytes at a time; no allocation. Only for
    /// in-process tables (not stable across versions).
    #[inline]
    pub fn hash(&self) -> u64 {
        let bytes = self.text.as_bytes();
        let mut h = bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = mix(h, dots(u64::from_le_bytes(w)));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = mix(h, dots(u64::from_le_bytes(w)));
        }
        h ^ (h >> 29)
    }
}

/// Turns every `/` byte of `w` into `.` (SWAR: exact per-byte zero test on `w ^ '/'`).
#[inline]
fn dots(w: u64) -> u64 {
    const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let v = w ^ 0x2f2f_2f2f_2f2f_2f2f;
    let slash = !(((v & LO7).wrapping_add(LO7)) | v | LO7); // 0x80 where the byte is '/'
    w ^ (slash >> 7) // '/' (0x2f) ^ 1 == '.' (0x2e)
}

#[inline]
fn mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// `a` equals `dotted` (binary form); when `a` is internal, `/` is read as `.`.
#[inline]
fn same_name(a: &str, dotted: &str, internal: bool) -> bool {
    if !internal {
        return a == dotted;
    }
    a.len() == dotted.len()
        && a.bytes()
            .zip(dotted.bytes())
            .all(|(x, y)| x == y || (x == b'/' && y == b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_and_binary_forms_hash_and_compare_alike() {
        let names = [
            "a",
            "a.b",
            "com.actionsoft.exception.AWSException",
            "x.y.z.Outer$Inner$1",
            "com.acme.enterprise.billing.service.InvoiceLockedException12",
            "中.文.名",
        ];
        for n in names {
            let dotted = ClassName::parse(n).unwrap();
            let internal_text = n.replace('.', "/");
            let internal = ClassName::parse(&internal_text).unwrap();
            assert_eq!(dotted.hash(), internal.hash(), "{n}");
            assert!(internal.is(n) && dotted.is(n));
            assert_eq!(internal.to_binary(), n);
        }
        // Bytes next to a '/' are untouched by the SWAR rewrite.
        let w = dots(u64::from_le_bytes(*b"a/0/.z/\xff"));
        assert_eq!(&w.to_le_bytes(), b"a.0..z.\xff");
        let untouched = u64::from_le_bytes(*b"\x2e\x30\xaf\x2f\x00\x2d\x7f\x2b");
        assert_eq!(
            &dots(untouched).to_le_bytes(),
            b"\x2e\x30\xaf\x2e\x00\x2d\x7f\x2b"
        );
        assert_ne!(
            ClassName::parse("a.b").unwrap().hash(),
            ClassName::parse("a.c").unwrap().hash()
        );
    }
}
