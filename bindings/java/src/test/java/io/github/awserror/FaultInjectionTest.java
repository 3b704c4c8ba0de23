package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A panic inside any native method becomes a Java exception, and the JVM goes on.
 * Needs the library built with the `fault-injection` feature: `mvn test -Pfault-injection`.
 */
@Tag("fault-injection")
class FaultInjectionTest {
    /** Loads the library (FaultInjection.arm lives in it). */
    @AfterAll
    static void removeDir() throws IOException {
        TempDirs.delete(dir);
    }

    @BeforeAll
    static void load() throws IOException {
        dir = Files.createTempDirectory("aws-error-fault");
        Native.ensureLoaded();
        assertTrue(AwsErrors.libraryLocation().contains("jni-fault-injection"), AwsErrors.libraryLocation());
    }

    private static Path dir;

    /** Arguments with which each native method works when disarmed (journal handles are real). */
    private static Object[] argumentsFor(Method m) throws IOException {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = argumentFor(types[i]);
        }
        switch (m.getName()) {
            case "journalOpen":
                return new Object[] {dir.resolve("open.log").toString(), 1024L, 2};
            case "journalWrite":
            case "journalClose":
                args[0] = Native.journalOpen(dir.resolve(m.getName() + ".log").toString(), 1024L, 2);
                assertTrue((Long) args[0] != 0);
                return args;
            case "body":
                args[0] = 2; // an error body, with code 403
                args[3] = "{\"k\":1}";
                return args;
            default:
                return args;
        }
    }

    private static Object argumentFor(Class<?> type) {
        if (type == int.class) {
            return 403;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == String.class) {
            return "{\"result\":\"error\",\"errorCode\":\"403\"}";
        }
        if (type == byte[].class) {
            return "{\"result\":\"error\",\"errorCode\":\"403\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == Class.class) {
            return IllegalStateException.class;
        }
        throw new AssertionError("no test argument for " + type + ": extend argumentFor");
    }

    /** Every native method of Native (found by reflection, so a new one is covered too). */
    @Test
    void everyNativeMethodTurnsAPanicIntoAJavaException() throws Exception {
        int covered = 0;
        for (Method m : Native.class.getDeclaredMethods()) {
            if (!Modifier.isNative(m.getModifiers())) {
                continue;
            }
            m.setAccessible(true);
            Object[] args = argumentsFor(m);
            FaultInjection.arm(true);
            try {
                m.invoke(null, args);
                fail(m.getName() + " returned normally while armed");
            } catch (InvocationTargetException e) {
                Throwable t = e.getCause();
                assertEquals(IllegalStateException.class, t.getClass(), m.getName() + ": " + t);
                assertEquals("aws-error: internal error (panic caught at the JNI boundary):"
                        + " aws-error: injected fault", t.getMessage(), m.getName());
            } finally {
                FaultInjection.arm(false);
            }
            // Disarmed, the same call works again: nothing was left half done.
            Object result = m.invoke(null, args);
            if (m.getName().equals("journalOpen")) {
                Native.journalClose((Long) result);
            } else if (m.getName().equals("journalWrite")) {
                assertEquals(0, result);
                Native.journalClose((Long) args[0]);
            }
            covered++;
        }
        assertEquals(21, covered, "native methods of Native");
    }

    static class NeverRegistered extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Through the public API: the panic reaches the caller as an exception, nothing changes. */
    @Test
    void publicApiSurvivesAPanic() {
        FaultInjection.arm(true);
        try {
            try {
                AwsErrors.register(NeverRegistered.class, 456);
                fail("register returned while armed");
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage().contains("injected fault"));
            }
            try {
                AwsErrors.codeOf(new NeverRegistered());
                fail("codeOf returned while armed");
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage().contains("injected fault"));
            }
        } finally {
            FaultInjection.arm(false);
        }
        assertEquals("500", AwsErrors.codeOf(new NeverRegistered()), "the panicked register changed nothing");
        assertEquals(403, AwsErrors.errorCodeOf(AwsErrors.responseJson(403, "x")));
        assertEquals("403", new AWSForbiddenException("x").getAPIErrorCode());
        assertFalse(AwsErrors.isKnown(600));
    }

    /** A panic while recording: an exception, nothing written, the journal goes on. */
    @Test
    void journalSurvivesAPanic() throws IOException {
        Path log = dir.resolve("api.log");
        try (ErrorJournal j = ErrorJournal.open(log)) {
            FaultInjection.arm(true);
            try {
                IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalStateException.class, () -> j.record(500, "x", "lost", null));
                assertTrue(e.getMessage().contains("injected fault"));
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                        () -> AwsErrors.errorCodeOf("{}"));
            } finally {
                FaultInjection.arm(false);
            }
            j.record(500, "x", "kept", null);
        }
        String text = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, text.split("\n").length, text);
        assertTrue(text.contains("\"msg\":\"kept\""), text);
    }
}
