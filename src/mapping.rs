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

/// The code a name is mapped to (built-in or registered), if any.
#[inline]
pub fn mapped_code(name: &ClassName<'_>) -> Option<i32> {
    builtin_code(name).or_else(|| registry::lookup(name))
}

/// The code for one exception class: its mapping, or 500.
#[inline]
pub fn code_for_exception(class_name: &str) -> Result<i32> {
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
