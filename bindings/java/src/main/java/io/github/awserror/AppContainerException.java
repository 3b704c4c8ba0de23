package io.github.awserror;

/** The PaaS app container failed (530). */
public class AppContainerException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AppContainerException(String message) {
        super(message);
    }

    public AppContainerException(String message, Throwable cause) {
        super(message, cause);
    }

    public AppContainerException(Throwable cause) {
        super(cause);
    }
}
