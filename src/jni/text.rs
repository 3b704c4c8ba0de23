//! Java strings in, by their UTF-16 code units (`GetStringRegion`), never through
//! `GetStringUTFChars`: that gives *modified* UTF-8 (NUL as `C0 80`, supplementary
//! characters as surrogate pairs, lone surrogates as-is), which is not UTF-8. Here a
//! lone surrogate becomes U+FFFD and every other character arrives exactly.
//!
//! The hot paths (response bodies) use [`with_utf8`] and [`new_string`]: stack buffers,
//! one JNI call in and one out, and no encoding work on the Java side.

use super::Failure;
use jni::objects::{JObject, JObjectArray, JString};
use jni::sys::{jsize, jstring};
use jni::JNIEnv;

/// The number of UTF-16 units of a non-null Java string.
fn units_len(env: &mut JNIEnv<'_>, s: &JString<'_>) -> Result<usize, Failure> {
    let raw = env.get_raw();
    // SAFETY: `raw` is this thread's valid JNIEnv; `s` is a non-null local reference
    // to a java.lang.String (callers check null); no exception is pending (the
    // `call` wrapper's rule).
    let len = unsafe {
        let get_len = (**raw).GetStringLength.ok_or(Failure::Jni(
            jni::errors::Error::JNIEnvMethodNotFound("GetStringLength"),
        ))?;
        get_len(raw, s.as_raw())
    };
    Ok(len.max(0) as usize)
}

/// Copies the first `units.len()` UTF-16 units of a non-null Java string, which has
/// at least that many ([`units_len`]), into `units`.
fn read_units(env: &mut JNIEnv<'_>, s: &JString<'_>, units: &mut [u16]) -> Result<(), Failure> {
    if units.is_empty() {
        return Ok(());
    }
    let raw = env.get_raw();
    // SAFETY: as in `units_len`; `units` holds exactly the region [0, len), which
    // is within the string, so GetStringRegion writes only into it and cannot throw.
    unsafe {
        let region = (**raw).GetStringRegion.ok_or(Failure::Jni(
            jni::errors::Error::JNIEnvMethodNotFound("GetStringRegion"),
        ))?;
        region(raw, s.as_raw(), 0, units.len() as jsize, units.as_mut_ptr());
    }
    Ok(())
}

/// The text of a Java string; `None` for `null`.
pub(crate) fn utf16_lossy(
    env: &mut JNIEnv<'_>,
    s: &JString<'_>,
) -> Result<Option<String>, Failure> {
    let copy = |t: &str| {
        let mut owned = crate::text::reserved(t.len())
            .map_err(|_| Failure::OutOfMemory("a copy of a string argument"))?;
        owned.push_str(t);
        Ok(owned)
    };
    with_utf8(env, s, |_, t| t.map(copy).transpose())?
}

/// The text of a Java string that must not be `null`.
pub(crate) fn required(
    env: &mut JNIEnv<'_>,
    s: &JString<'_>,
    name: &'static str,
) -> Result<String, Failure> {
    utf16_lossy(env, s)?.ok_or(Failure::NullArgument(name))
}

/// Strings up to this many UTF-16 units are read and transcoded on the stack.
const STACK_UNITS: usize = 256;

/// Calls `f` with the text of a Java string as UTF-8 (`None` for `null`): the code
/// units are read with one `GetStringRegion` and transcoded here, a lone surrogate
/// becoming U+FFFD. Short strings use stack buffers only; no Java-side encoding and
/// no intermediate `byte[]`. `f` gets `env` back, to read more strings.
pub(crate) fn with_utf8<'l, R>(
    env: &mut JNIEnv<'l>,
    s: &JString<'_>,
    f: impl FnOnce(&mut JNIEnv<'l>, Option<&str>) -> R,
) -> Result<R, Failure> {
    if s.is_null() {
        return Ok(f(env, None));
    }
    let len = units_len(env, s)?;
    let mut stack_units = [0u16; STACK_UNITS];
    let mut stack_bytes = [0u8; 3 * STACK_UNITS];
    let (mut heap_units, mut heap_bytes) = (Vec::new(), Vec::new());
    let (units, out) = if len <= STACK_UNITS {
        (&mut stack_units[..len], &mut stack_bytes[..3 * len])
    } else {
        // Fallible: a string near the memory limit is an OutOfMemoryError, not an abort.
        let oom = |_| Failure::OutOfMemory("a copy of a string argument");
        heap_units.try_reserve_exact(len).map_err(oom)?;
        heap_bytes.try_reserve_exact(3 * len).map_err(oom)?;
        heap_units.resize(len, 0);
        heap_bytes.resize(3 * len, 0);
        (&mut heap_units[..], &mut heap_bytes[..])
    };
    read_units(env, s, units)?;
    Ok(f(env, Some(utf16_to_utf8(units, out))))
}

/// UTF-16 to UTF-8, a lone surrogate as U+FFFD; `out` must hold 3 bytes per unit
/// (the most any unit takes: a pair is 2 units for 4 bytes).
fn utf16_to_utf8<'o>(units: &[u16], out: &'o mut [u8]) -> &'o str {
    assert!(out.len() >= 3 * units.len());
    let mut n = 0;
    let mut i = 0;
    while i < units.len() {
        // Runs of ASCII (most of a stack trace) eight units at a time.
        if let Some(chunk) = units[i..].first_chunk::<8>() {
            if chunk.iter().fold(0, |acc, &u| acc | u) < 0x80 {
                for (d, &u) in out[n..n + 8].iter_mut().zip(chunk) {
                    *d = u as u8;
                }
                i += 8;
                n += 8;
                continue;
            }
        }
        let u = units[i];
        i += 1;
        if u < 0x80 {
            out[n] = u as u8;
            n += 1;
            continue;
        }
        let c = if (0xD800..0xDC00).contains(&u) {
            match units.get(i) {
                Some(&low) if (0xDC00..0xE000).contains(&low) => {
                    i += 1;
                    0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00)
                }
                _ => 0xFFFD,
            }
        } else if (0xDC00..0xE000).contains(&u) {
            0xFFFD
        } else {
            u32::from(u)
        };
        // Every value of `c` here is a scalar value (no surrogate, at most U+10FFFF).
        let ch = char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
        n += ch.encode_utf8(&mut out[n..]).len();
    }
    // SAFETY: out[..n] holds only ASCII bytes and whole `char::encode_utf8` sequences.
    unsafe { std::str::from_utf8_unchecked(&out[..n]) }
}

