package io.github.awserror.bench;

import io.github.awserror.ErrorJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Part 5, ours: one ErrorJournal shared by JMH's threads ({@code -t}), the same record,
 * roll size and backups as {@link Log4j2JournalBench}; records/s over all threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ErrorJournalBench {
    Path dir;
    ErrorJournal journal;

    @Setup
    public void open() throws IOException {
        dir = Files.createTempDirectory("aws-error-bench-journal");
        journal = ErrorJournal.open(dir.resolve("aws.log"), Records.MAX_BYTES, Records.BACKUPS);
    }

    @Benchmark
    public void errorJournal_record() {
        journal.record(Records.CODE, Records.EXCEPTION, Records.MSG, Records.DETAIL);
    }

    @TearDown
    public void close() throws IOException {
        journal.close();
        Records.check(dir);
        Records.delete(dir);
    }
}
