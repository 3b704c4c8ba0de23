//! From exception class names to codes: built-ins, registrations, the chain rule
//! and the default 500.
//!
//! Rules (the table's "异常或发生场景" column, and platform-facts.md):
//! - Built-in: the table's classes. A name is built-in when its simple name is one
//!   of them and its package is the platform's (`com.actionsoft.exception`), our
//!   Java binding's (`io.github.awserror`) or absent. The same simple name in any
//!   other package is an ordinary class.
//! - Registered: custom classes mapped with [`register_exception`].
//! - Anything else: 500 (JDK and non-AWS exceptions, AWSException subclasses
//!   without a code of their own).
//! - A chain (the class, then its superclasses) answers with the first mapped name.

use crate::catalogue::Category;
use crate::catalogue::ENTRIES;
use crate::code::category_of;
use crate::error::{Error, Result};
use crate::names::{hash_text, ClassName, MAX_NAME_LEN};
use crate::registry;

/// The code of anything not mapped.
pub const DEFAULT_CODE: i32 = 500;

/// Packages whose table-named classes are built-in.
pub const BUILTIN_PACKAGES: [&str; 2] = ["com.actionsoft.exception", "io.github.awserror"];

/// The built-in code of a name, if it is one of the table's classes in a
/// built-in package (or without package).
#[inline]
pub fn builtin_code(name: &ClassName<'_>) -> Option<i32> {
    if name.has_package() && !BUILTIN_PACKAGES.iter().any(|p| name.package_is(p)) {
        return None;
    }
    let simple = name.simple().as_bytes();
    BUILTINS
        .iter()
        .find(|(class, _)| *class == simple)
        .map(|&(_, code)| code)
}

/// Number of exception classes the catalogue names.
const BUILTIN_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < ENTRIES.len() {
        n += ENTRIES[i].exceptions.len();
        i += 1;
    }
    n
};

/// (simple name, code) of every class the catalogue names, flattened at compile
/// time from the one catalogue so a lookup scans a short array.
const BUILTINS: [(&[u8], i32); BUILTIN_COUNT] = {
    let mut out: [(&[u8], i32); BUILTIN_COUNT] = [(b"", 0); BUILTIN_COUNT];
    let (mut i, mut n) = (0, 0);
    while i < ENTRIES.len() {
        let mut j = 0;
        while j < ENTRIES[i].exceptions.len() {
            let z = ENTRIES[i].exceptions[j].as_bytes();
            out[n] = (z.split_at(z.len() - 1).0, ENTRIES[i].code); // drop the NUL
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
};

/// [`BUILTIN_PACKAGES`] with the separator after them, in binary and internal form.
const BUILTIN_PREFIXES: [&[u8]; 4] = [
    b"com.actionsoft.exception.",
    b"com/actionsoft/exception/",
    b"io.github.awserror.",
    b"io/github/awserror/",
];

/// The longest text [`builtin_exact`] can match: the longest prefix and simple name.
const MAX_BUILTIN_LEN: usize = {
    let (mut longest, mut i) = (0, 0);
    while i < BUILTINS.len() {
        if BUILTINS[i].0.len() > longest {
            longest = BUILTINS[i].0.len();
        }
        i += 1;
    }
    BUILTIN_PREFIXES[0].len() + longest
};

/// The code of a built-in name written exactly in one of its forms: the simple name,
/// or a built-in package with only `.` or only `/` before it. Each such text is a
/// valid name, so a match needs no validation. `None` for every other text, which
/// then takes the general path (with the same answer for these texts).
#[inline]
fn builtin_exact(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    if b.len() > MAX_BUILTIN_LEN {
        return None; // e.g. most registered names: they pay one compare here
    }
    let simple = BUILTIN_PREFIXES
        .iter()
        .find_map(|p| b.strip_prefix(*p))
        .unwrap_or(b);
    BUILTINS
        .iter()
        .find(|(class, _)| *class == simple)
        .map(|&(_, code)| code)
}

/// The code a name is mapped to (built-in or registered), if any.
#[inline]
pub fn mapped_code(name: &ClassName<'_>) -> Option<i32> {
    builtin_code(name).or_else(|| registry::lookup(name))
}

/// The code for one exception class: its mapping, or 500.
#[inline]
pub fn code_for_exception(class_name: &str) -> Result<i32> {
    // A table class as the platform names it: no validation needed (see builtin_exact).
    if let Some(code) = builtin_exact(class_name) {
        return Ok(code);
    }
    // A registered name in binary form (what `Class.getName()` gives) is found
    // before validating it: a stored name is valid, so an exact match proves the
    // input valid, and validating was most of the cost of a long name. Registered
    // names are never built-in, so looking them up first changes no answer.
    if registry::is_empty() || class_name.len() > MAX_NAME_LEN {
        let name = ClassName::parse(class_name)?;
        return Ok(mapped_code(&name).unwrap_or(DEFAULT_CODE));
    }
    let hash = hash_text(class_name);
    if let Some(code) = registry::lookup_exact(class_name, hash) {
        return Ok(code);
    }
    let name = ClassName::parse(class_name)?;
    // The same hash serves the internal form (`/` hashes as `.`).
    let registered = || registry::lookup_hashed(&name, hash);
    Ok(builtin_code(&name)
        .or_else(registered)
        .unwrap_or(DEFAULT_CODE))
}

/// The code for a class followed by its superclasses (most specific first): the
/// code of the first mapped name, or 500 when none is. Every name is validated, so
/// the first malformed entry, in order, is reported whatever precedes it.
pub fn code_for_exception_chain<'a>(class_names: impl IntoIterator<Item = &'a str>) -> Result<i32> {
    code_for_chain(class_names.into_iter().map(ClassName::parse))
}

/// The chain rule over parsed names, one pass: each name is parsed once and
/// looked up only until the first mapped one; a failure anywhere wins.
#[inline]
pub fn code_for_chain<'a>(names: impl Iterator<Item = Result<ClassName<'a>>>) -> Result<i32> {
    let mut found = None;
    for name in names {
        let name = name?;
        if found.is_none() {
            found = mapped_code(&name);
        }
    }
    Ok(found.unwrap_or(DEFAULT_CODE))
}

