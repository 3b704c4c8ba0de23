package io.github.awserror;

/**
 * The platform's base exception (unchecked). {@link #getAPIErrorCode()} is answered by
 * the native core from the runtime class: 500 for this class and for subclasses without
 * a code of their own, the inherited code for subclasses of the table's classes, the
 * registered code for classes given one with {@link AwsErrors#register}.
 * {@link #getAPIErrorCode()} comes from {@link HasAPIErrorCode}.
 */
public class AWSException extends RuntimeException implements HasAPIErrorCode {
    private static final long serialVersionUID = 1L;

    public AWSException(String message) {
        super(message);
    }

    public AWSException(String message, Throwable cause) {
        super(message, cause);
    }

    public AWSException(Throwable cause) {
        super(cause);
    }

    // getAPIErrorCode() is HasAPIErrorCode's default method, deliberately not
    // overridden here: HotSpot declines to inline methods declared in Throwable
    // subclasses into callers outside them ("exception method"), and an interface's
    // method is not one, so the caller's JIT sees through to the per-class cache.
}
