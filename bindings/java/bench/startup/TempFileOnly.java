/**
 * Part 6, for the analysis: the same JVM doing only what the loader does to the file
 * system before System.load, Files.createTempFile + delete (whose first use
 * initialises SecureRandom and the security providers), then printing the answer.
 */
public class TempFileOnly {
    public static void main(String[] args) throws Exception {
        java.nio.file.Path p = java.nio.file.Files.createTempFile("libaws_error-", ".so");
        java.nio.file.Files.delete(p);
        System.out.println("403");
    }
}
