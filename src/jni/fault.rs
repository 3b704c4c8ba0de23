//! Test-only (feature `fault-injection`): lets Java tests make every native method
//! panic inside the wrapper, to prove each panic becomes a Java exception.

use jni::objects::JClass;
use jni::sys::jboolean;
use jni::JNIEnv;

/// `FaultInjection.arm(boolean)` (test sources). Not wrapped: it cannot panic, and
/// must work while armed.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_FaultInjection_arm<'local>(
    _env: JNIEnv<'local>,
    _class: JClass<'local>,
    on: jboolean,
) {
    crate::fault::arm(on != 0);
}
