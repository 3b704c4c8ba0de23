package com.actionsoft.exception;

/** Stand-in for the platform class (the demo runs without the AWS PaaS platform). */
public class AWSForbiddenException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AWSForbiddenException(String message) {
        super(message);
    }
}
