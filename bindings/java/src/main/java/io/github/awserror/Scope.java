package io.github.awserror;

/** Where a code is produced. */
public enum Scope {
    /** Raised by the server; Java code sees it through {@code getAPIErrorCode()}. */
    SERVER,
    /** Only produced by the SOAP/REST web layer, never by server-side exceptions. */
    WEB_LAYER
}
