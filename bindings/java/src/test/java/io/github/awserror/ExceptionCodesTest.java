package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** getAPIErrorCode() and codeOf for the table's classes, the platform's and users' own. */
class ExceptionCodesTest {

    private static void assertCode(String expected, Throwable t) {
        assertEquals(expected, AwsErrors.codeOf(t), t.getClass().getName());
        if (t instanceof HasAPIErrorCode) {
            assertEquals(expected, ((HasAPIErrorCode) t).getAPIErrorCode(), t.getClass().getName());
        }
    }

    @Test
    void everyTableClassOfThisPackageHasItsCode() {
        assertCode("400", new AWSIllegalArgumentException("bad"));
        assertCode("403", new AWSForbiddenException("流程已经挂起，操作被拒绝"));
        assertCode("404", new AWSObjectNotFindException("流程定义未找到。processDefinitionId:x"));
        assertCode("500", new AWSException("internal"));
        assertCode("520", new AWSEngineException("engine"));
        assertCode("520", new AWSExpressionException("expression"));
        assertCode("521", new AWSTransferException("transfer"));
        assertCode("530", new AppContainerException("container"));
        assertCode("540", new AppStoreException("store"));
        assertCode("550", new BPMNError("UCode01", "User biz error"));
        assertCode("800", new AWSQuotaException("quota"));
    }

    /** Each class the core's table names exists here and maps to that entry's code. */
    @Test
    void everyClassTheCoreNamesExistsInThisPackage() throws Exception {
        int checked = 0;
        for (ErrorInfo e : AwsErrors.all()) {
            for (String simple : e.exceptions()) {
                Class<?> c = Class.forName("io.github.awserror." + simple);
                assertTrue(AWSException.class.isAssignableFrom(c), simple);
                assertEquals(e.apiErrorCode(), AwsErrors.codeOfClass(c.asSubclass(Throwable.class)), simple);
                Class<?> p = Class.forName("com.actionsoft.exception." + simple);
                assertEquals(e.apiErrorCode(), AwsErrors.codeOfClass(p.asSubclass(Throwable.class)), p.getName());
                checked++;
            }
        }
        assertEquals(11, checked, "the table names 11 exception classes");
    }

    @Test
    void platformClassesNeedNoSetup() {
        assertCode("400", new com.actionsoft.exception.AWSIllegalArgumentException("x"));
        assertCode("403", new com.actionsoft.exception.AWSForbiddenException("流程已经挂起，操作被拒绝"));
        assertCode("404", new com.actionsoft.exception.AWSObjectNotFindException("x"));
        assertCode("500", new com.actionsoft.exception.AWSException("x"));
        assertCode("520", new com.actionsoft.exception.AWSEngineException("x"));
        assertCode("520", new com.actionsoft.exception.AWSExpressionException("x"));
        assertCode("521", new com.actionsoft.exception.AWSTransferException("x"));
        assertCode("530", new com.actionsoft.exception.AppContainerException("x"));
        assertCode("540", new com.actionsoft.exception.AppStoreException("x"));
        assertCode("550", new com.actionsoft.exception.BPMNError("x"));
        assertCode("800", new com.actionsoft.exception.AWSQuotaException("x"));
        // Extends AWSException, no code of its own.
        assertCode("500", new com.actionsoft.exception.AWSDataAccessException("x"));
    }

    static class UserForbidden extends com.actionsoft.exception.AWSForbiddenException {
        private static final long serialVersionUID = 1L;

        UserForbidden() {
            super("user");
        }
    }

    @Test
    void userSubclassOfAPlatformClassInheritsItsCode() {
        assertCode("403", new UserForbidden());
        assertCode("404", new com.actionsoft.exception.AWSObjectNotFindException("x") {
            private static final long serialVersionUID = 1L;
        });
    }

    static class Level1 extends AWSForbiddenException {
        private static final long serialVersionUID = 1L;

        Level1(String m) {
            super(m);
        }
    }

    static class Level2 extends Level1 {
        private static final long serialVersionUID = 1L;

        Level2(String m) {
            super(m);
        }
    }

    static class Level3 extends Level2 {
        private static final long serialVersionUID = 1L;

        Level3(String m) {
            super(m);
        }
    }

    static class Level4 extends Level3 {
        private static final long serialVersionUID = 1L;

        Level4(String m) {
            super(m);
        }
    }

    static class Level5 extends Level4 {
        private static final long serialVersionUID = 1L;

        Level5(String m) {
            super(m);
        }
    }

    static class PlainAws extends AWSException {
        private static final long serialVersionUID = 1L;

        PlainAws() {
            super("plain");
        }
    }

    @Test
    void deepAndAnonymousSubclassesInherit() {
        assertCode("403", new Level5("deep"));
        assertCode("403", new Level1("shallow"));
        assertCode("404", new AWSObjectNotFindException("anonymous") {
            private static final long serialVersionUID = 1L;
        });
        assertCode("800", new AWSQuotaException("anonymous") {
            private static final long serialVersionUID = 1L;
        });
        class Local extends BPMNError {
            private static final long serialVersionUID = 1L;

            Local() {
                super("ERR_WPLY");
            }
        }
        assertCode("550", new Local());
        assertCode("500", new PlainAws());
    }

