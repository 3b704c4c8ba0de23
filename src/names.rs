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

/// A validated class name, borrowed from the caller.
#[derive(Clone, Copy, Debug)]
pub struct ClassName<'a> {
    text: &'a str,
    /// Byte offset of the simple name (after the last separator; 0 when none).
    simple_start: usize,
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
        let mut sep = 0u8;
        let mut segment_start = true;
        let mut simple_start = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            match b {
                b'.' | b'/' => {
                    if segment_start || (sep != 0 && sep != b) {
                        return Err(Error::MalformedName);
                    }
                    sep = b;
                    segment_start = true;
                    simple_start = i + 1;
                }
                b'0'..=b'9' if segment_start => return Err(Error::MalformedName),
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'$' | 0x80..=0xff => {
                    segment_start = false;
                }
                _ => return Err(Error::MalformedName),
            }
        }
        if segment_start {
            // Trailing separator: `com.a.`
            return Err(Error::MalformedName);
        }
        Ok(ClassName { text, simple_start })
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
        self.simple_start != 0 && same_name(&self.text[..self.simple_start - 1], dotted)
    }

    /// Whether this name equals `dotted` (binary form) once `/` is read as `.`.
    #[inline]
    pub fn is(&self, dotted: &str) -> bool {
        same_name(self.text, dotted)
    }

    /// The binary form (`/` replaced by `.`).
    pub fn to_binary(&self) -> String {
        self.text.replace('/', ".")
    }

    /// FNV-1a over the binary form; no allocation.
    #[inline]
    pub fn hash(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in self.text.as_bytes() {
            let b = if b == b'/' { b'.' } else { b };
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    }
}

/// `a` (binary or internal) equals `dotted` (binary) with `/` read as `.`.
#[inline]
fn same_name(a: &str, dotted: &str) -> bool {
    a.len() == dotted.len()
        && a.bytes()
            .zip(dotted.bytes())
            .all(|(x, y)| x == y || (x == b'/' && y == b'.'))
}
