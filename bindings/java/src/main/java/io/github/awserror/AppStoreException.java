package io.github.awserror;

/** Talking to the AppStore failed (540). */
public class AppStoreException extends AWSException {
    private static final long serialVersionUID = 1L;

    public AppStoreException(String message) {
        super(message);
    }

    public AppStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public AppStoreException(Throwable cause) {
        super(cause);
    }
}
