package io.github.awserror;

/** A missing or malformed argument (400), optionally naming the argument and what is wrong. */
public class AWSIllegalArgumentException extends AWSException {
    private static final long serialVersionUID = 1L;

    /** The argument is null. */
    public static final String NULL = "NULL";
    /** The argument is empty. */
    public static final String EMPT = "EMPT";
    /** The argument has the wrong format. */
    public static final String FORMAT = "FORMAT";

    private final String argumentName;
    private final String illegalType;

    public AWSIllegalArgumentException(String message) {
        this(null, null, message, null);
    }

    public AWSIllegalArgumentException(String message, Throwable cause) {
        this(null, null, message, cause);
    }

    public AWSIllegalArgumentException(Throwable cause) {
        super(cause);
        this.argumentName = null;
        this.illegalType = null;
    }

    public AWSIllegalArgumentException(String argumentName, String illegalType) {
        this(argumentName, illegalType, defaultMessage(argumentName, illegalType), null);
    }

    public AWSIllegalArgumentException(String argumentName, String illegalType, String message) {
        this(argumentName, illegalType, message, null);
    }

    public AWSIllegalArgumentException(String argumentName, String illegalType, Throwable cause) {
        this(argumentName, illegalType, defaultMessage(argumentName, illegalType), cause);
    }

    public AWSIllegalArgumentException(String argumentName, String illegalType, String message,
            Throwable cause) {
        super(message, cause);
        this.argumentName = argumentName;
        this.illegalType = illegalType;
    }

    private static String defaultMessage(String argumentName, String illegalType) {
        return "illegal argument " + argumentName + " (" + illegalType + ")";
    }

    /** The argument's name, or null. */
    public String getArgumentName() {
        return argumentName;
    }

    /** What is wrong with it ({@link #NULL}, {@link #EMPT}, {@link #FORMAT}), or null. */
    public String getIllegalType() {
        return illegalType;
    }
}
