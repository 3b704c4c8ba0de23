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
        let shape = scan(text.as_bytes());
        if shape.bad || (shape.dot && shape.slash) {
            return Err(Error::MalformedName);
        }
        let simple_start = shape.last_sep.map_or(0, |i| i + 1);
        Ok(ClassName {
            text,
            simple_start,
            internal: shape.slash,
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
        hash_text(self.text)
    }
}

/// [`ClassName::hash`] of any text, validated or not: `/` hashes as `.`, so a
/// valid name hashes alike in its binary and internal forms. It reads the length,
/// the first 8 bytes and the last 16: names sharing a package differ at the end,
/// and a fixed cost matters more here than spreading names that differ only in
/// the middle (they share a bucket, and buckets compare whole names).
#[inline]
pub fn hash_text(text: &str) -> u64 {
    let b = text.as_bytes();
    let n = b.len();
    let mut h = n as u64;
    if n >= 8 {
        h = mix(h, dots(word8(b, 0)));
        if n > 8 {
            h = mix(h, dots(word8(b, n - 8)));
        }
        if n > 16 {
            h = mix(h, dots(word8(b, n - 16)));
        }
    } else if n >= 4 {
        let w = word4(b, 0) | word4(b, n - 4) << 32;
        h = mix(h, dots(w));
    } else if n > 0 {
        let w = u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16;
        h = mix(h, dots(w));
    }
    h ^ (h >> 29)
}

#[inline]
fn word8(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

#[inline]
fn word4(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    u64::from(u32::from_le_bytes(w))
}

/// What one pass over a name finds: whether any rule is broken, which separators
/// occur, and where the last one is.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    /// A byte outside the identifier set, an empty segment, a segment starting with
    /// a digit, or a trailing separator.
    bad: bool,
    dot: bool,
    slash: bool,
    last_sep: Option<usize>,
}

/// The portable scan, one byte at a time; also the reference the SIMD scan is
/// tested against.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn scan_scalar(bytes: &[u8]) -> Shape {
    let (mut bad, mut after_sep, mut dot, mut slash) = (false, true, false, false);
    let mut last_sep = None;
    for (i, &b) in bytes.iter().enumerate() {
        let class = CLASS[b as usize];
        let is_sep = class == SEP;
        bad |= (class == INVALID) | ((is_sep | (class == DIGIT)) & after_sep);
        dot |= b == b'.';
        slash |= b == b'/';
        if is_sep {
            last_sep = Some(i);
        }
        after_sep = is_sep;
    }
    Shape {
        bad: bad | after_sep,
        dot,
        slash,
        last_sep,
    }
}

#[cfg(not(target_arch = "x86_64"))]
use scan_scalar as scan;

