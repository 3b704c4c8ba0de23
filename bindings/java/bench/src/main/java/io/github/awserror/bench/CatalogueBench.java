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
 * enum) next to AwsErrors.category (one JNI call) and AwsErrors.name (an array read of
 * the core's entries, fetched once). The code is a field so the JIT cannot fold it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CatalogueBench {
    int code = 403;

    @Benchmark
    public HttpStatus spring_HttpStatus_resolve() {
        return HttpStatus.resolve(code);
    }

    @Benchmark
    public String spring_HttpStatus_resolve_reasonPhrase() {
        return HttpStatus.resolve(code).getReasonPhrase();
    }

    @Benchmark
    public Category aws_category() {
        return AwsErrors.category(code);
    }

    @Benchmark
    public String aws_name_en() {
        return AwsErrors.name(code, Locale.ENGLISH);
    }
}
