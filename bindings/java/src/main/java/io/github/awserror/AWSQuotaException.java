package io.github.awserror;

/** A licence quota was exceeded (800). */
public class AWSQuotaException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSQuotaException(String message) {
        super(message);
    }

    public AWSQuotaException(String message, Throwable cause) {
        super(message, cause);
    }

    public AWSQuotaException(Throwable cause) {
        super(cause);
    }
}