/// The same scan, sixteen bytes at a time with SSE2 (always present on x86_64):
/// names are scanned on every lookup, and this keeps a 60-byte name to a few
/// dozen instructions instead of several hundred.
#[cfg(target_arch = "x86_64")]
fn scan(bytes: &[u8]) -> Shape {
    use std::arch::x86_64::*;

    /// `x` in `lo..=hi`, per byte (signed compare: bytes >= 0x80 never match).
    #[target_feature(enable = "sse2")]
    fn between(x: __m128i, lo: u8, hi: u8) -> __m128i {
        let above = _mm_cmpgt_epi8(x, _mm_set1_epi8((lo - 1) as i8));
        _mm_and_si128(above, _mm_cmplt_epi8(x, _mm_set1_epi8((hi + 1) as i8)))
    }

    /// Bit masks (bit i = byte i) of: valid identifier-or-separator bytes, digits,
    /// dots, slashes.
    #[target_feature(enable = "sse2")]
    fn classify(chunk: &[u8; 16]) -> (u32, u32, u32, u32) {
        // SAFETY: `chunk` is 16 readable bytes; the unaligned load has no other requirement.
        let v = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
        let letter = between(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z');
        let digit = between(v, b'0', b'9');
        let dot = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'.' as i8));
        let slash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'/' as i8));
        let under = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8));
        let dollar = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'$' as i8));
        let non_ascii = _mm_cmplt_epi8(v, _mm_setzero_si128()); // bytes >= 0x80
        let valid = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(letter, digit), _mm_or_si128(dot, slash)),
            _mm_or_si128(_mm_or_si128(under, dollar), non_ascii),
        );
        let mask = |m| _mm_movemask_epi8(m) as u32;
        (mask(valid), mask(digit), mask(dot), mask(slash))
    }

    /// The masks of the (up to) 16 bytes at `at`; bits past the end are garbage.
    #[inline(always)]
    fn chunk_masks(bytes: &[u8], at: usize) -> (u32, u32, u32, u32) {
        let n = bytes.len() - at;
        if let Some(full) = bytes[at..].first_chunk() {
            // SAFETY: SSE2 is part of the x86_64 baseline, so the feature is always present.
            unsafe { classify(full) }
        } else if let Some(last) = bytes.last_chunk::<16>() {
            // A short tail of a long name: classify the last 16 bytes (overlapping
            // what was already seen) and shift the masks so bit 0 is byte `at`.
            // SAFETY: as above.
            let (v, d, o, s) = unsafe { classify(last) };
            let skip = 16 - n;
            (v >> skip, d >> skip, o >> skip, s >> skip)
        } else {
            let mut short = [b'a'; 16]; // padding: a harmless identifier byte, masked out
            short[..n].copy_from_slice(&bytes[at..]);
            // SAFETY: as above.
            unsafe { classify(&short) }
        }
    }

    // Blocks of 64 bytes (most names are one block): gather 64-bit masks, then
    // apply the segment rules once per block.
    let (mut bad, mut dots, mut slashes) = (0u64, 0u64, 0u64);
    let mut after_sep = 1u64; // the first byte starts a segment
    let mut last_sep = None;
    let mut i = 0;
    while i < bytes.len() {
        let n = (bytes.len() - i).min(64);
        let (mut valid, mut digit, mut dot, mut slash) = (0u64, 0u64, 0u64, 0u64);
        let mut k = 0;
        while k < n {
            let (v, d, o, s) = chunk_masks(bytes, i + k);
            valid |= (v as u64) << k;
            digit |= (d as u64) << k;
            dot |= (o as u64) << k;
            slash |= (s as u64) << k;
            k += 16;
        }
        let live = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        let sep = (dot | slash) & live;
        let starts = ((sep << 1) | after_sep) & live; // first byte of each segment
        bad |= (!valid & live) | ((sep | digit) & starts);
        dots |= dot & live;
        slashes |= slash & live;
        if sep != 0 {
            last_sep = Some(i + 63 - sep.leading_zeros() as usize);
        }
        after_sep = (sep >> (n - 1)) & 1;
        i += n;
    }
    Shape {
        bad: (bad | after_sep) != 0,
        dot: dots != 0,
        slash: slashes != 0,
        last_sep,
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
    fn simd_scan_matches_the_scalar_reference() {
        let mut cases: Vec<Vec<u8>> = [
            "a",
            "A.b",
            "com.actionsoft.exception.AWSException",
            "com//B",
            ".a",
            "a.",
            "a/b.c",
            "1a",
            "a.1b",
            "a.b1",
            "x$y_z",
            "中.文",
            "a b",
            "com.acme.enterprise.billing.service.InvoiceLockedException12",
            "abcdefghijklmno.",
            "abcdefghijklmnop.q",
            "abcdefghijklmno.1",
            "abcdefghijklmnop/q/r",
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
        // Every byte value at every position of a 33-byte and of a 130-byte name
        // (several 64-byte blocks), around chunk and block edges.
        let long = format!("{}.Tail$Inner", "com.acme.enterprise.billing.".repeat(4));
        for base in [
            b"com.acme.Abcdefgh.ijklmnopq.rstuv".to_vec(),
            long.into_bytes(),
        ] {
            for pos in 0..base.len() {
                for b in 0..=255u8 {
                    let mut v = base.clone();
                    v[pos] = b;
                    cases.push(v);
                }
            }
        }
        // Pseudo-random names over a small alphabet of the interesting bytes.
        let alphabet = b"aZ09._/$\x80 -";
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = 1 + (x % 150) as usize;
            cases.push(
                (0..len)
                    .map(|k| alphabet[((x >> (k % 60)) as usize + k) % alphabet.len()])
                    .collect(),
            );
        }
        for c in cases {
            assert_eq!(
                scan(&c),
                scan_scalar(&c),
                "{:?}",
                String::from_utf8_lossy(&c)
            );
        }
    }

    #[test]
    fn the_hash_reads_the_first_8_and_last_16_bytes_only() {
        // tests/mapping.rs relies on these two sharing a registry bucket.
        assert_eq!(
            hash_text("com.acme.fastpath.alpha.SharedBucketException"),
            hash_text("com.acme.fastpath.bravo.SharedBucketException")
        );
        assert_ne!(hash_text("com.a.B"), hash_text("com.a.C"));
        assert_ne!(hash_text("abc"), hash_text("abd"));
        assert_ne!(hash_text("abcdefghX"), hash_text("abcdefghY"));
    }

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
