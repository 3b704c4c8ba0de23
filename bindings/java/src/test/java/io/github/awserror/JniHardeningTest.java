package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, JNI: deep hierarchies, many walks, several class loaders. The suite runs
 * under -Xcheck:jni and the build fails on any JNI warning (local-reference overflow
 * included), so "no warning" is checked by the build, the values here.
 */
class JniHardeningTest {
    /** Public: generated subclasses live in another package and loader. */
    public static class WalkRoot extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void thousandDeepHierarchies() throws Exception {
        GeneratedClasses gen = new GeneratedClasses();
        List<Class<? extends Throwable>> forbidden = gen.chain("gen.deep.F", AWSForbiddenException.class, 1000);
        List<Class<? extends Throwable>> plain = gen.chain("gen.deep.P", RuntimeException.class, 1000);
        Class<? extends Throwable> f999 = forbidden.get(999);
        assertEquals("gen.deep.F998", f999.getSuperclass().getName());
        // The uncached native walk itself, and through the public (cached) API.
        Native.ensureLoaded();
        assertEquals(403, Native.codeOfClass(f999));
        assertEquals("403", AwsErrors.codeOfClass(f999));
        assertEquals(500, Native.codeOfClass(plain.get(999)));
        AwsErrors.register(plain.get(500), 456);
        assertEquals("456", AwsErrors.codeOfClass(plain.get(999)));
        assertEquals("456", AwsErrors.codeOfClass(plain.get(500)));
        assertEquals("500", AwsErrors.codeOfClass(plain.get(499)));
    }

    /** 100,000 uncached walks over chains up to 200 deep (far above the 16 local refs JNI guarantees). */
    @Test
    void hundredThousandWalksKeepLocalReferencesBounded() throws Exception {
        GeneratedClasses gen = new GeneratedClasses();
        Class<?>[] roots = {AWSForbiddenException.class, AWSQuotaException.class, RuntimeException.class,
            AWSEngineException.class, AWSDataAccessProbe.class, WalkRoot.class};
        int[] codes = {403, 800, 500, 520, 500, 456};
        AwsErrors.register(WalkRoot.class, 456);
        final int depth = 200;
        @SuppressWarnings("unchecked")
        List<Class<? extends Throwable>>[] chains = new List[roots.length];
        for (int c = 0; c < roots.length; c++) {
            chains[c] = gen.chain("gen.walk.C" + c + "_", roots[c].asSubclass(Throwable.class), depth);
        }
        Native.ensureLoaded();
        long sum = 0;
        long expected = 0;
        for (int i = 0; i < 100_000; i++) {
            int c = i % roots.length;
            int level = (int) ((i * 2654435761L) % depth);
            sum += Native.codeOfClass(chains[c].get(level));
            expected += codes[c];
        }
        assertEquals(expected, sum);
        assertEquals(456, Native.codeOfClass(chains[5].get(depth - 1)));
    }

    /** An AWSException subclass without a code of its own: 500 (like the platform's AWSDataAccessException). */
    public static class AWSDataAccessProbe extends AWSException {
        private static final long serialVersionUID = 1L;

        AWSDataAccessProbe() {
            super("probe");
        }
    }

