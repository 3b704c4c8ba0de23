package io.github.awserror;

/** Where a catalogue entry comes from. */
public enum Source {
    /** The platform's error-code table (the specification). */
    TABLE,
    /** Defined by newer platform versions in {@code APIErrorCode}, absent from the table. */
    PLATFORM_EXTRA
}
