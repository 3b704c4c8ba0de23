package io.github.awserror;

/** Run in a child JVM by LoaderTest: prints the code of a forbidden exception, or the load error. */
public final class LoadProbe {
    private LoadProbe() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("CODE " + new AWSForbiddenException("probe").getAPIErrorCode());
            System.out.println("FROM " + AwsErrors.libraryLocation());
        } catch (UnsatisfiedLinkError e) {
            System.out.println("LOAD-FAILED " + e.getMessage());
            System.out.println("CAUSE " + e.getCause());
            // A second use must fail with the same story, not a bare NoClassDefFoundError.
            try {
                AwsErrors.isKnown(403);
            } catch (UnsatisfiedLinkError again) {
                System.out.println("AGAIN " + again.getMessage().equals(e.getMessage()));
            }
        }
    }
}
