package io.github.awserror;

/** A process, form or other engine failed (520). */
public class AWSEngineException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSEngineException(String message) {
        super(message);
    }

    public AWSEngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public AWSEngineException(Throwable cause) {
        super(cause);
    }
}
