//! The one result type. Each variant has a stable negative number: the C ABI
//! returns it as `int32_t` (`AWS_ERROR_ERR_*` in the header) and the JNI layer
//! maps it to a Java exception in one place. Numbers are never reused.

use std::fmt;

#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    /// A required pointer argument was NULL.
    Null = -1,
    /// A string argument was empty.
    Empty = -2,
    /// A string argument was not valid UTF-8.
    InvalidUtf8 = -3,
    /// A class name is not a binary (`a.b.C`), internal (`a/b/C`) or simple (`C`) name.
    MalformedName = -4,
    /// A code whose category is INVALID where a valid one is required.
    CodeOutOfRange = -5,
    /// A built-in (table) class cannot be remapped.
    BuiltinRemap = -6,
    /// The library caught an internal panic; nothing was changed.
    Panic = -7,
    /// An input is longer than the documented limit.
    TooLong = -8,
    /// An I/O error (journal).
    Io = -9,
    /// A response body is not a ResponseObject in JSON or XML form.
    MalformedBody = -10,
    /// A response body's errorCode is not a number (apps set e.g. "ERR_WPLY").
    NonNumericCode = -11,
    /// A response body's errorCode is numeric but negative or beyond int32.
    CodeOverflow = -12,
    /// A cluster instance name (`aws.inst`) is not a plain file name.
    BadInstance = -13,
    /// A numeric argument is outside its documented range (e.g. journal backups).
    OutOfRange = -14,
    /// Not enough memory for a result sized by the input (a body, a journal record).
    OutOfMemory = -15,
}

impl Error {
    /// Every variant, in number order (for docs, tests and the JNI map).
    pub const ALL: [Error; 15] = [
        Error::Null,
        Error::Empty,
        Error::InvalidUtf8,
        Error::MalformedName,
        Error::CodeOutOfRange,
        Error::BuiltinRemap,
        Error::Panic,
        Error::TooLong,
        Error::Io,
        Error::MalformedBody,
        Error::NonNumericCode,
        Error::CodeOverflow,
        Error::BadInstance,
        Error::OutOfRange,
        Error::OutOfMemory,
    ];

    /// The stable negative number.
    #[inline]
    pub const fn code(self) -> i32 {
        self as i32
    }

    /// The variant for a number, if it is one.
    pub fn from_code(code: i32) -> Option<Error> {
        Error::ALL.iter().copied().find(|e| e.code() == code)
    }

    /// The name after `AWS_ERROR_ERR_` in the C header (Java's `AwsErrors.ERR_*`).
    pub const fn name(self) -> &'static str {
        match self {
            Error::Null => "NULL",
            Error::Empty => "EMPTY",
            Error::InvalidUtf8 => "INVALID_UTF8",
            Error::MalformedName => "MALFORMED_NAME",
            Error::CodeOutOfRange => "CODE_OUT_OF_RANGE",
            Error::BuiltinRemap => "BUILTIN_REMAP",
            Error::Panic => "PANIC",
            Error::TooLong => "TOO_LONG",
            Error::Io => "IO",
            Error::MalformedBody => "MALFORMED_BODY",
            Error::NonNumericCode => "NON_NUMERIC_CODE",
            Error::CodeOverflow => "CODE_OVERFLOW",
            Error::BadInstance => "BAD_INSTANCE",
            Error::OutOfRange => "OUT_OF_RANGE",
            Error::OutOfMemory => "OUT_OF_MEMORY",
        }
    }

    /// A short English message.
    pub fn message(self) -> &'static str {
        let z = self.message_z();
        &z[..z.len() - 1]
    }

    /// The message, NUL-terminated for the C ABI.
    pub(crate) const fn message_z(self) -> &'static str {
        match self {
            Error::Null => "argument is NULL\0",
            Error::Empty => "argument is empty\0",
            Error::InvalidUtf8 => "argument is not valid UTF-8\0",
            Error::MalformedName => {
                "not a Java class name (binary a.b.C, internal a/b/C or simple C)\0"
            }
            Error::CodeOutOfRange => {
                "code is not a three-digit code of the 4xx, 5xx, 7xx or 8xx families\0"
            }
            Error::BuiltinRemap => "a built-in AWS PaaS exception class cannot be remapped\0",
            Error::Panic => "internal error (panic caught at the boundary)\0",
            Error::TooLong => "argument is longer than the documented limit\0",
            Error::Io => "I/O error\0",
            Error::MalformedBody => "not a ResponseObject body (JSON or XML)\0",
            Error::NonNumericCode => "errorCode is not numeric\0",
            Error::CodeOverflow => "errorCode is negative or does not fit in a 32-bit integer\0",
            Error::BadInstance => {
                "instance name must be a plain file name (no '/', '\\' or NUL; not '.' or '..')\0"
            }
            Error::OutOfRange => "a numeric argument is outside its documented range\0",
            Error::OutOfMemory => "not enough memory for the result\0",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
