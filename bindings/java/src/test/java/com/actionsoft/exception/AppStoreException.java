package com.actionsoft.exception;

/** Test stand-in for the platform class of this name (only its name and parent matter). */
public class AppStoreException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AppStoreException(String message) {
        super(message);
    }
}