/// Maps a custom class to `code` (any code whose category is valid). Registering
/// the same name again replaces its code. Built-in names cannot be remapped.
pub fn register_exception(class_name: &str, code: i32) -> Result<()> {
    let name = ClassName::parse(class_name)?;
    if category_of(code) == Category::Invalid {
        return Err(Error::CodeOutOfRange);
    }
    if builtin_code(&name).is_some() {
        return Err(Error::BuiltinRemap);
    }
    registry::insert(&name, code);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The general path: validate, then the built-in table.
    fn general(text: &str) -> Result<Option<i32>> {
        ClassName::parse(text).map(|n| builtin_code(&n))
    }

    #[test]
    fn exact_builtin_names_answer_as_the_general_path_does() {
        assert!(BUILTINS.len() >= 11, "the table names at least 11 classes");
        assert!(BUILTIN_PREFIXES
            .iter()
            .all(|p| p.len() <= BUILTIN_PREFIXES[0].len()));
        for &(class, code) in &BUILTINS {
            let simple = std::str::from_utf8(class).unwrap();
            let forms = BUILTIN_PREFIXES
                .iter()
                .map(|p| format!("{}{simple}", std::str::from_utf8(p).unwrap()))
                .chain([simple.to_owned()]);
            for text in forms {
                assert_eq!(builtin_exact(&text), Some(code), "{text}");
                assert_eq!(general(&text), Ok(Some(code)), "{text}");
                assert_eq!(code_for_exception(&text), Ok(code), "{text}");
            }
            // Near misses take the general path, whatever it answers.
            for text in [
                format!("com.actionsoft.exception/{simple}"),
                format!("com/actionsoft.exception.{simple}"),
                format!("io.github/awserror.{simple}"),
                format!("com.actionsoft.exception.x.{simple}"),
                format!("org.example.{simple}"),
                format!("{simple}x"),
                format!("x{simple}"),
                format!("{simple}."),
                format!(".{simple}"),
                format!("{simple}$Inner"),
                simple.to_lowercase(),
            ] {
                assert_eq!(builtin_exact(&text), None, "{text}");
            }
        }
        for text in ["", "com.actionsoft.exception.", "io/github/awserror/", "."] {
            assert_eq!(builtin_exact(text), None, "{text:?}");
        }
        assert_eq!(
            builtin_exact("com.actionsoft.exception.AWSForbiddenException"),
            Some(403)
        );
        assert_eq!(
            builtin_exact("io/github/awserror/AWSQuotaException"),
            Some(800)
        );
    }
}
