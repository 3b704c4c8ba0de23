package io.github.awserror.bench;

import io.github.awserror.AWSForbiddenException;
import io.github.awserror.AwsErrors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part 4, ours: AwsErrors.responseJson(Throwable) and AwsErrors.errorCodeOf(String) on
 * the same exceptions and body as {@link JacksonBench} (checked equal at setup). The
 * second exception's message needs escaping, which responseJson leaves to the core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResponseBench {
    AWSForbiddenException error;
    AWSForbiddenException escaped;
    String body;

    @Setup
    public void setup() throws Exception {
        error = new AWSForbiddenException(Records.MSG);
        body = AwsErrors.responseJson(error);
        JacksonBench jackson = new JacksonBench();
        jackson.setup();
        if (!body.equals(jackson.body)) {
            throw new AssertionError("bodies differ:\n" + body + "\n" + jackson.body);
        }
        escaped = new AWSForbiddenException(Records.MSG_ESCAPED);
        String ours = AwsErrors.responseJson(escaped);
        String theirs = jackson.jackson_write_escaped();
        if (!ours.equals(theirs)) {
            throw new AssertionError("escaped bodies differ:\n" + ours + "\n" + theirs);
        }
        if (AwsErrors.errorCodeOf(body) != 403) {
            throw new AssertionError(body);
        }
    }

    @Benchmark
    public String aws_responseJson() {
        return AwsErrors.responseJson(error);
    }

    @Benchmark
    public String aws_responseJson_escaped() {
        return AwsErrors.responseJson(escaped);
    }

    @Benchmark
    public int aws_errorCodeOf() {
        return AwsErrors.errorCodeOf(body);
    }
}
