package com.example.other;

/** Same simple name as a table class, in a package that is not the platform's: not built-in. */
public class AWSForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
