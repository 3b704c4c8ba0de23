//! aws-error: the error codes of the AWS PaaS platform (Actionsoft), one Rust core
//! for C (see `include/aws_error.h`), Java (JNI) and the `aws-error` CLI.
//!
//! The crate root only re-exports; each concern lives in one module:
//! `catalogue` (the table), `code` (the value type), `names` (class-name forms),
//! `mapping` (exception → code rules), `registry` (custom registrations),
//! `error` (the one result type), `ffi` (C ABI), `jni` (Java).

pub mod catalogue;
pub mod code;
pub mod error;
pub mod fault;
pub mod journal;
pub mod mapping;
pub mod names;
pub mod registry;
pub mod response;
pub mod text;

pub mod ffi;
pub mod jni;

pub use catalogue::{all, info, Advice, Category, ErrorInfo, Scope, Source};
pub use code::{category_of, ErrorCode, Lang};
pub use error::{Error, Result};
pub use mapping::{code_for_exception, code_for_exception_chain, register_exception};
pub use names::ClassName;

/// The library version, as the C ABI and the Java side report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