    /** The main classes as a jar (the real jar is made after the tests). */
    private static Path jarOfMainClasses(Path dir) throws IOException {
        Path classes = Paths.get(System.getProperty("awserror.test.classes"));
        Path jar = dir.resolve("aws-error.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Files.walkFileTree(classes, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return jar;
    }

    private static Object call(Class<?> type, String method, Class<?>[] params, Object... args) throws Exception {
        Method m = type.getMethod(method, params);
        return m.invoke(null, args);
    }

    static class OnlyInLoaderA extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Two class loaders over the jar, each loading AwsErrors: each extracts its own copy
     * of the library (one .so path cannot be loaded by two loaders), and both answer,
     * with separate registries.
     */
    @Test
    void twoClassLoadersInOneJvm() throws Exception {
        Path dir = Files.createTempDirectory("aws-error-loaders");
        try {
            URL jar = jarOfMainClasses(dir).toUri().toURL();
            String[] locations = new String[2];
            for (int n = 0; n < 2; n++) {
                // Parent null: nothing of io.github.awserror comes from the test's own loader.
                try (URLClassLoader loader = new URLClassLoader(new URL[] {jar}, null)) {
                    Class<?> errors = Class.forName("io.github.awserror.AwsErrors", true, loader);
                    assertNotSame(AwsErrors.class, errors);
                    Class<?> forbidden = Class.forName("io.github.awserror.AWSForbiddenException", true, loader);
                    Object e = forbidden.getConstructor(String.class).newInstance("流程已经挂起");
                    Class<?>[] throwable = {Throwable.class};
                    assertEquals("403", call(errors, "codeOf", throwable, e));
                    assertEquals("403", forbidden.getMethod("getAPIErrorCode").invoke(e));
                    String body = (String) call(errors, "responseJson", throwable, e);
                    assertEquals("{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"流程已经挂起\"}", body);
                    assertEquals(403, call(errors, "errorCodeOf", new Class<?>[] {String.class}, body));
                    assertEquals("500", call(errors, "codeOf", throwable, new OnlyInLoaderA()));
                    if (n == 0) {
                        call(errors, "register", new Class<?>[] {Class.class, int.class}, OnlyInLoaderA.class, 456);
                        assertEquals("456", call(errors, "codeOf", throwable, new OnlyInLoaderA()));
                    }
                    Class<?> journal = Class.forName("io.github.awserror.ErrorJournal", true, loader);
                    try (AutoCloseable j = (AutoCloseable) call(journal, "open", new Class<?>[] {Path.class},
                            dir.resolve("loader" + n + ".log"))) {
                        journal.getMethod("record", Throwable.class).invoke(j, e);
                    }
                    assertTrue(new String(Files.readAllBytes(dir.resolve("loader" + n + ".log")), "UTF-8")
                            .contains("\"errorCode\":\"403\""));
                    locations[n] = (String) call(errors, "libraryLocation", new Class<?>[0]);
                    assertTrue(locations[n].startsWith("jar resource /native/"), locations[n]);
                }
            }
            assertNotEquals(locations[0], locations[1], "each loader has its own copy");
            assertNotEquals(AwsErrors.libraryLocation(), locations[0]);
            // This loader's copy never saw loader A's registration.
            assertEquals("500", AwsErrors.codeOf(new OnlyInLoaderA()));
        } finally {
            TempDirs.delete(dir);
        }
    }

    /**
     * The documented limit: one library file cannot be loaded by two class loaders, so
     * with the path override only the first loader answers; the second gets a clear
     * UnsatisfiedLinkError, not a crash.
     */
    @Test
    void overriddenPathServesOnlyOneClassLoader() throws Exception {
        Path dir = Files.createTempDirectory("aws-error-override");
        String property = "io.github.awserror.library.path";
        String before = System.getProperty(property);
        try {
            URL jar = jarOfMainClasses(dir).toUri().toURL();
            // A copy no other loader of this JVM has loaded.
            Path lib = Files.copy(Paths.get(System.getProperty("awserror.test.native")), dir.resolve("libaws_error.so"));
            System.setProperty(property, lib.toString());
            try (URLClassLoader first = new URLClassLoader(new URL[] {jar}, null);
                    URLClassLoader second = new URLClassLoader(new URL[] {jar}, null)) {
                Class<?> a = Class.forName("io.github.awserror.AwsErrors", true, first);
                assertEquals(true, call(a, "isKnown", new Class<?>[] {int.class}, 403));
                assertEquals("system property " + property + "=" + lib, call(a, "libraryLocation", new Class<?>[0]));
                Class<?> b = Class.forName("io.github.awserror.AwsErrors", true, second);
                java.lang.reflect.InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(
                        java.lang.reflect.InvocationTargetException.class,
                        () -> call(b, "isKnown", new Class<?>[] {int.class}, 403));
                assertTrue(e.getCause() instanceof UnsatisfiedLinkError, e.getCause().toString());
                assertTrue(e.getCause().getMessage().contains("already loaded in another classloader"),
                        e.getCause().getMessage());
            }
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
            TempDirs.delete(dir);
        }
    }
}
