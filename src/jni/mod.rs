//! The JNI layer behind `io.github.awserror` (Java).
//!
//! Every native method is a one-line export that hands its body to [`call`], the one
//! wrapper: it catches panics, and turns every failure into a Java exception in one
//! place ([`throw::raise`]). Bodies return `Result<_, Failure>` and use `?` after each
//! JNI call, so nothing is ever called with an exception pending: the first pending
//! exception ends the body and is left for Java to see.
//!
//! One file per concern: `throw` (failure → exception), `cache` (global class refs and
//! method IDs), `hierarchy` (class → code, register), `catalogue` (the table as Java
//! objects), `library` (version, registry generation), `response` (bodies), `journal`
//! (aws.log handles), `text` (Java strings in, UTF-16 exact), `fault` (test-only).

use jni::JNIEnv;
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

mod cache;
mod catalogue;
#[cfg(feature = "fault-injection")]
mod fault;
mod hierarchy;
mod journal;
mod library;
mod response;
mod text;
mod throw;

pub use catalogue::*;
pub use hierarchy::*;
pub use journal::*;
pub use library::*;
pub use response::*;

#[cfg(feature = "fault-injection")]
pub use fault::*;

/// Why a native method did not produce its value. Mapped to Java in `throw::raise`.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The core refused the input; `subject` says which input.
    Core {
        error: crate::Error,
        subject: String,
    },
    /// A Java argument that must not be `null` was.
    NullArgument(&'static str),
    /// An argument outside what the method accepts (not a core rule); the message says why.
    Invalid(String),
    /// A buffer sized by a Java argument could not be allocated; says for what.
    OutOfMemory(&'static str),
    /// A JNI call failed (a Java exception may be pending).
    Jni(jni::errors::Error),
    /// A panic was caught; the message is the panic's.
    Panic(String),
}

impl From<jni::errors::Error> for Failure {
    fn from(e: jni::errors::Error) -> Self {
        Failure::Jni(e)
    }
}

impl Failure {
    pub(crate) fn core(error: crate::Error, subject: impl Into<String>) -> Self {
        Failure::Core {
            error,
            subject: subject.into(),
        }
    }
}

/// Runs the body of a native method: panics and failures become Java exceptions and
/// the method returns `on_error` (which Java never sees, as an exception is pending).
#[inline]
pub(crate) fn call<'local, T>(
    env: &mut JNIEnv<'local>,
    on_error: T,
    body: impl FnOnce(&mut JNIEnv<'local>) -> Result<T, Failure>,
) -> T {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        crate::fault::point();
        body(env)
    }));
    let failure = match outcome {
        Ok(Ok(value)) => return value,
        Ok(Err(failure)) => failure,
        Err(payload) => Failure::Panic(panic_message(payload.as_ref())),
    };
    throw::raise(env, failure);
    on_error
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_owned()
    }
}
