//! A code as a small value type with cheap, total methods (in the spirit of
//! `http::StatusCode`): every `i32` is accepted and every method answers.

use crate::catalogue::{self, Category, ErrorInfo};
use std::fmt;

/// Language of human-readable texts. In the C ABI `0` is Chinese and any other
/// value English, so an unexpected value still yields readable text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// `0` is Chinese; every other value is English.
    #[inline]
    pub fn from_c(value: i32) -> Lang {
        if value == 0 {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// The text given for a code that is not in the catalogue, NUL-terminated for C.
pub(crate) const UNKNOWN_ZH: &str = "未知错误码\0";
pub(crate) const UNKNOWN_EN: &str = "unknown error code\0";

/// The category of any integer: the first digit of a three-digit code when it is
/// 4, 5, 7 or 8, otherwise [`Category::Invalid`].
#[inline]
pub const fn category_of(code: i32) -> Category {
    if code < 100 || code > 999 {
        return Category::Invalid;
    }
    match code / 100 {
        4 => Category::Client,
        5 => Category::Server,
        7 => Category::Availability,
        8 => Category::Quota,
        _ => Category::Invalid,
    }
}

/// An error code. Any `i32` is a valid value; unknown ones answer with the
/// "unknown" texts and [`Category::Invalid`] where appropriate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ErrorCode(i32);

impl ErrorCode {
    #[inline]
    pub const fn new(code: i32) -> ErrorCode {
        ErrorCode(code)
    }

    /// The code as an integer.
    #[inline]
    pub const fn as_i32(self) -> i32 {
        self.0
    }

    #[inline]
    pub const fn category(self) -> Category {
        category_of(self.0)
    }

    /// Whether the code is in the catalogue.
    #[inline]
    pub fn is_known(self) -> bool {
        catalogue::position(self.0).is_some()
    }

    /// The catalogue entry, if the code is known.
    #[inline]
    pub fn info(self) -> Option<&'static ErrorInfo> {
        catalogue::info(self.0)
    }

    /// The platform name in `lang`, or the "unknown error code" text.
    #[inline]
    pub fn name(self, lang: Lang) -> &'static str {
        let z = self.name_z(lang);
        &z[..z.len() - 1]
    }

    /// The description in `lang`, or the "unknown error code" text.
    #[inline]
    pub fn describe(self, lang: Lang) -> &'static str {
        let z = self.describe_z(lang);
        &z[..z.len() - 1]
    }

    /// NUL-terminated name, for the C ABI.
    #[inline]
    pub(crate) fn name_z(self, lang: Lang) -> &'static str {
        match (self.info(), lang) {
            (Some(i), Lang::Zh) => i.name_zh,
            (Some(i), Lang::En) => i.name_en,
            (None, Lang::Zh) => UNKNOWN_ZH,
            (None, Lang::En) => UNKNOWN_EN,
        }
    }

    /// NUL-terminated description, for the C ABI.
    #[inline]
    pub(crate) fn describe_z(self, lang: Lang) -> &'static str {
        match (self.info(), lang) {
            (Some(i), Lang::Zh) => i.description_zh,
            (Some(i), Lang::En) => i.description_en,
            (None, Lang::Zh) => UNKNOWN_ZH,
            (None, Lang::En) => UNKNOWN_EN,
        }
    }
}

impl From<i32> for ErrorCode {
    fn from(code: i32) -> Self {
        ErrorCode(code)
    }
}

impl fmt::Display for ErrorCode {
    /// The code as the platform writes it: the decimal digits (`getAPIErrorCode()` form).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
