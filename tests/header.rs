//! The checked-in header must be exactly what the pinned cbindgen generates now.
//! Refresh it with `make header` (AWS_ERROR_BLESS=1) after changing the C ABI.

#[test]
fn checked_in_header_is_fresh() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/aws_error.h"));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/include/aws_error.h");
    if std::env::var_os("AWS_ERROR_BLESS").is_some() {
        std::fs::write(path, generated).expect("write include/aws_error.h");
        return;
    }
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "include/aws_error.h is stale: run `make header` and commit the result"
    );
}

#[test]
fn every_header_name_is_prefixed() {
    // Unprefixed macros or types would collide with the including program's names.
    let header = include_str!("../include/aws_error.h");
    for line in header.lines() {
        if let Some(rest) = line.strip_prefix("#define ") {
            assert!(rest.starts_with("AWS_ERROR_"), "unprefixed macro: {line}");
        }
        if let Some(rest) = line.strip_prefix("typedef ") {
            // `typedef enum AwsErrorX {`, `typedef struct AwsErrorLog AwsErrorLog;`
            let name = rest.split_whitespace().nth(1).unwrap_or("");
            assert!(name.starts_with("AwsError"), "unprefixed type: {line}");
        }
    }
}
