package io.github.awserror.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Part 4, the peer: Jackson (one shared ObjectMapper, as applications keep it) writing
 * and reading the ResponseObject error body {"result":"error","errorCode":"403","msg":…}.
 * Writing takes the code from AwsErrors.codeOf (cached), as a Jackson user of this
 * library would; reading is readTree, get("errorCode"), parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JacksonBench {
    /** The body's shape; Jackson writes record components in declaration order. */
    public record ErrorBody(String result, String errorCode, String msg) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    AWSForbiddenException error;
    AWSForbiddenException escaped;
    String body;

    @Setup
    public void setup() throws Exception {
        error = new AWSForbiddenException(Records.MSG);
        escaped = new AWSForbiddenException(Records.MSG_ESCAPED);
        body = jackson_write();
        if (jackson_read() != 403) {
            throw new AssertionError(body);
        }
    }

    @Benchmark
    public String jackson_write() throws Exception {
        return MAPPER.writeValueAsString(new ErrorBody("error", AwsErrors.codeOf(error), error.getMessage()));
    }

    @Benchmark
    public String jackson_write_escaped() throws Exception {
        return MAPPER.writeValueAsString(new ErrorBody("error", AwsErrors.codeOf(escaped), escaped.getMessage()));
    }

    @Benchmark
    public int jackson_read() throws Exception {
        JsonNode code = MAPPER.readTree(body).get("errorCode");
        return code == null || code.isNull() ? 0 : Integer.parseInt(code.asText().trim());
    }
}
