package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The aws.log journal from Java: every record read back with Jackson. */
class ErrorJournalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] CODES = {400, 403, 500, 774, 800};
    private Path dir;

    @BeforeEach
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("aws-error-journal");
    }

    @AfterEach
    void removeDir() throws IOException {
        TempDirs.delete(dir);
    }

    /** Every record of a journal's files, oldest file first; fails on a line that is not a record. */
    private static List<JsonNode> records(Path log) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; Files.exists(Paths.get(log + "." + i)); i++) {
            files.add(Paths.get(log + "." + i));
        }
        Collections.reverse(files);
        if (Files.exists(log)) {
            files.add(log);
        }
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.isEmpty() || text.endsWith("\n"), f + " ends with a whole line");
            for (String line : text.split("\n", -1)) {
                if (!line.isEmpty()) {
                    JsonNode n = JSON.readTree(line);
                    assertEquals(7, n.size(), line);
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static String text(JsonNode record, String field) {
        JsonNode v = record.get(field);
        assertTrue(v != null && v.isTextual(), field + " in " + record);
        return v.textValue();
    }

    @Test
    void recordsAThrowableWithItsStackTraceAndCauses() throws IOException {
        Path log = dir.resolve("logs/aws.log");
        AWSForbiddenException e = new AWSForbiddenException("流程已经挂起，操作被拒绝\n\"quoted\"",
                new IllegalStateException("inner é", new java.io.FileNotFoundException("deepest")));
        e.addSuppressed(new RuntimeException("suppressed one"));
        StringWriter expected = new StringWriter();
        e.printStackTrace(new PrintWriter(expected, true));
        try (ErrorJournal j = ErrorJournal.open(log)) {
            assertEquals(log.toAbsolutePath(), j.path());
            j.record(e);
            j.record(new NullPointerException());
            j.record(new AWSQuotaException("超过许可的注册用户数"));
        }
        List<JsonNode> r = records(log);
        assertEquals(3, r.size());
        JsonNode first = r.get(0);
        assertTrue(text(first, "time").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"), first.toString());
        assertEquals("WARN", text(first, "level"));
        assertEquals("403", text(first, "errorCode"));
        assertEquals("client", text(first, "category"));
        assertEquals("io.github.awserror.AWSForbiddenException", text(first, "exception"));
        assertEquals(e.getMessage(), text(first, "msg"));
        assertEquals(expected.toString(), text(first, "detail"));
        assertTrue(text(first, "detail").contains("Caused by: java.io.FileNotFoundException: deepest"));
        assertTrue(text(first, "detail").contains("Suppressed: java.lang.RuntimeException: suppressed one"));

        assertEquals("ERR", text(r.get(1), "level"));
        assertEquals("500", text(r.get(1), "errorCode"));
        assertEquals("server", text(r.get(1), "category"));
        assertEquals("java.lang.NullPointerException", text(r.get(1), "exception"));
        assertEquals("", text(r.get(1), "msg"));
        assertEquals("800", text(r.get(2), "errorCode"));
        assertEquals("quota", text(r.get(2), "category"));
    }

    @Test
    void hostileTextRoundTripsExactlyAndNeverSplitsARecord() throws IOException {
        Path log = dir.resolve("aws.log");
        try (ErrorJournal j = ErrorJournal.open(log)) {
            for (String m : Hostile.MESSAGES) {
                j.record(550, m, m, m);
            }
            j.record(520, null, null, null);
        }
        List<JsonNode> r = records(log);
        assertEquals(Hostile.MESSAGES.length + 1, r.size());
        for (int i = 0; i < Hostile.MESSAGES.length; i++) {
            String want = Hostile.expected(Hostile.MESSAGES[i]);
            assertEquals(want, text(r.get(i), "exception"));
            assertEquals(want, text(r.get(i), "msg"));
            assertEquals(want, text(r.get(i), "detail"));
            assertEquals("550", text(r.get(i), "errorCode"));
        }
        JsonNode last = r.get(Hostile.MESSAGES.length);
        assertEquals("", text(last, "exception") + text(last, "msg") + text(last, "detail"));
    }

    /** A record larger than maxBytes gets a file of its own, whole. */
    @Test
    void recordLargerThanMaxBytes() throws IOException {
        Path log = dir.resolve("aws.log");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            big.append("行\n");
        }
        try (ErrorJournal j = ErrorJournal.open(log, 4096, 3)) {
            j.record(500, "x", "small", null);
            j.record(500, "x", big.toString(), null);
            j.record(500, "x", "after", null);
        }
        List<JsonNode> r = records(log);
        assertEquals(3, r.size());
        assertEquals(big.toString(), text(r.get(1), "msg"));
        assertEquals(1, records(Paths.get(log + ".1")).size(), "the big record alone in aws.log.1");
    }

    @Test
    void clusterNaming() throws IOException {
        Path logs = dir.resolve("logs");
        try (ErrorJournal j = ErrorJournal.forInstance(logs, "node-1")) {
            assertEquals(logs.resolve("node-1.log").toAbsolutePath(), j.path());
            j.record(760, null, "starting", null);
        }
        assertTrue(Files.exists(logs.resolve("node-1.log")));
        try (ErrorJournal j = ErrorJournal.forInstance(logs, null)) {
            assertEquals(logs.resolve("aws.log").toAbsolutePath(), j.path());
        }
        assertEquals(logs.resolve("aws.log").toAbsolutePath(), ErrorJournal.pathFor(logs, ""));
        assertEquals(logs.resolve("节点二.log").toAbsolutePath(), ErrorJournal.pathFor(logs, "节点二"));
        for (String bad : new String[] {"a/b", "a\\b", ".", "..", new String(new char[252]).replace('\0', 'x')}) {
            assertThrows(IllegalArgumentException.class, () -> ErrorJournal.forInstance(logs, bad), bad);
        }
        assertThrows(NullPointerException.class, () -> ErrorJournal.forInstance(null, "x"));
    }

    @Test
    void badArguments() throws IOException {
        assertThrows(NullPointerException.class, () -> ErrorJournal.open(null));
        assertThrows(IllegalArgumentException.class, () -> ErrorJournal.open(dir.resolve("a.log"), -1, 1));
        assertThrows(IllegalArgumentException.class, () -> ErrorJournal.open(dir.resolve("a.log"), 1, -1));
        // The core's limit on backups, as documented: 1000 opens, 1001 does not.
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> ErrorJournal.open(dir.resolve("a.log"), 4096, 1001));
        assertTrue(tooMany.getMessage().contains("outside its documented range"), tooMany.getMessage());
        ErrorJournal.open(dir.resolve("a.log"), 4096, 1000).close();
        // A regular file where the folder should be: cannot be opened.
        Files.write(dir.resolve("file"), new byte[] {1});
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ErrorJournal.open(dir.resolve("file/aws.log")));
        assertTrue(e.getMessage().contains("cannot open the journal"), e.getMessage());
        try (ErrorJournal j = ErrorJournal.open(dir.resolve("b.log"))) {
            for (int bad : new int[] {0, 99, 600, 1000, -9}) {
                assertThrows(IllegalArgumentException.class, () -> j.record(bad, "x", "y", "z"));
            }
            assertThrows(NullPointerException.class, () -> j.record(null));
        }
        assertEquals(0, Files.size(dir.resolve("b.log")), "refused records leave nothing");
    }

    @Test
    void useAfterCloseIsAnExceptionAndCloseIsIdempotent() {
        ErrorJournal j = ErrorJournal.open(dir.resolve("aws.log"));
        j.record(500, "x", "y", "z");
        assertFalse(j.isClosed());
        j.close();
        j.close();
        assertTrue(j.isClosed());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> j.record(500, "x", "y", "z"));
        assertTrue(e.getMessage().endsWith("is closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> j.record(new RuntimeException()));
        assertTrue(j.toString().endsWith(", closed]"));
    }

    /** The folder replaced by a file: the record fails with UncheckedIOException; once it is gone, writing resumes. */
    @Test
    void ioFailureIsReportedAndWritingResumes() throws IOException {
        Path logs = dir.resolve("logs");
        Path log = logs.resolve("aws.log");
        try (ErrorJournal j = ErrorJournal.open(log)) {
            j.record(500, "x", "before", null);
            TempDirs.delete(logs);
            Files.write(logs, new byte[] {1});
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> j.record(500, "x", "lost", null));
            assertTrue(e.getMessage().contains("the next record tries again"), e.getMessage());
            assertThrows(UncheckedIOException.class, () -> j.record(500, "x", "lost again", null));
            Files.delete(logs);
            j.record(500, "x", "after", null);
        }
        List<JsonNode> r = records(log);
        assertEquals(1, r.size());
        assertEquals("after", text(r.get(0), "msg"));
    }

    /** 8 threads × 2000 records through one journal rolling every 32 KiB: each record in the files exactly once. */
    @Test
    void concurrentRecordsWithRollingAreEachFoundExactlyOnce() throws Exception {
        Path log = dir.resolve("aws.log");
        final int threads = 8;
        final int perThread = 2000;
        final long maxBytes = 32 * 1024;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ErrorJournal j = ErrorJournal.open(log, maxBytes, 1000)) {
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int id = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            // Varied sizes; some records carry a stack trace.
                            if (i % 100 == 0) {
                                j.record(new AWSEngineException("t" + id + "-" + i));
                            } else {
                                j.record(CODES[i % CODES.length], "x.Y", "t" + id + "-" + i, "d\n" + i);
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                ts.add(th);
                th.start();
            }
            start.countDown();
            for (Thread th : ts) {
                th.join();
            }
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode r : records(log)) {
            seen.merge(text(r, "msg"), 1, Integer::sum);
        }
        assertEquals(threads * perThread, seen.size());
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                assertEquals(Integer.valueOf(1), seen.get("t" + t + "-" + i), "t" + t + "-" + i);
            }
        }
        int files = 0;
        for (int i = 1; Files.exists(Paths.get(log + "." + i)); i++) {
            assertTrue(Files.size(Paths.get(log + "." + i)) <= maxBytes);
            files++;
        }
        assertTrue(files > 10, "rolled " + files + " times");
        assertNull(failure.get());
    }

    /** close() while 8 threads record: each record either lands whole or gets IllegalStateException. */
    @Test
    void closeRacingWithWriters() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path log = dir.resolve("race" + round + ".log");
            ErrorJournal j = ErrorJournal.open(log, 16 * 1024, 100);
            AtomicInteger written = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(8);
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int id = t;
                Thread th = new Thread(() -> {
                    started.countDown();
                    for (int i = 0;; i++) {
                        try {
                            j.record(503, "x", "t" + id + "-" + i, null);
                            written.incrementAndGet();
                        } catch (IllegalStateException closed) {
                            if (!closed.getMessage().endsWith("is closed")) {
                                failure.compareAndSet(null, closed);
                            }
                            return;
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                            return;
                        }
                    }
                });
                ts.add(th);
                th.start();
            }
            started.await();
            Thread.sleep(round % 5);
            j.close();
            for (Thread th : ts) {
                th.join();
            }
            if (failure.get() != null) {
                throw new AssertionError(failure.get());
            }
            assertEquals(written.get(), records(log).size(), "round " + round);
        }
    }
}
