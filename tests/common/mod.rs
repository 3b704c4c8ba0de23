//! Helpers shared by several test binaries (each includes this with `mod common;`).

use std::collections::BTreeSet;

/// The names of every function the checked-in C header declares, so a test that
/// must cover each export fails when a new one is added without a case.
pub fn exports_in_header() -> BTreeSet<String> {
    include_str!("../../include/aws_error.h")
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains('('))
        .filter_map(|l| {
            let before = &l[..l.find('(')?];
            let name = before
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()?;
            name.starts_with("aws_").then(|| name.to_string())
        })
        .collect()
}
