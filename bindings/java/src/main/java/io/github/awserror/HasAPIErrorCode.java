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
        if (!(this instanceof Throwable)) {
            throw new IllegalStateException("HasAPIErrorCode is for exceptions; "
                    + getClass().getName() + " is not a Throwable");
        }
        return AwsErrors.codeOf((Throwable) this);
    }
}
