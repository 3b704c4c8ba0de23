//! Test-only fault injection: with the `fault-injection` feature, tests can make
//! every guarded export panic inside its guard, to prove no panic crosses the C or
//! JNI boundary. Without the feature this compiles to nothing.

#[cfg(feature = "fault-injection")]
mod imp {
    use std::sync::atomic::{AtomicBool, Ordering};

    static ARMED: AtomicBool = AtomicBool::new(false);

    /// Makes every later guarded call panic (true) or behave (false).
    pub fn arm(on: bool) {
        ARMED.store(on, Ordering::SeqCst);
    }

    #[inline]
    pub fn point() {
        if ARMED.load(Ordering::SeqCst) {
            panic!("aws-error: injected fault");
        }
    }
}

#[cfg(feature = "fault-injection")]
pub use imp::{arm, point};

/// No fault injection in normal builds.
#[cfg(not(feature = "fault-injection"))]
#[inline(always)]
pub fn point() {}
