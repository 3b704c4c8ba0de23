package io.github.awserror;

/**
 * The kind of an error code, given by its first digit. The values are the C ABI's
 * ({@code AWS_ERROR_CATEGORY_*}); a test checks this enum against the core.
 */
public enum Category {
    /** Not a three-digit code starting with 4, 5, 7 or 8. */
    INVALID(0),
    /** 4xx: the request is wrong; fix it before sending it again. */
    CLIENT(4),
    /** 5xx: the server failed. */
    SERVER(5),
    /** 7xx: the instance or the app is not available. */
    AVAILABILITY(7),
    /** 8xx: licence quota and other limits. */
    QUOTA(8);

    private final int value;

    Category(int value) {
        this.value = value;
    }

    /** The C ABI value ({@code AWS_ERROR_CATEGORY_*}). */
    public int value() {
        return value;
    }

    /** values() copies the array on every call. */
    private static final Category[] VALUES = values();

    static Category ofValue(int value) {
        for (Category c : VALUES) {
            if (c.value == value) {
                return c;
            }
        }
        throw new IllegalStateException("aws-error: the native library returned category " + value
                + ", which this jar does not know (library and jar out of step)");
    }
}
