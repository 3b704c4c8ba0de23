package com.actionsoft.exception;

/** Stand-in for the platform class (the demo runs without the AWS PaaS platform). */
public class AWSException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AWSException(String message) {
        super(message);
    }
}
