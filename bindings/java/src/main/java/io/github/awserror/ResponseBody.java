package io.github.awserror;

/**
 * A whole ResponseObject body in the platform's shape, built by the native core:
 * {@code {"result":"ok","msg":"...","data":...}}, {@code "warning"}, or
 * {@code "error"} with its {@code errorCode} (a string, as on the platform).
 * Immutable; each setter returns a new body.
 *
 * <pre>{@code
 * ResponseBody.ok().data("\"Hi, AWS PaaS!\"").toJson();  // {"result":"ok","msg":"","data":"Hi, AWS PaaS!"}
 * ResponseBody.error(403).msg("流程已经挂起，操作被拒绝").toJson();
 * ResponseBody.warning().msg("check").toXml();           // <result type="warning" errorCode="" msg="check" />
 * }</pre>
 */
public final class ResponseBody {
    private static final int OK = 0;
    private static final int WARNING = 1;
    private static final int ERROR = 2;

    private final int result;
    private final int code;
    private final String msg;
    private final String data;

    private ResponseBody(int result, int code, String msg, String data) {
        this.result = result;
        this.code = code;
        this.msg = msg;
        this.data = data;
    }

    /** A {@code "result":"ok"} body. */
    public static ResponseBody ok() {
        return new ResponseBody(OK, 0, null, null);
    }

    /** A {@code "result":"warning"} body. */
    public static ResponseBody warning() {
        return new ResponseBody(WARNING, 0, null, null);
    }

    /**
     * A {@code "result":"error"} body with {@code errorCode} {@code code}.
     *
     * @throws IllegalArgumentException if the code is not in the 4xx, 5xx, 7xx or 8xx families
     */
    public static ResponseBody error(int code) {
        // Checked now, not at toJson(), so the mistake shows where it is made.
        if (AwsErrors.category(code) == Category.INVALID) {
            throw new IllegalArgumentException("code " + code
                    + " is not a three-digit code of the 4xx, 5xx, 7xx or 8xx families");
        }
        return new ResponseBody(ERROR, code, null, null);
    }

    /** The {@code msg} field ({@code null}: {@code ""}). */
    public ResponseBody msg(String msg) {
        return new ResponseBody(result, code, msg, data);
    }

    /**
     * The {@code data} field as JSON text, e.g. {@code "{\"id\":1}"} or
     * {@code "\"text\""}; {@code null} removes it. Validated by {@link #toJson()}
     * ({@code IllegalArgumentException} when it is not JSON).
     */
    public ResponseBody data(String json) {
        return new ResponseBody(result, code, msg, json);
    }

    /**
     * The JSON form, keys {@code result}, {@code errorCode} (error bodies),
     * {@code msg}, {@code data} (when set), on one line.
     *
     * @throws IllegalArgumentException if {@code data} is not JSON
     */
    public String toJson() {
        Native.ensureLoaded();
        return Native.body(result, code, msg, data, false);
    }

    /** The XML form as {@code toXML()} writes it; it has no {@code data}. */
    public String toXml() {
        Native.ensureLoaded();
        return Native.body(result, code, msg, null, true);
    }
}
