package io.github.awserror;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One catalogue entry, immutable. Instances are made by the native core only (there is
 * no catalogue in Java); get them from {@link AwsErrors#all()} or {@link AwsErrors#info(int)}.
 */
public final class ErrorInfo {
    private final int code;
    private final Category category;
    private final String nameZh;
    private final String nameEn;
    private final String descriptionZh;
    private final String descriptionEn;
    private final List<String> exceptions;
    private final Scope scope;
    private final boolean inResponse;
    private final boolean resendSafe;
    private final Advice advice;
    private final Source source;

    /** Called from native code only; the signature is in src/jni/cache.rs. */
    ErrorInfo(int code, String category, String nameZh, String nameEn, String descriptionZh,
            String descriptionEn, String[] exceptions, String scope, boolean inResponse,
            boolean resendSafe, String advice, String source) {
        this.code = code;
        this.category = Category.valueOf(category);
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.exceptions = Collections.unmodifiableList(Arrays.asList(exceptions.clone()));
        this.scope = Scope.valueOf(scope);
        this.inResponse = inResponse;
        this.resendSafe = resendSafe;
        this.advice = Advice.valueOf(advice);
        this.source = Source.valueOf(source);
    }

    /** The three-digit code, e.g. 403. */
    public int code() {
        return code;
    }

    /** The code as the platform's {@code getAPIErrorCode()} writes it, e.g. {@code "403"}. */
    public String apiErrorCode() {
        return Integer.toString(code);
    }

    public Category category() {
        return category;
    }

    /** The table's Chinese name, verbatim (e.g. {@code 访问被拒绝}). */
    public String nameZh() {
        return nameZh;
    }

    /** The table's English name, verbatim where it gives one (e.g. {@code Not Find Resource}). */
    public String nameEn() {
        return nameEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** The simple name of the table's (first) exception class, or {@code null} where it names none. */
    public String exception() {
        return exceptions.isEmpty() ? null : exceptions.get(0);
    }

    /** Every exception class the table names for this code (520 has two); unmodifiable. */
    public List<String> exceptions() {
        return exceptions;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether the table says the code is returned in the ResponseObject. */
    public boolean inResponse() {
        return inResponse;
    }

    /** Whether the request was not executed, so sending it again cannot apply it twice. */
    public boolean resendSafe() {
        return resendSafe;
    }

    public Advice advice() {
        return advice;
    }

    public Source source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorInfo && ((ErrorInfo) o).code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return code + " " + nameZh + " (" + nameEn + ")";
    }
}
