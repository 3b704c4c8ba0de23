//! Classes and method IDs looked up once and kept for the life of the process:
//! global references, so the JVM cannot unload what a cached method ID points into.

use super::Failure;
use jni::objects::{GlobalRef, JMethodID};
use jni::JNIEnv;
use std::sync::OnceLock;

pub(crate) struct Cache {
    /// `java.lang.Class#getName()`.
    pub class_get_name: JMethodID,
    /// `io.github.awserror.ErrorInfo`, and its constructor (see `catalogue.rs`).
    pub error_info: GlobalRef,
    pub error_info_ctor: JMethodID,
    /// `java.lang.String`, for `String[]`.
    pub string: GlobalRef,
}

/// The constructor the core calls; keep in step with `ErrorInfo.java`.
pub(crate) const ERROR_INFO_CTOR_SIG: &str = "(ILjava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;ZZLjava/lang/String;Ljava/lang/String;)V";

static CACHE: OnceLock<Cache> = OnceLock::new();

/// The cache, filled on first use. Two threads may both look up; one result is kept.
pub(crate) fn get(env: &mut JNIEnv<'_>) -> Result<&'static Cache, Failure> {
    if let Some(c) = CACHE.get() {
        return Ok(c);
    }
    let cache = env.with_local_frame(8, |env| -> Result<Cache, Failure> {
        let class = env.find_class("java/lang/Class")?;
        let class_get_name = env.get_method_id(&class, "getName", "()Ljava/lang/String;")?;
        let info = env.find_class("io/github/awserror/ErrorInfo")?;
        let error_info_ctor = env.get_method_id(&info, "<init>", ERROR_INFO_CTOR_SIG)?;
        let error_info = env.new_global_ref(&info)?;
        let string = env.find_class("java/lang/String")?;
        let string = env.new_global_ref(&string)?;
        Ok(Cache {
            class_get_name,
            error_info,
            error_info_ctor,
            string,
        })
    })?;
    Ok(CACHE.get_or_init(|| cache))
}
