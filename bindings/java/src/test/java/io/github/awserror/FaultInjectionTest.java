package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
    @BeforeAll
    static void load() {
        Native.ensureLoaded();
        assertTrue(AwsErrors.libraryLocation().contains("jni-fault-injection"), AwsErrors.libraryLocation());
    }

    private static Object argumentFor(Class<?> type) {
        if (type == int.class) {
            return 403;
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
            Object[] args = new Object[m.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = argumentFor(m.getParameterTypes()[i]);
            }
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
            m.invoke(null, args);
            covered++;
        }
        assertEquals(11, covered, "native methods of Native");
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
        assertEquals("403", new AWSForbiddenException("x").getAPIErrorCode());
        assertFalse(AwsErrors.isKnown(600));
    }
}
