package io.github.awserror;

/** Test-only native hook: exported only by a library built with the `fault-injection` feature. */
final class FaultInjection {
    private FaultInjection() {
    }

    /** Makes every later native call panic inside the JNI wrapper (true), or not. */
    static native void arm(boolean on);
}
