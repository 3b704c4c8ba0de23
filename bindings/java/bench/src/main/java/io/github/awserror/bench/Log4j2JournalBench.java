package io.github.awserror.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.apache.logging.log4j.message.StringMapMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Part 5, the peer: log4j2's RollingFileAppender writing the same records as the
 * aws-error journal, in the same shape (one JSON line: time in UTC with milliseconds,
 * level, errorCode, category, exception, msg, detail, strings JSON-escaped by
 * {@code %enc{}{JSON}}), synchronously, immediateFlush=true (one write(2) per record,
 * no fsync: the journal's durability), rolling by size with the same size and number
 * of backups. Threads: JMH's {@code -t}; throughput is records/s over all threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Log4j2JournalBench {
    static final String PATTERN = "{\"time\":\"%d{yyyy-MM-dd HH:mm:ss.SSS}{UTC}\",\"level\":\"%K{level}\","
            + "\"errorCode\":\"%K{errorCode}\",\"category\":\"%K{category}\",\"exception\":\"%enc{%K{exception}}{JSON}\","
            + "\"msg\":\"%enc{%K{msg}}{JSON}\",\"detail\":\"%enc{%K{detail}}{JSON}\"}%n";

    Path dir;
    LoggerContext context;
    Logger logger;

    @Setup
    public void open() throws IOException {
        dir = Files.createTempDirectory("aws-error-bench-log4j2");
        String file = dir.resolve("aws.log").toString();
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.WARN);
        AppenderComponentBuilder appender = b.newAppender("journal", "RollingFile")
                .addAttribute("fileName", file)
                .addAttribute("filePattern", file + ".%i")
                .addAttribute("immediateFlush", true)
                .add(b.newLayout("PatternLayout").addAttribute("pattern", PATTERN))
                .addComponent(b.newComponent("Policies").addComponent(
                        b.newComponent("SizeBasedTriggeringPolicy").addAttribute("size", Records.MAX_BYTES)))
                .addComponent(b.newComponent("DefaultRolloverStrategy")
                        .addAttribute("max", Records.BACKUPS).addAttribute("fileIndex", "min"));
        b.add(appender);
        b.add(b.newRootLogger(Level.ERROR).add(b.newAppenderRef("journal")));
        context = Configurator.initialize(b.build());
        logger = context.getLogger("aws");
    }

    @Benchmark
    public void log4j2_rollingFile() {
        StringMapMessage m = new StringMapMessage(8)
                .with("level", "WARN")
                .with("errorCode", Records.CODE_TEXT)
                .with("category", "client")
                .with("exception", Records.EXCEPTION)
                .with("msg", Records.MSG)
                .with("detail", Records.DETAIL);
        logger.error(m);
    }

    @TearDown
    public void close() throws IOException {
        Configurator.shutdown(context);
        Records.check(dir);
        Records.delete(dir);
    }
}
