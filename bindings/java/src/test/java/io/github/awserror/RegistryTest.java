package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** register(): the core's rules, and the per-class cache following every change. */
class RegistryTest {
    // Registrations are process-wide and permanent: each test has its own classes.
    static class Quota extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static class QuotaChild extends Quota {
        private static final long serialVersionUID = 1L;
    }

    static class QuotaGrandChild extends QuotaChild {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void registeredClassAndItsSubclassesGetTheCode() {
        assertEquals("500", AwsErrors.codeOf(new QuotaGrandChild()), "not yet registered (and now cached)");
        AwsErrors.register(Quota.class, 800);
        assertEquals("800", AwsErrors.codeOf(new Quota()));
        assertEquals("800", AwsErrors.codeOf(new QuotaGrandChild()), "cached 500 must be dropped");
        AwsErrors.register(QuotaChild.class, 456);
        assertEquals("800", AwsErrors.codeOf(new Quota()));
        assertEquals("456", AwsErrors.codeOf(new QuotaChild()));
        assertEquals("456", AwsErrors.codeOf(new QuotaGrandChild()), "nearest mapping wins");
    }

    static class Replaced extends AWSException {
        private static final long serialVersionUID = 1L;

        Replaced() {
            super("r");
        }
    }

    @Test
    void registeringAgainReplacesAndTheCacheFollows() {
        assertEquals("500", new Replaced().getAPIErrorCode());
        AwsErrors.register(Replaced.class, 409);
        assertEquals("409", new Replaced().getAPIErrorCode());
        AwsErrors.register(Replaced.class, 503);
        assertEquals("503", new Replaced().getAPIErrorCode());
        assertEquals("503", AwsErrors.codeOfClass(Replaced.class));
    }

    static class OwnCodeUnderForbidden extends AWSForbiddenException {
        private static final long serialVersionUID = 1L;

        OwnCodeUnderForbidden() {
            super("x");
        }
    }

    @Test
    void aSubclassOfATableClassCanHaveItsOwnCode() {
        assertEquals("403", new OwnCodeUnderForbidden().getAPIErrorCode());
        AwsErrors.register(OwnCodeUnderForbidden.class, 762);
        assertEquals("762", new OwnCodeUnderForbidden().getAPIErrorCode());
        assertEquals("403", new AWSForbiddenException("x").getAPIErrorCode());
    }

    static class Interface extends Exception implements HasAPIErrorCode {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void interfaceUsersRegisterToo() {
        AwsErrors.register(Interface.class, 774);
        assertEquals("774", new Interface().getAPIErrorCode());
    }

    static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void codesOutsideTheFamiliesAreRefused() {
        for (int code : new int[] {600, 100, 302, 999, 99, 1000, 0, -1, Integer.MAX_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AwsErrors.register(Refused.class, code), String.valueOf(code));
            assertTrue(e.getMessage().contains(Refused.class.getName()), e.getMessage());
            assertTrue(e.getMessage().contains("4xx, 5xx, 7xx or 8xx"), e.getMessage());
        }
        assertEquals("500", AwsErrors.codeOf(new Refused()), "a refused registration changes nothing");
    }

    @Test
    void builtInClassesCannotBeRemapped() {
        for (Class<? extends Throwable> c : java.util.Arrays.<Class<? extends Throwable>>asList(
                AWSForbiddenException.class, AWSException.class, BPMNError.class,
                com.actionsoft.exception.AWSForbiddenException.class,
                com.actionsoft.exception.AWSQuotaException.class)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AwsErrors.register(c, 456), c.getName());
            assertTrue(e.getMessage().contains("built-in"), e.getMessage());
        }
        assertEquals("403", new AWSForbiddenException("x").getAPIErrorCode());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void badArgumentsGetClearExceptions() {
        assertThrows(NullPointerException.class, () -> AwsErrors.register(null, 400));
        Class raw = String.class;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AwsErrors.register(raw, 400));
        assertTrue(e.getMessage().contains("not a Throwable"));
    }

    @Test
    void nativeRefusesNullDirectly() {
        // Below the Java checks: the native wrapper itself turns null into an exception.
        NullPointerException npe = assertThrows(NullPointerException.class, () -> Native.codeOfClass(null));
        assertTrue(npe.getMessage().contains("type"), npe.getMessage());
        assertThrows(NullPointerException.class, () -> Native.register(null, 400));
    }

    static class Generation extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void generationRisesWithEveryRegistration() {
        long before = Native.generation();
        AwsErrors.register(Generation.class, 401);
        AwsErrors.register(Generation.class, 401);
        assertTrue(Native.generation() >= before + 2);
    }
}
