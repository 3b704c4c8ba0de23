package io.github.awserror;

/**
 * The native methods (src/jni/ in the crate). Each one goes through the native
 * wrapper: {@code null} → NullPointerException, refused input → IllegalArgumentException,
 * internal failure → IllegalStateException. Callers first call {@link #ensureLoaded()}.
 */
final class Native {
    /** Null when the library is loaded and its version is the jar's. */
    private static final UnsatisfiedLinkError LOAD_FAILURE = Loader.load();

    private Native() {
    }

    /** Throws, with the full story of what was tried, when the library could not be loaded. */
    static void ensureLoaded() {
        if (LOAD_FAILURE != null) {
            UnsatisfiedLinkError e = new UnsatisfiedLinkError(LOAD_FAILURE.getMessage());
            e.initCause(LOAD_FAILURE.getCause());
            throw e;
        }
    }

    static native String version();

    static native long generation();

    static native int codeOfClass(Class<?> type);

    /** Returns the registry generation after the registration. */
    static native long register(Class<?> type, int code);

    static native boolean isKnown(int code);

    static native int category(int code);

    static native String categoryName(int code);

    static native String name(int code, boolean zh);

    static native String describe(int code, boolean zh);

    static native int[] codes();

    static native ErrorInfo[] entries();
}
