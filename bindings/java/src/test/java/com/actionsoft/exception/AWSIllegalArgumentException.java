package com.actionsoft.exception;

/** Test stand-in for the platform class of this name (only its name and parent matter). */
public class AWSIllegalArgumentException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSIllegalArgumentException(String message) {
        super(message);
    }
}
