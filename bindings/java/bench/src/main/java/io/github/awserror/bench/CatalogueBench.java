package io.github.awserror.bench;

import io.github.awserror.AwsErrors;
import io.github.awserror.Category;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpStatus;

/**
 * Part 3 (b): a code-to-entry lookup. Spring's HttpStatus.resolve(int) (pure Java, an
 * enum) next to AwsErrors.category (the core's answer, cached per code on first use) and
 * AwsErrors.name (an array read of the core's entries, fetched once). Each call takes
 * the next of four codes (HTTP statuses that are also catalogue codes), the same for
 * every benchmark: with one code in a field, the JIT could hoist a cached answer out of
 * JMH's loop and time nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CatalogueBench {
    private static final int[] CODES = {400, 403, 404, 500};
    private int next;

    private int code() {
        return CODES[next++ & 3];
    }

    @Benchmark
    public HttpStatus spring_HttpStatus_resolve() {
        return HttpStatus.resolve(code());
    }

    @Benchmark
    public String spring_HttpStatus_resolve_reasonPhrase() {
        return HttpStatus.resolve(code()).getReasonPhrase();
    }

    @Benchmark
    public Category aws_category() {
        return AwsErrors.category(code());
    }

    @Benchmark
    public String aws_name_en() {
        return AwsErrors.name(code(), Locale.ENGLISH);
    }
}
