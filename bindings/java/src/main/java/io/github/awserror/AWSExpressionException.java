package io.github.awserror;

/** An expression evaluation failed (520). */
public class AWSExpressionException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSExpressionException(String message) {
        super(message);
    }

    public AWSExpressionException(String message, Throwable cause) {
        super(message, cause);
    }

    public AWSExpressionException(Throwable cause) {
        super(cause);
    }
}
