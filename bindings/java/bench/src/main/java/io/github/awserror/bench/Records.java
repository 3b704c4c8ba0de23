package io.github.awserror.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The record both journals write in part 5, and the shared rolling settings. */
final class Records {
    /** Roll at 8 MiB, keep 3 backups (the platform uses 20 MB and 20; smaller rolls more often). */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final int BACKUPS = 3;

    static final int CODE = 403;
    static final String CODE_TEXT = "403";
    static final String EXCEPTION = "com.actionsoft.exception.AWSForbiddenException";
    static final String MSG = "流程已经挂起，操作被拒绝。processInstId:7f3c2a10-5e2b-4c3a-9d7e-1b2c3d4e5f60";
    /**
     * Part 4's second message: about as long as MSG, with a quote, a backslash, a newline and
     * a tab to escape (AwsErrors.responseJson gives such messages to the core).
     */
    static final String MSG_ESCAPED = "参数 \"processInstId\" 无效，操作被拒绝：\n\tat C:\\aws\\apps\\7f3c2a10-5e2b-4c3a-9d7e";
    /** A real stack trace (about 1 KB), made once. */
    static final String DETAIL = trace();

    private static String trace() {
        StringWriter w = new StringWriter();
        Throwable t = new RuntimeException(MSG);
        StackTraceElement[] s = new StackTraceElement[12];
        for (int i = 0; i < s.length; i++) {
            s[i] = new StackTraceElement("com.actionsoft.bpms.bpmn.engine.core.Step" + i, "execute", "Step" + i + ".java", 100 + i);
        }
        t.setStackTrace(s);
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /**
     * After a run: the current file's first whole line is the record, byte for byte,
     * apart from the time (so both journals really wrote the same records).
     */
    static void check(Path dir) throws IOException {
        Path log = dir.resolve("aws.log");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalStateException("empty journal " + log);
        }
        String line = lines.get(0).replaceFirst("^\\{\"time\":\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\"", "{\"time\":\"T\"");
        String expected = "{\"time\":\"T\",\"level\":\"WARN\",\"errorCode\":\"403\",\"category\":\"client\","
                + "\"exception\":\"" + json(EXCEPTION) + "\",\"msg\":\"" + json(MSG) + "\",\"detail\":\"" + json(DETAIL) + "\"}";
        if (!line.equals(expected)) {
            throw new IllegalStateException("journal line differs from the record:\n" + line + "\n" + expected);
        }
    }

    /** JSON string escaping for the check (the record holds only \\n, \\t and printable text). */
    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Records() {
    }
}
