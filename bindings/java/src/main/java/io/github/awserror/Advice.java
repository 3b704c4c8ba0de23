package io.github.awserror;

/** What the caller should do about an error, as the table says. */
public enum Advice {
    /** Wait and send the request again. */
    RETRY_LATER,
    /** Do not send the request again. */
    DO_NOT_RETRY,
    /** Correct the request (arguments, session, method) before sending it again. */
    FIX_REQUEST,
    /** Look at the server's {@code aws.log} for the details. */
    CHECK_AWS_LOG,
    /** Ask the system administrator. */
    CONTACT_ADMINISTRATOR,
    /** Ask the developer of the business process. */
    CONTACT_BUSINESS_DEVELOPER,
    /** Look at the app's own log, fix the cause and start the app again. */
    CHECK_APP_LOG,
    /** Ignore it, or restore the uninstalled app. */
    IGNORE_OR_RESTORE_APP
}
