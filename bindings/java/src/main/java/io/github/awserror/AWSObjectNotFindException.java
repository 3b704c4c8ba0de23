package io.github.awserror;

/** The object asked for does not exist (404). The name is the platform's. */
public class AWSObjectNotFindException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSObjectNotFindException(String message) {
        super(message);
    }

    public AWSObjectNotFindException(String message, Throwable cause) {
        super(message, cause);
    }

    public AWSObjectNotFindException(Throwable cause) {
        super(cause);
    }
}
