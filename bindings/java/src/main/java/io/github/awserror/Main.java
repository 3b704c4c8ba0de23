package io.github.awserror;

import java.util.Locale;

/** {@code java -jar aws-error-<version>.jar}: shows where the library came from and the catalogue. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("aws-error " + AwsErrors.version() + ", native library from "
                + AwsErrors.libraryLocation());
        for (ErrorInfo e : AwsErrors.all()) {
            System.out.println(e.code() + "  " + e.category() + "  " + AwsErrors.name(e.code(), Locale.CHINESE)
                    + " / " + e.nameEn() + (e.exception() == null ? "" : "  [" + e.exception() + "]"));
        }
    }
}
