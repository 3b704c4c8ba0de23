package com.actionsoft.exception;

/** Test stand-in for the platform class of this name (only its name and parent matter). */
public class AWSEngineException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSEngineException(String message) {
        super(message);
    }
}
