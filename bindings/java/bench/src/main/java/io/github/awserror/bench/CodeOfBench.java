package io.github.awserror.bench;

import io.github.awserror.AWSException;
import io.github.awserror.AWSForbiddenException;
import io.github.awserror.AwsErrors;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part 3: AwsErrors.codeOf(Throwable) and getAPIErrorCode() in steady state (the
 * per-class ClassValue cache is warm) against (a) the pure-Java baseline a user would
 * write, a HashMap&lt;String,String&gt; keyed by class name walked over
 * getClass()/getSuperclass(), and (c) constructing the exception itself.
 *
 * <p>Three classes: a table class (AWSForbiddenException, found at the first step of
 * the walk), an app subclass two levels below it (third step), and a JDK exception
 * nobody mapped (the walk goes up to Object, five misses, then "500").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodeOfBench {
    /** An application's exception, two levels below a table class. */
    public static class BaseTaskException extends AWSForbiddenException {
        private static final long serialVersionUID = 1L;

        public BaseTaskException(String m) {
            super(m);
        }
    }

    public static class TaskLockedException extends BaseTaskException {
        private static final long serialVersionUID = 1L;

        public TaskLockedException(String m) {
            super(m);
        }
    }

    /** The baseline's table: the 12 built-in names, in both packages, as a user would list them. */
    static final Map<String, String> TABLE = new HashMap<>();

    static {
        String[][] rows = {
            {"AWSIllegalArgumentException", "400"}, {"AWSForbiddenException", "403"},
            {"AWSObjectNotFindException", "404"}, {"AWSException", "500"},
            {"AWSEngineException", "520"}, {"AWSExpressionException", "520"},
            {"AWSTransferException", "521"}, {"AppContainerException", "530"},
            {"AppStoreException", "540"}, {"BPMNError", "550"}, {"AWSQuotaException", "800"},
        };
        for (String[] r : rows) {
            TABLE.put("io.github.awserror." + r[0], r[1]);
            TABLE.put("com.actionsoft.exception." + r[0], r[1]);
        }
    }

    /** The pure-Java baseline: walk the class chain, first mapped name wins, else 500. */
    static String hashMapWalk(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            String code = TABLE.get(c.getName());
            if (code != null) {
                return code;
            }
        }
        return "500";
    }

    /**
     * Prototype of a proposed change, NOT the library: the answer itself as the
     * ClassValue's value (no Slot, no generation compare), a registration swapping in a
     * fresh ClassValue (one volatile read here). Misses ask the library.
     */
    static volatile ClassValue<String> flat = newFlat();

    static ClassValue<String> newFlat() {
        return new ClassValue<String>() {
            @Override
            @SuppressWarnings("unchecked")
            protected String computeValue(Class<?> type) {
                return AwsErrors.codeOfClass((Class<? extends Throwable>) type);
            }
        };
    }

    AWSForbiddenException forbidden;
    TaskLockedException subclass;
    NullPointerException jdk;

    @Setup
    public void setup() {
        forbidden = new AWSForbiddenException("x");
        subclass = new TaskLockedException("x");
        jdk = new NullPointerException("x");
        // Same answers from both, or the comparison means nothing.
        for (Throwable t : new Throwable[] {forbidden, subclass, jdk}) {
            if (!AwsErrors.codeOf(t).equals(hashMapWalk(t))) {
                throw new AssertionError(t.getClass() + ": " + AwsErrors.codeOf(t) + " vs " + hashMapWalk(t));
            }
        }
    }

    @Benchmark
    public String codeOf_table() {
        return AwsErrors.codeOf(forbidden);
    }

    @Benchmark
    public String getAPIErrorCode_table() {
        return forbidden.getAPIErrorCode();
    }

    @Benchmark
    public String hashMapWalk_table() {
        return hashMapWalk(forbidden);
    }

    @Benchmark
    public String codeOf_subclass3() {
        return AwsErrors.codeOf(subclass);
    }

    @Benchmark
    public String getAPIErrorCode_subclass3() {
        return subclass.getAPIErrorCode();
    }

    @Benchmark
    public String hashMapWalk_subclass3() {
        return hashMapWalk(subclass);
    }

    @Benchmark
    public String codeOf_jdkUnmapped() {
        return AwsErrors.codeOf(jdk);
    }

    @Benchmark
    public String hashMapWalk_jdkUnmapped() {
        return hashMapWalk(jdk);
    }

    @Benchmark
    public String prototype_flatClassValue_table() {
        return flat.get(forbidden.getClass());
    }

    @Benchmark
    public String prototype_flatClassValue_subclass3() {
        return flat.get(subclass.getClass());
    }

    /** (c) The exception itself: constructor plus fillInStackTrace at JMH's stack depth. */
    @Benchmark
    public AWSException construct_AWSForbiddenException() {
        return new AWSForbiddenException("x");
    }
}
