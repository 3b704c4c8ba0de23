package io.github.awserror;

/**
 * A business error thrown by process code (550). It carries a <em>business</em> code
 * ({@link #getErrorCode()}, e.g. {@code "ERR_WPLY"}); its API code is always 550.
 */
public class BPMNError extends AWSException {
    private static final long serialVersionUID = 1L;

    private final String errorCode;

    public BPMNError(String errorCode) {
        super(errorCode);
        this.errorCode = errorCode;
    }

    public BPMNError(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /** The business code given by the process developer (not the API code). */
    public String getErrorCode() {
        return errorCode;
    }
}
