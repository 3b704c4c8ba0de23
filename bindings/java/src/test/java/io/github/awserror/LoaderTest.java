package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Loading, in child JVMs (a library loads once per JVM): each way in, and each way it fails. */
class LoaderTest {
    private static final List<Path> TEMP = new ArrayList<>();

    @AfterAll
    static void removeTemporaryDirectories() throws IOException {
        for (Path p : TEMP) {
            TempDirs.delete(p);
        }
    }

    private static final String CLASSES = System.getProperty("awserror.test.classes");
    private static final String TEST_CLASSES = System.getProperty("awserror.test.testClasses");
    private static final String NATIVE = System.getProperty("awserror.test.native");

    /** Runs LoadProbe in a child JVM with -Xcheck:jni; returns its output. */
    private static String probe(String classpath, String... jvmArgs) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xcheck:jni");
        cmd.addAll(Arrays.asList(jvmArgs));
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("io.github.awserror.LoadProbe");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0;) {
                out.write(buf, 0, n);
            }
        }
        int status = p.waitFor();
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        // Into this test's output, which the build scans for JNI warnings.
        System.out.println("---- child JVM " + cmd + "\n" + text);
        assertEquals(0, status, "child JVM exit status: " + text);
        return text;
    }

    private static String cp(String... parts) {
        return String.join(File.pathSeparator, parts);
    }

    /** The main classes without the native resource: as a jar built for another platform. */
    private static String classesWithoutNative() throws IOException {
        Path from = Paths.get(CLASSES);
        Path to = Files.createTempDirectory("aws-error-no-native");
        TEMP.add(to);
        Files.walkFileTree(from, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (from.relativize(dir).startsWith("native")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        return to.toString();
    }

    @Test
    void loadsFromTheJarResourceByDefault() throws Exception {
        String out = probe(cp(CLASSES, TEST_CLASSES));
        assertTrue(out.contains("CODE 403"), out);
        assertTrue(out.contains("FROM jar resource /native/linux-x86_64/libaws_error.so (extracted to "), out);
        assertFalse(out.contains("WARNING"), out);
    }

    @Test
    void systemPropertyOverrides() throws Exception {
        String out = probe(cp(CLASSES, TEST_CLASSES), "-Dio.github.awserror.library.path=" + NATIVE);
        assertTrue(out.contains("CODE 403"), out);
        assertTrue(out.contains("FROM system property io.github.awserror.library.path=" + NATIVE), out);
    }

    @Test
    void fallsBackToLoadLibrary() throws Exception {
        String dir = new File(NATIVE).getParent();
        String out = probe(cp(classesWithoutNative(), TEST_CLASSES), "-Djava.library.path=" + dir);
        assertTrue(out.contains("CODE 403"), out);
        assertTrue(out.contains("FROM System.loadLibrary(\"aws_error\") with java.library.path=" + dir), out);
    }

    @Test
    void failureListsEveryPlaceTriedTheOsArchAndTheError() throws Exception {
        String out = probe(cp(classesWithoutNative(), TEST_CLASSES), "-Djava.library.path=/nonexistent/dir");
        assertTrue(out.contains("LOAD-FAILED aws-error: cannot load the native library libaws_error.so"), out);
        assertTrue(out.contains("detected os=linux, arch=x86_64"), out);
        assertTrue(out.contains("jar version 0.1.0"), out);
        assertTrue(out.contains("1. jar resource /native/linux-x86_64/libaws_error.so: not in the jar"), out);
        assertTrue(out.contains("2. System.loadLibrary(\"aws_error\") with java.library.path=/nonexistent/dir: "
                + "java.lang.UnsatisfiedLinkError: no aws_error in java.library.path"), out);
        assertTrue(out.contains("CAUSE java.lang.UnsatisfiedLinkError: no aws_error"), out);
        assertTrue(out.contains("AGAIN true"), out);
    }

    @Test
    void badOverrideFailsWithoutTryingElsewhere() throws Exception {
        String out = probe(cp(CLASSES, TEST_CLASSES), "-Dio.github.awserror.library.path=/nonexistent/libaws_error.so");
        assertTrue(out.contains("LOAD-FAILED"), out);
        assertTrue(out.contains("1. system property io.github.awserror.library.path=/nonexistent/libaws_error.so: "
                + "java.lang.UnsatisfiedLinkError: Can't load library: /nonexistent/libaws_error.so"), out);
        assertFalse(out.contains("2. "), "an override is the only place tried: " + out);
    }

    /** A library that loads but is not ours (as an old build lacking a method would be): refused. */
    @Test
    void foreignLibraryIsRefused() throws Exception {
        String foreign = Paths.get(System.getProperty("java.home"), "lib", System.mapLibraryName("zip")).toString();
        assertTrue(new File(foreign).isFile(), foreign);
        String out = probe(cp(CLASSES, TEST_CLASSES), "-Dio.github.awserror.library.path=" + foreign);
        assertTrue(out.contains("LOAD-FAILED"), out);
        assertTrue(out.contains(foreign + ": loaded, but it is not the aws-error library"), out);
    }

    @Test
    void staleVersionIsRefused() {
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class,
                () -> Loader.checkVersion("0.1.0", "0.0.9"));
        assertEquals("native aws-error version 0.0.9 but this jar is version 0.1.0 (a stale library;"
                + " remove it or point io.github.awserror.library.path at the right one)", e.getMessage());
        Loader.checkVersion("0.1.0", "0.1.0");
    }

    @Test
    void platformDetection() {
        assertEquals("linux", Loader.os());
        assertEquals("x86_64", Loader.arch());
        assertEquals("/native/linux-x86_64/libaws_error.so", Loader.resourcePath());
    }
}
