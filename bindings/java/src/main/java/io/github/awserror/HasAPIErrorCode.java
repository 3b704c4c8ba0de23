package io.github.awserror;

/**
 * For exceptions that cannot extend {@link AWSException} (they already extend something
 * else): implement this and {@code getAPIErrorCode()} answers as it does for
 * AWSException, by the class's mapping ({@link AwsErrors#register}) or 500.
 */
public interface HasAPIErrorCode {
    /**
     * The API error code, e.g. {@code "403"}.
     *
     * @throws IllegalStateException if the implementing class is not a Throwable
     */
    default String getAPIErrorCode() {
        if (this instanceof Throwable) {
            return AwsErrors.codeOf((Throwable) this);
        }
        // The message is built out of line: this method stays small enough to inline.
        throw AwsErrors.notThrowable(this);
    }
}
