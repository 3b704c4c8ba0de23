package com.actionsoft.exception;

/** Test stand-in for the platform class of this name (only its name and parent matter). */
public class AWSException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AWSException(String message) {
        super(message);
    }
}
