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

    /** Element i names the core error numbered -(i + 1) (the C constants' suffixes). */
    static native String[] errorNames();

    /** {open, close}: the error body of {@code code} before and after its message. */
    static native String[] errorJsonFrame(int code);

    /** Element c (c < 128): the core's JSON escape of char c, or null; no other char is escaped. */
    static native String[] jsonEscapes();

    /** The error body for {@code code}; {@code msg} null means "". */
    static native String responseJson(int code, String msg);

    /** A whole body: result 0 ok, 1 warning, 2 error (with code); data JSON text or null. */
    static native String body(int result, int code, String msg, String data, boolean xml);

    /** The errorCode of a body, 0 when absent, or a negative core error number. */
    static native int errorCodeOf(String body);

    /** A journal handle, or 0 when the file cannot be opened (I/O). */
    static native long journalOpen(String path, long maxBytes, int backups);

    /** 0, or the core's I/O error number; the handle must be open. */
    static native int journalWrite(long handle, int code, String exception, String msg, String detail);

    /** Frees the handle (0: no-op); no write may be running or follow. */
    static native void journalClose(long handle);

    /** The platform's journal file for a logs folder and instance name (null: aws.log). */
    static native String journalPath(String logsDir, String instance);
}
