package com.actionsoft.exception;

/** Stand-in for the platform class (the demo runs without the AWS PaaS platform). */
public class AWSDataAccessException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSDataAccessException(String message) {
        super(message);
    }
}
