package io.github.awserror;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The AWS PaaS error codes, answered by the aws-error native core (there is no table in
 * Java).
 *
 * <p>Mapping rules, as Java code meets them:
 * <ul>
 * <li>The table's classes ({@code AWSForbiddenException} 403, ...) map to their code,
 *     whether they are this package's classes or the platform's
 *     ({@code com.actionsoft.exception}).</li>
 * <li>A class inherits the code of its nearest superclass that has one: a subclass of
 *     {@code AWSForbiddenException} gets 403.</li>
 * <li>Anything else gets 500: JDK and third-party exceptions, and {@code AWSException}
 *     subclasses without a code of their own.</li>
 * <li>{@link #register} gives a class of yours its own code (and to its subclasses).</li>
 * </ul>
 *
 * <p>Errors: {@code NullPointerException} for a {@code null} argument,
 * {@code IllegalArgumentException} for input the core refuses,
 * {@code IllegalStateException} for an internal failure of the native library (a bug),
 * {@code UnsatisfiedLinkError} when the native library cannot be loaded (its message
 * lists every place tried).
 */
public final class AwsErrors {
    /**
     * The per-class answers: the code String itself is the ClassValue's value, so a
     * cached lookup is one volatile read and {@code ClassValue.get}. {@link #register}
     * replaces the whole ClassValue after the core has the registration: an answer
     * computed before that lives only in the replaced one. (Registrations made through
     * the C ABI in the same process are seen from the next one made here.)
     */
    private static volatile ClassValue<String> cache = newCache();

    private static ClassValue<String> newCache() {
        return new ClassValue<String>() {
            @Override
            protected String computeValue(Class<?> type) {
                if (!Throwable.class.isAssignableFrom(type)) {
                    throw new IllegalArgumentException(type.getName() + " is not a Throwable");
                }
                Native.ensureLoaded();
                return Integer.toString(Native.codeOfClass(type));
            }
        };
    }

    private static volatile List<ErrorInfo> all;

    /** The catalogue indexed by code, with the unknown-code texts; see {@link #texts()}. */
    private static volatile Texts texts;

    /**
     * The core's entries (fetched once: the catalogue is fixed for the life of the
     * library) indexed by {@code code - first}, and the core's "unknown error code"
     * texts, so that name and describe are array reads.
     */
    private static final class Texts {
        final int first;
        final ErrorInfo[] byCode;
        final String unknownZh;
        final String unknownEn;
        final String unknownDescriptionZh;
        final String unknownDescriptionEn;

        Texts(List<ErrorInfo> entries) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (ErrorInfo e : entries) {
                lo = Math.min(lo, e.code());
                hi = Math.max(hi, e.code());
            }
            first = entries.isEmpty() ? 0 : lo;
            byCode = new ErrorInfo[entries.isEmpty() ? 0 : hi - lo + 1];
            for (ErrorInfo e : entries) {
                byCode[e.code() - first] = e;
            }
            // Integer.MIN_VALUE is never a code: the core answers its unknown texts.
            unknownZh = Native.name(Integer.MIN_VALUE, true);
            unknownEn = Native.name(Integer.MIN_VALUE, false);
            unknownDescriptionZh = Native.describe(Integer.MIN_VALUE, true);
            unknownDescriptionEn = Native.describe(Integer.MIN_VALUE, false);
        }

        /** The entry for {@code code}, or null. */
        ErrorInfo get(int code) {
            // As a long: code - first must not overflow into the array.
            long i = (long) code - first;
            return i >= 0 && i < byCode.length ? byCode[(int) i] : null;
        }
    }

    private static Texts texts() {
        Texts t = texts;
        if (t == null) {
            // Native.ensureLoaded() is called by all().
            t = new Texts(all());
            texts = t;
        }
        return t;
    }

    /**
     * {@link #errorCodeOf}: the text is not a ResponseObject body (JSON or XML), or is
     * JSON nested deeper than 128 levels. Same number as C's
     * {@code AWS_ERROR_ERR_MALFORMED_BODY}.
     */
    public static final int ERR_MALFORMED_BODY = -10;

    /**
     * {@link #errorCodeOf}: the errorCode is not a number (apps set e.g.
     * {@code "ERR_WPLY"}). C's {@code AWS_ERROR_ERR_NON_NUMERIC_CODE}.
     */
    public static final int ERR_NON_NUMERIC_CODE = -11;

    /**
     * {@link #errorCodeOf}: the errorCode is numeric but negative or above
     * {@code Integer.MAX_VALUE}. C's {@code AWS_ERROR_ERR_CODE_OVERFLOW}.
     */
    public static final int ERR_CODE_OVERFLOW = -12;

    private AwsErrors() {
    }

    /**
     * The API error code of {@code t}, e.g. {@code "403"}, by its runtime class and
     * superclasses. Repeated calls for the same class do not enter native code.
     *
     * @throws NullPointerException if {@code t} is null
     */
    public static String codeOf(Throwable t) {
        if (t == null) {
            throw new NullPointerException("t must not be null");
        }
        // Not through codeOfClass: one inlining level less on every caller's path
        // (getAPIErrorCode adds one), and t's class is a Throwable by construction.
        return cache.get(t.getClass());
    }

    /** {@link HasAPIErrorCode#getAPIErrorCode()} on something that is not a Throwable. */
    static IllegalStateException notThrowable(Object o) {
        return new IllegalStateException("HasAPIErrorCode is for exceptions; "
                + o.getClass().getName() + " is not a Throwable");
    }

    /**
     * The API error code of instances of {@code type}.
     *
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if {@code type} is not a Throwable (raw types)
     */
    public static String codeOfClass(Class<? extends Throwable> type) {
        if (type == null) {
            throw new NullPointerException("type must not be null");
        }
        // An exception thrown by computeValue (not a Throwable, library not loaded, a
        // native failure) reaches the caller and caches nothing.
        return cache.get(type);
    }

    /**
     * Maps {@code type} (and its subclasses, unless they have their own mapping) to
     * {@code code}. Registering the same class again replaces its code.
     *
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if the code is not in the 4xx, 5xx, 7xx or 8xx
     *     families, if {@code type} is one of the table's built-in classes, or if it
     *     is not a Throwable or its name is not a Java class name
     */
    public static void register(Class<? extends Throwable> type, int code) {
        if (type == null) {
            throw new NullPointerException("type must not be null");
        }
        if (!Throwable.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a Throwable");
        }
        Native.ensureLoaded();
        Native.register(type, code);
        // Published only after the core has the registration. A ClassValue computes its
        // values only after it is published, so every answer in this one (or in one
        // published later by another registration) sees it.
        cache = newCache();
    }

    /**
     * The platform's error body for {@code t}, as {@code ResponseObject.toString()}
     * writes it: {@code {"result":"error","errorCode":"403","msg":"..."}}, the code from
     * {@link #codeOf}, {@code msg} from {@code getMessage()} ({@code ""} when null).
     * Every message reads back exactly from the JSON; a lone surrogate becomes U+FFFD.
     *
     * @throws NullPointerException if {@code t} is null
     */
    public static String responseJson(Throwable t) {
        String code = codeOf(t);
        return responseJson(Integer.parseInt(code), t.getMessage());
    }

    /**
     * The error body for {@code code} and {@code msg} ({@code null} means {@code ""}).
     *
     * @throws IllegalArgumentException if the code is not in the 4xx, 5xx, 7xx or 8xx families
     * @throws OutOfMemoryError if the body is longer than a Java string can hold
     */
    public static String responseJson(int code, String msg) {
        String m = msg == null ? "" : msg;
        String body = writtenInJava(code, m);
        return body != null ? body : Native.responseJson(code, m);
    }

    /**
     * The core's error body for {@code code} and {@code m}, written here without a trip
     * through JNI: the code's frame ({@link JsonFrame}) around the message, in which each
     * character the core escapes is replaced by the core's escape ({@link #jsonEscapes}).
     * A surrogate pair is written as it is (the core writes that character as it is); null
     * when {@code m} holds a lone surrogate: the rule for those (one becomes U+FFFD) stays
     * in the core. ResponseTest checks this against the core for every char.
     *
     * @throws IllegalArgumentException if the code is not in the 4xx, 5xx, 7xx or 8xx families
     */
    static String writtenInJava(int code, String m) {
        JsonFrame frame = jsonFrame(code);
        String[] escapes = jsonEscapes();
        int n = m.length();
        long frameLength = frame.open.length() + frame.close.length();
        if (n + frameLength > MAX_BODY_CHARS) {
            return null; // the core reports what cannot be built
        }
        int i = nextToEscape(m, 0, escapes);
        if (i == n) {
            // The usual message: nothing to escape, so one copy of it.
            return new StringBuilder((int) (n + frameLength))
                    .append(frame.open).append(m).append(frame.close).toString();
        }
        // Sized exactly first (and lone surrogates found), then filled by bulk copies.
        long length = n + frameLength;
        for (int j = i; j < n; j = nextToEscape(m, j + 1, escapes)) {
            char c = m.charAt(j);
            if (c >= escapes.length) {
                return null; // a lone surrogate
            }
            length += escapes[c].length() - 1;
        }
        if (length > MAX_BODY_CHARS) {
            return null;
        }
        int openLength = frame.open.length();
        char[] out = new char[(int) length];
        frame.open.getChars(0, openLength, out, 0);
        int at = openLength;
        int plain = 0;
        for (; i < n; i = nextToEscape(m, plain, escapes)) {
            m.getChars(plain, i, out, at);
            at += i - plain;
            String e = escapes[m.charAt(i)];
            e.getChars(0, e.length(), out, at);
            at += e.length();
            plain = i + 1;
        }
        m.getChars(plain, n, out, at);
        at += n - plain;
        frame.close.getChars(0, frame.close.length(), out, at);
        return new String(out);
    }

    /** The longest body written here: Java's largest arrays are a little short of Integer.MAX_VALUE. */
    private static final long MAX_BODY_CHARS = Integer.MAX_VALUE - 16;

    /**
     * The index of the first char from {@code i} on that is escaped or a lone surrogate,
     * or the length. Only chars below the table are escaped.
     */
    private static int nextToEscape(String m, int i, String[] escapes) {
        for (int n = m.length(); i < n; i++) {
            char c = m.charAt(i);
            if (c < escapes.length) {
                if (escapes[c] != null) {
                    return i;
                }
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(m.charAt(i + 1))) {
                    return i;
                }
                i++; // a pair: both as they are
            }
        }
        return i;
    }

    /** See {@link #jsonEscapes()}. */
    private static volatile String[] jsonEscapes;

    /**
     * The core's escapes: element c is how the core writes char c in a JSON string, null
     * when as it is; no char beyond the table is escaped. Fetched once: fixed for the
     * life of the library.
     */
    private static String[] jsonEscapes() {
        String[] e = jsonEscapes;
        if (e == null) {
            Native.ensureLoaded();
            e = Native.jsonEscapes();
            jsonEscapes = e;
        }
        return e;
    }

    /**
     * The core's text of a code's error body before and after the message
     * ({@code {"result":"error","errorCode":"403","msg":"} and {@code "}}). Final fields:
     * safe to share through a race.
     */
    private static final class JsonFrame {
        final String open;
        final String close;

        JsonFrame(String[] frame) {
            open = frame[0];
            close = frame[1];
        }
    }

    /** Codes with a category are 100..999: frames by {@code code - 100}, filled on first use. */
    private static final JsonFrame[] JSON_FRAMES = new JsonFrame[900];

    private static JsonFrame jsonFrame(int code) {
        boolean cacheable = code >= 100 && code <= 999;
        JsonFrame f = cacheable ? JSON_FRAMES[code - 100] : null;
        if (f == null) {
            Native.ensureLoaded();
            // IllegalArgumentException for a code without a body (its category is INVALID).
            f = new JsonFrame(Native.errorJsonFrame(code));
            if (cacheable) {
                JSON_FRAMES[code - 100] = f; // a racing thread stores an equal frame
            }
        }
        return f;
    }

    /**
     * The errorCode of a platform body, JSON ({@code toString()} form, keys in any
     * order, extra keys ignored) or XML ({@code <result type="..." errorCode="..." msg="..."/>}),
     * the same rules as C's {@code aws_response_error_code}: the code when present and
     * numeric (JSON string or number); 0 when absent, null or empty (ok and warning
     * bodies); otherwise a negative constant, never an exception:
     * {@link #ERR_MALFORMED_BODY}, {@link #ERR_NON_NUMERIC_CODE}, {@link #ERR_CODE_OVERFLOW}.
     * A JSON number with a fraction or exponent is read as the nearest double (as
     * JavaScript reads it): {@code 403.0} is 403, {@code 4.5} is non-numeric, and digits a
     * double cannot hold are lost ({@code 1e-400} is 0).
     *
     * @throws NullPointerException if {@code body} is null
     */
    public static int errorCodeOf(String body) {
        if (body == null) {
            throw new NullPointerException("body must not be null");
        }
        Native.ensureLoaded();
        return Native.errorCodeOf(body);
    }

    /**
     * The core's answers for 100..999 (outside, every code is INVALID, still asked of the
     * core), filled on first use: the rule is the core's, and a JNI call per lookup was
     * twice Spring's {@code HttpStatus.resolve}. Enum constants: safe to share through a race.
     */
    private static final Category[] CATEGORIES = new Category[900];

    /** The category of any integer: by the first digit of a three-digit code. */
    public static Category category(int code) {
        boolean cacheable = code >= 100 && code <= 999;
        Category c = cacheable ? CATEGORIES[code - 100] : null;
        if (c == null) {
            Native.ensureLoaded();
            c = Category.ofValue(Native.category(code));
            if (cacheable) {
                CATEGORIES[code - 100] = c;
            }
        }
        return c;
    }

    /**
     * The platform name of {@code code}: Chinese when the locale's language is
     * {@code zh}, English otherwise; a fixed "unknown error code" text for unknown codes.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public static String name(int code, Locale locale) {
        boolean zh = isChinese(locale);
        Texts t = texts();
        ErrorInfo e = t.get(code);
        if (e == null) {
            return zh ? t.unknownZh : t.unknownEn;
        }
        return zh ? e.nameZh() : e.nameEn();
    }

    /** When {@code code} happens and what to do; languages as in {@link #name}. */
    public static String describe(int code, Locale locale) {
        boolean zh = isChinese(locale);
        Texts t = texts();
        ErrorInfo e = t.get(code);
        if (e == null) {
            return zh ? t.unknownDescriptionZh : t.unknownDescriptionEn;
        }
        return zh ? e.descriptionZh() : e.descriptionEn();
    }

    /** Whether {@code code} is in the catalogue. */
    public static boolean isKnown(int code) {
        Native.ensureLoaded();
        return Native.isKnown(code);
    }

    /** The catalogue entry for {@code code}, if it is known. */
    public static java.util.Optional<ErrorInfo> info(int code) {
        return java.util.Optional.ofNullable(texts().get(code));
    }

    /** Every catalogue entry, ascending by code; unmodifiable. */
    public static List<ErrorInfo> all() {
        List<ErrorInfo> list = all;
        if (list == null) {
            // The catalogue is fixed for the life of the library: fetch it once.
            Native.ensureLoaded();
            list = Collections.unmodifiableList(Arrays.asList(Native.entries()));
            all = list;
        }
        return list;
    }

    /** Every known code, ascending. */
    public static int[] codes() {
        Native.ensureLoaded();
        return Native.codes();
    }

    /** The native library's version (always this jar's version: checked at load). */
    public static String version() {
        Native.ensureLoaded();
        return Native.version();
    }

    /** Where the native library was loaded from. */
    public static String libraryLocation() {
        return Loader.loadedFrom;
    }

    private static boolean isChinese(Locale locale) {
        if (locale == null) {
            throw new NullPointerException("locale must not be null");
        }
        return "zh".equals(locale.getLanguage());
    }
}
