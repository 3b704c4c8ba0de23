package io.github.awserror;

/** An import, export or format conversion failed (521). */
public class AWSTransferException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSTransferException(String message) {
        super(message);
    }

    public AWSTransferException(String message, Throwable cause) {
        super(message, cause);
    }

    public AWSTransferException(Throwable cause) {
        super(cause);
    }
}