/// A new Java string with the text of `s`, handed to `NewString` as UTF-16 (on the
/// stack when short). Not `NewStringUTF`: HotSpot decodes (modified) UTF-8 a byte at a
/// time, twice, and that was most of `responseJson`'s time; nor jni-rs's `new_string`,
/// which adds a modified-UTF-8 copy before that.
pub(crate) fn new_string(env: &mut JNIEnv<'_>, s: &str) -> Result<jstring, Failure> {
    let mut stack = [0u16; 2 * STACK_UNITS];
    let mut heap = Vec::new();
    // UTF-16 never needs more units than UTF-8 needs bytes.
    let units: &[u16] = if s.len() <= stack.len() {
        let mut n = 0;
        for u in s.encode_utf16() {
            stack[n] = u;
            n += 1;
        }
        &stack[..n]
    } else {
        heap.try_reserve_exact(s.len())
            .map_err(|_| Failure::OutOfMemory("a string result"))?;
        heap.extend(s.encode_utf16());
        &heap
    };
    new_string_utf16(env, units)
}

/// A new `String[len]` holding `items` at their indices, the other elements null;
/// each element's local reference is freed once it is stored.
pub(crate) fn string_array<'l, S: AsRef<str>>(
    env: &mut JNIEnv<'l>,
    len: usize,
    items: impl IntoIterator<Item = (usize, S)>,
) -> Result<JObjectArray<'l>, Failure> {
    let cache = super::cache::get(env)?;
    let length = jsize::try_from(len)
        .map_err(|_| Failure::Invalid("too many elements for a Java array".to_owned()))?;
    let array = env.new_object_array(length, &cache.string, JObject::null())?;
    for (i, text) in items {
        let s = env.new_string(text.as_ref())?;
        // `i < len`, so it fits a jsize too.
        env.set_object_array_element(&array, i as jsize, &s)?;
        env.delete_local_ref(s)?;
    }
    Ok(array)
}

/// A new Java string of these UTF-16 units (`NewString`).
fn new_string_utf16(env: &mut JNIEnv<'_>, units: &[u16]) -> Result<jstring, Failure> {
    // What a Java string can hold: jsize::MAX Latin-1 chars, half that otherwise (its
    // bytes are counted in an int; HotSpot's NewString overflows past it). Refused as
    // Java refuses it, with an OutOfMemoryError.
    const TOO_LONG: Failure =
        Failure::OutOfMemory("the result, which is longer than a Java string can hold");
    let len = jsize::try_from(units.len()).map_err(|_| TOO_LONG)?;
    if units.len() > (jsize::MAX >> 1) as usize && units.iter().any(|&u| u > 0xFF) {
        return Err(TOO_LONG);
    }
    let raw = env.get_raw();
    // SAFETY: `raw` is this thread's valid JNIEnv and no exception is pending (the
    // `call` wrapper's rule); `units` holds `len` jchars and outlives the call.
    let string = unsafe {
        let new =
            (**raw)
                .NewString
                .ok_or(Failure::Jni(jni::errors::Error::JNIEnvMethodNotFound(
                    "NewString",
                )))?;
        new(raw, units.as_ptr(), len)
    };
    if string.is_null() {
        // Out of memory: the JVM has an OutOfMemoryError pending.
        return Err(Failure::Jni(jni::errors::Error::JavaException));
    }
    Ok(string)
}

#[cfg(test)]
mod tests {
    use super::utf16_to_utf8;

    #[test]
    fn transcoding_matches_from_utf16_lossy() {
        let cases: Vec<Vec<u16>> = vec![
            vec![],
            "plain ascii".encode_utf16().collect(),
            "流程已经挂起，操作被拒绝 é ß 😀 \0 end"
                .encode_utf16()
                .collect(),
            vec![0xD800],
            vec![0xDC00],
            vec![0xDC00, 0xD800],
            vec![0x61, 0xD83D],
            vec![0xD83D, 0xDE00, 0xD83D],
            vec![0xD800, 0xD800, 0xDC00],
            vec![0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0xFFFD, 0xE000],
            "\tat com.actionsoft.bpms.Step1.execute(Step1.java:101)\n中文 then ascii again"
                .encode_utf16()
                .collect(),
        ];
        // A non-ASCII unit or lone surrogate at every position of a 40-unit ASCII run
        // (inside, at the start and at the end of the 8-unit fast path).
        let ascii: Vec<u16> = "abcdefghijklmnopqrstuvwxyz0123456789ABCD"
            .encode_utf16()
            .collect();
        let mut cases = cases;
        for pos in 0..ascii.len() {
            for odd in [0x80, 0x4E2D, 0xD800, 0xDC00] {
                let mut v = ascii.clone();
                v[pos] = odd;
                cases.push(v);
            }
        }
        for units in cases {
            let mut out = vec![0u8; 3 * units.len()];
            assert_eq!(
                utf16_to_utf8(&units, &mut out),
                String::from_utf16_lossy(&units),
                "{units:x?}"
            );
        }
    }
}
