//! C ABI over the catalogue and the code value type.

use super::{guard, static_c};
use crate::catalogue::{Advice, Category, Scope, Source, ENTRIES};
use crate::code::{category_of, ErrorCode, Lang, UNKNOWN_EN};
use std::ffi::c_char;
use std::ptr;

/// One catalogue entry. All strings are static UTF-8: never free them.
#[repr(C)]
pub struct AwsErrorInfo {
    /// The three-digit code.
    pub code: i32,
    /// Its category (first digit).
    pub category: Category,
    /// The table's Chinese name, verbatim (e.g. "错误的参数请求").
    pub name_zh: *const c_char,
    /// The table's English name, verbatim where it gives one (e.g. "Not Find Resource").
    pub name_en: *const c_char,
    /// When it happens and what to do, in Chinese.
    pub description_zh: *const c_char,
    /// When it happens and what to do, in English.
    pub description_en: *const c_char,
    /// Simple name of the table's (first) exception class; NULL when it names none.
    pub exception: *const c_char,
    /// Server, or web layer only (401, 405, 408, 590, 591).
    pub scope: Scope,
    /// Whether the table says the code is returned in the ResponseObject.
    pub in_response: bool,
    /// Whether the request was not executed, so re-sending cannot apply it twice.
    pub resend_safe: bool,
    /// What the caller should do.
    pub advice: Advice,
    /// The table, or a newer platform's APIErrorCode extra (409, 410, 502, 503).
    pub source: Source,
}

/// The C view of every entry, built at compile time from the one catalogue.
struct Infos([AwsErrorInfo; ENTRIES.len()]);
// SAFETY: every pointer in it points to an immutable `'static` string; nothing
// is ever written through them, so sharing between threads is sound.
unsafe impl Sync for Infos {}

const fn to_c(e: &crate::catalogue::ErrorInfo) -> AwsErrorInfo {
    AwsErrorInfo {
        code: e.code,
        category: category_of(e.code),
        name_zh: e.name_zh.as_ptr().cast(),
        name_en: e.name_en.as_ptr().cast(),
        description_zh: e.description_zh.as_ptr().cast(),
        description_en: e.description_en.as_ptr().cast(),
        exception: if e.exceptions.is_empty() {
            ptr::null()
        } else {
            e.exceptions[0].as_ptr().cast()
        },
        scope: e.scope,
        in_response: e.in_response,
        resend_safe: e.resend_safe,
        advice: e.advice,
        source: e.source,
    }
}

static INFOS: Infos = Infos({
    let mut out = [const { to_c(&ENTRIES[0]) }; ENTRIES.len()];
    let mut i = 0;
    while i < ENTRIES.len() {
        out[i] = to_c(&ENTRIES[i]);
        i += 1;
    }
    out
});

/// The category of any integer: the first digit of a three-digit code when it is
/// 4, 5, 7 or 8 (so 456 is CLIENT even though it is not in the catalogue);
/// `AWS_ERROR_CATEGORY_INVALID` for everything else (100, 600, 99, 1000, 0, negatives).
#[no_mangle]
pub extern "C" fn aws_error_category(code: i32) -> Category {
    guard(Category::Invalid, || category_of(code))
}

/// Whether `code` is in the catalogue (the table's 23 codes and 409, 410, 502, 503).
#[no_mangle]
pub extern "C" fn aws_error_is_known(code: i32) -> bool {
    guard(false, || ErrorCode::new(code).is_known())
}

/// The catalogue entry for `code`: static, never free it. NULL when the code is unknown.
#[no_mangle]
pub extern "C" fn aws_error_info(code: i32) -> *const AwsErrorInfo {
    // `get`, not indexing: no panic path on the lookup.
    guard(ptr::null(), || {
        crate::catalogue::position(code)
            .and_then(|i| INFOS.0.get(i))
            .map_or(ptr::null(), |info| info as *const AwsErrorInfo)
    })
}

/// The platform name of `code` in `lang` (`AWS_ERROR_LANG_ZH`, otherwise English).
/// Static UTF-8, never NULL: unknown codes give "未知错误码" / "unknown error code".
#[no_mangle]
pub extern "C" fn aws_error_name(code: i32, lang: i32) -> *const c_char {
    guard(static_c(UNKNOWN_EN), || {
        static_c(ErrorCode::new(code).name_z(Lang::from_c(lang)))
    })
}

/// When `code` happens and what to do, in `lang` (`AWS_ERROR_LANG_ZH`, otherwise
/// English). Static UTF-8, never NULL: unknown codes give the "unknown error code" text.
#[no_mangle]
pub extern "C" fn aws_error_describe(code: i32, lang: i32) -> *const c_char {
    guard(static_c(UNKNOWN_EN), || {
        static_c(ErrorCode::new(code).describe_z(Lang::from_c(lang)))
    })
}

/// Writes the known codes in ascending order into `out`, at most `cap` of them, and
/// returns how many there are in all (so `aws_error_codes(NULL, 0)` gives the count).
/// A NULL `out` writes nothing, whatever `cap` is.
///
/// # Safety
/// `out` is NULL or points to at least `cap` writable `int32_t`.
#[no_mangle]
pub unsafe extern "C" fn aws_error_codes(out: *mut i32, cap: usize) -> usize {
    guard(ENTRIES.len(), || {
        if !out.is_null() {
            for (i, e) in ENTRIES.iter().take(cap).enumerate() {
                // SAFETY: i < cap and `out` has room for `cap` values (contract).
                unsafe { out.add(i).write(e.code) };
            }
        }
        ENTRIES.len()
    })
}

/// The library version ("0.1.0"): static, never NULL.
#[no_mangle]
pub extern "C" fn aws_error_version() -> *const c_char {
    guard(static_c("\0"), || {
        static_c(concat!(env!("CARGO_PKG_VERSION"), "\0"))
    })
}

/// A short English text for a result of this library: a failure constant
/// (`AWS_ERROR_ERR_*`) gives its meaning, anything else "ok". Static, never NULL.
#[no_mangle]
pub extern "C" fn aws_error_errstr(result: i32) -> *const c_char {
    guard(static_c("internal error\0"), || {
        static_c(crate::error::Error::from_code(result).map_or("ok\0", |e| e.message_z()))
    })
}
