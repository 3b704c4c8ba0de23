package com.actionsoft.exception;

/** Test stand-in for the platform class of this name (only its name and parent matter). */
public class AppContainerException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AppContainerException(String message) {
        super(message);
    }
}
