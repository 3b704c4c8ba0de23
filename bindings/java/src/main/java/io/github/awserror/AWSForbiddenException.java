package io.github.awserror;

/** The operation is forbidden and should not be tried again (403). */
public class AWSForbiddenException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSForbiddenException(String message) {
        super(message);
    }

    public AWSForbiddenException(String message, Throwable cause) {
        super(message, cause);
    }

    public AWSForbiddenException(Throwable cause) {
        super(cause);
    }
}
