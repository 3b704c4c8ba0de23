//! The one place where failures become Java exceptions (documented on `AwsErrors`):
//! - `NullPointerException`: a `null` argument;
//! - `IllegalArgumentException`: input the core refuses (bad code, built-in class, name
//!   that is not a Java class name, ...);
//! - `IllegalStateException`: a caught panic or a failed JNI call (a bug, never bad input);
//! - `OutOfMemoryError`: no memory for a buffer or result sized by an argument (a
//!   string too big for what is left), as the JVM itself would report it.
//!
//! An exception already pending (thrown by Java during a JNI call, e.g. an
//! `OutOfMemoryError`) is the truth and is left as it is.

use super::Failure;
use crate::Error;
use jni::JNIEnv;

const NPE: &str = "java/lang/NullPointerException";
const IAE: &str = "java/lang/IllegalArgumentException";
const ISE: &str = "java/lang/IllegalStateException";
const OOME: &str = "java/lang/OutOfMemoryError";

/// The exception class and message for a failure.
fn exception_for(failure: &Failure) -> (&'static str, String) {
    match failure {
        Failure::NullArgument(name) => (NPE, format!("{name} must not be null")),
        Failure::Core { error, subject } => {
            let class = match error {
                Error::Null => NPE,
                Error::Empty
                | Error::InvalidUtf8
                | Error::MalformedName
                | Error::CodeOutOfRange
                | Error::BuiltinRemap
                | Error::TooLong
                | Error::MalformedBody
                | Error::NonNumericCode
                | Error::CodeOverflow
                | Error::BadInstance
                | Error::OutOfRange => IAE,
                Error::Panic | Error::Io => ISE,
                Error::OutOfMemory => OOME,
            };
            (class, format!("{subject}: {}", error.message()))
        }
        Failure::Invalid(msg) => (IAE, msg.clone()),
        Failure::OutOfMemory(what) => (OOME, format!("aws-error: not enough memory for {what}")),
        Failure::Jni(e) => (ISE, format!("aws-error: JNI call failed: {e}")),
        Failure::Panic(msg) => (
            ISE,
            format!("aws-error: internal error (panic caught at the JNI boundary): {msg}"),
        ),
    }
}

/// Leaves exactly one Java exception pending for `failure`.
pub(super) fn raise(env: &mut JNIEnv<'_>, failure: Failure) {
    // A pending exception must not be replaced (and JNI must not be called with one
    // pending, except the few exception functions used here).
    if env.exception_check().unwrap_or(true) {
        return;
    }
    let (class, message) = exception_for(&failure);
    if env.throw_new(class, &message).is_err() && !env.exception_check().unwrap_or(true) {
        // Only if even that failed without leaving an exception: a plain Error.
        let _ = env.throw_new("java/lang/Error", message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_error_has_a_java_exception() {
        for e in Error::ALL {
            let (class, msg) = exception_for(&Failure::core(e, "x"));
            assert!(class.starts_with("java/lang/"), "{e:?}");
            assert_eq!(msg, format!("x: {}", e.message()));
        }
        assert_eq!(
            exception_for(&Failure::core(Error::BuiltinRemap, "x")).0,
            IAE
        );
        assert_eq!(exception_for(&Failure::NullArgument("type")).0, NPE);
        assert_eq!(exception_for(&Failure::Panic("boom".into())).0, ISE);
    }
}
