package io.github.awserror.bench;

import io.github.awserror.AwsErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part 3: the uncached first call per class. Before every invocation
 * (Level.Invocation, outside the timed region) a new ClassLoader defines a fresh copy
 * of {@link Fresh} (a subclass of AWSForbiddenException: an unseen Class object, so an
 * empty ClassValue slot) and one instance is made; the timed call is the first
 * AwsErrors.codeOf for that class: ClassValue slot creation, the JNI call, the native
 * walk over the class chain (class names fetched through JNI), the answer's String.
 * Level.Invocation adds JMH's own per-call timestamps (tens of ns) to each sample:
 * small next to what is measured, but included in the number.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FirstCallBench {
    /** What gets defined again and again. */
    public static class Fresh extends io.github.awserror.AWSForbiddenException {
        private static final long serialVersionUID = 1L;

        public Fresh(String m) {
            super(m);
        }
    }

    static final String NAME = Fresh.class.getName();
    static final byte[] BYTES = bytesOf(Fresh.class);

    static byte[] bytesOf(Class<?> c) {
        String res = "/" + c.getName().replace('.', '/') + ".class";
        try (InputStream in = c.getResourceAsStream(res)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Defines Fresh itself; everything else comes from the parent. */
    static final class OneClassLoader extends ClassLoader {
        OneClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(NAME)) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        c = defineClass(name, BYTES, 0, BYTES.length);
                    }
                    return c;
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    Throwable fresh;

    @Setup(Level.Invocation)
    public void freshClass() throws Exception {
        Class<?> c = new OneClassLoader(FirstCallBench.class.getClassLoader()).loadClass(NAME);
        if (c == Fresh.class) {
            throw new AssertionError("not a fresh class");
        }
        fresh = (Throwable) c.getConstructor(String.class).newInstance("x");
    }

    @Benchmark
    public String codeOf_firstCallForClass() {
        return AwsErrors.codeOf(fresh);
    }
}