    /**
     * Hierarchies deeper than the JNI local-reference capacity: the walk keeps its local
     * references bounded (-Xcheck:jni would warn otherwise, failing the build).
     */
    @Test
    void veryDeepHierarchiesStayWithinLocalRefs() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("aws-error-deep");
        Class<? extends Throwable> forbidden;
        Class<? extends Throwable> plain;
        try {
            // Loading the deepest classes loads all their superclasses.
            ClassLoader loader = DeepClasses.compile(dir, 80);
            forbidden = Class.forName("deep.F79", true, loader).asSubclass(Throwable.class);
            plain = Class.forName("deep.P79", true, loader).asSubclass(Throwable.class);
        } finally {
            TempDirs.delete(dir);
        }
        assertEquals("403", AwsErrors.codeOfClass(forbidden));
        assertEquals("500", AwsErrors.codeOfClass(plain));
        Class<?> root = plain;
        while (root.getSuperclass() != RuntimeException.class) {
            root = root.getSuperclass();
        }
        assertEquals("deep.P0", root.getName());
        AwsErrors.register(root.asSubclass(Throwable.class), 456);
        assertEquals("456", AwsErrors.codeOfClass(plain));
    }

    @Test
    void jdkAndOtherExceptionsAre500() {
        assertCode("500", new NullPointerException());
        assertCode("500", new IllegalStateException());
        assertCode("500", new IOException());
        assertCode("500", new TimeoutException());
        assertCode("500", new StackOverflowError());
        assertCode("500", new Throwable());
        assertCode("500", new RuntimeException() {
            private static final long serialVersionUID = 1L;
        });
        // Same simple name as a table class, but not the platform's package.
        assertCode("500", new com.example.other.AWSForbiddenException());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void badInputIsRefused() {
        assertThrows(NullPointerException.class, () -> AwsErrors.codeOf(null));
        assertThrows(NullPointerException.class, () -> AwsErrors.codeOfClass(null));
        Class raw = Object.class;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AwsErrors.codeOfClass(raw));
        assertEquals("java.lang.Object is not a Throwable", e.getMessage());
    }

    @Test
    void constructorsKeepMessageAndCause() {
        IOException cause = new IOException("disk");
        AWSForbiddenException a = new AWSForbiddenException("m", cause);
        assertEquals("m", a.getMessage());
        assertSame(cause, a.getCause());
        AWSTransferException b = new AWSTransferException(cause);
        assertSame(cause, b.getCause());
        assertEquals("521", b.getAPIErrorCode());
        assertTrue(new AWSException("x") instanceof RuntimeException, "unchecked");
    }

    @Test
    void illegalArgumentForms() {
        AWSIllegalArgumentException e = new AWSIllegalArgumentException("参数1",
                AWSIllegalArgumentException.FORMAT, "参数必须是0-9数字");
        assertEquals("参数1", e.getArgumentName());
        assertEquals(AWSIllegalArgumentException.FORMAT, e.getIllegalType());
        assertEquals("参数必须是0-9数字", e.getMessage());
        assertEquals("400", e.getAPIErrorCode());

        AWSIllegalArgumentException n = new AWSIllegalArgumentException("processInstId",
                AWSIllegalArgumentException.NULL);
        assertEquals("processInstId", n.getArgumentName());
        assertEquals(AWSIllegalArgumentException.NULL, n.getIllegalType());
        assertTrue(n.getMessage().contains("processInstId"));

        IOException cause = new IOException();
        AWSIllegalArgumentException c = new AWSIllegalArgumentException("a",
                AWSIllegalArgumentException.EMPT, "empty", cause);
        assertSame(cause, c.getCause());
        assertSame(cause, new AWSIllegalArgumentException("a", AWSIllegalArgumentException.EMPT, cause).getCause());
        AWSIllegalArgumentException m = new AWSIllegalArgumentException("just a message");
        assertNull(m.getArgumentName());
        assertNull(m.getIllegalType());
    }

    @Test
    void bpmnErrorCarriesABusinessCodeButIs550() {
        BPMNError e = new BPMNError("UCode01", "User biz error");
        assertEquals("UCode01", e.getErrorCode());
        assertEquals("User biz error", e.getMessage());
        assertEquals("550", e.getAPIErrorCode());
        BPMNError only = new BPMNError("ERR_WPLY");
        assertEquals("ERR_WPLY", only.getErrorCode());
        assertEquals("550", only.getAPIErrorCode());
    }

    static class LegacyChecked extends Exception implements HasAPIErrorCode {
        private static final long serialVersionUID = 1L;
    }

    static class NotAnException implements HasAPIErrorCode {
    }

    @Test
    void interfaceForExceptionsThatCannotExtendAwsException() {
        assertEquals("500", new LegacyChecked().getAPIErrorCode());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NotAnException().getAPIErrorCode());
        assertTrue(e.getMessage().contains("not a Throwable"), e.getMessage());
    }
}
