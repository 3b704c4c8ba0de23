package io.github.awserror;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The platform's {@code aws.log} error journal, written by the native core: one JSON
 * line per record ({@code time} UTC, {@code level} ERR for 5xx else WARN,
 * {@code errorCode} as a string, {@code category}, {@code exception}, {@code msg},
 * {@code detail}), rolled like log4j's RollingFileAppender ({@code aws.log} →
 * {@code aws.log.1} → … → {@code aws.log.N}, the oldest dropped).
 *
 * <pre>{@code
 * try (ErrorJournal log = ErrorJournal.forInstance(Paths.get("/opt/aws/logs"), System.getProperty("aws.inst"))) {
 *     log.record(e);   // code, class, message and the stack trace with its causes
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may record at once; each record is written
 * whole or not at all, none is lost. {@link #close()} waits for records in progress,
 * is idempotent, and afterwards every {@code record} throws
 * {@code IllegalStateException}. Close it: the file handle is native.
 *
 * <p>Errors: {@code UncheckedIOException} when the file cannot be opened or a record
 * cannot be written (disk full, folder removed or not writable); the journal stays
 * usable and the next record tries again, reopening the file and recreating missing
 * folders. {@code IllegalArgumentException} for a code outside the 4xx, 5xx, 7xx, 8xx
 * families or a bad instance name; {@code NullPointerException} for null arguments
 * (except the strings of {@link #record(int, String, String, String)}).
 * Text is written as exact UTF-8; a lone surrogate becomes U+FFFD.
 */
public final class ErrorJournal implements AutoCloseable {
    /** log4j's size on the platform: roll at 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** log4j's backups on the platform: keep 20. */
    public static final int DEFAULT_BACKUPS = 20;

    private final Path path;
    /** Records hold the read lock, close the write lock: the handle is never freed under a writer. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** 0 once closed; read and written under {@link #lock}. */
    private long handle;

    private ErrorJournal(Path path, long handle) {
        this.path = path;
        this.handle = handle;
    }

    /**
     * Opens (creating it and missing folders) the journal at {@code path} with the
     * platform's defaults: roll at 20 MB, keep 20 backups.
     *
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static ErrorJournal open(Path path) {
        return open(path, DEFAULT_MAX_BYTES, DEFAULT_BACKUPS);
    }

    /**
     * Opens, rolling when a record would take the file past {@code maxBytes} (a record
     * larger than that gets a file of its own) and keeping {@code backups} old files
     * (0: the file is emptied instead; at most 1000, the core's limit, C's
     * {@code AWS_ERROR_LOG_MAX_BACKUPS}).
     *
     * @throws IllegalArgumentException if {@code maxBytes} or {@code backups} is negative,
     *     or {@code backups} is above 1000
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static ErrorJournal open(Path path, long maxBytes, int backups) {
        if (path == null) {
            throw new NullPointerException("path must not be null");
        }
        if (maxBytes < 0 || backups < 0) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " and backups " + backups
                    + " must not be negative");
        }
        Path absolute = path.toAbsolutePath();
        Native.ensureLoaded();
        long h = Native.journalOpen(absolute.toString(), maxBytes, backups);
        if (h == 0) {
            throw new UncheckedIOException(new IOException("aws-error: cannot open the journal " + absolute));
        }
        return new ErrorJournal(absolute, h);
    }

    /**
     * The platform's journal in {@code logsDir}: {@code <instance>.log} in a cluster
     * (the instance name given at start-up as {@code aws.inst}), {@code aws.log} when
     * {@code instance} is null or empty; platform defaults.
     *
     * @throws IllegalArgumentException if {@code instance} contains {@code /} or
     *     {@code \}, is {@code .} or {@code ..}, or is longer than 251 UTF-8 bytes
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static ErrorJournal forInstance(Path logsDir, String instance) {
        return open(pathFor(logsDir, instance));
    }

    /** The file {@link #forInstance} opens, without opening it. */
    public static Path pathFor(Path logsDir, String instance) {
        if (logsDir == null) {
            throw new NullPointerException("logsDir must not be null");
        }
        Native.ensureLoaded();
        return Paths.get(Native.journalPath(logsDir.toAbsolutePath().toString(), instance));
    }

    /** The journal's current file (backups are {@code path + ".1"}, ...). */
    public Path path() {
        return path;
    }

    /**
     * Records {@code t}: its code ({@link AwsErrors#codeOf}), class name, message
     * ({@code ""} when null) and its stack trace with causes and suppressed exceptions,
     * as {@code printStackTrace()} prints it.
     *
     * @throws NullPointerException if {@code t} is null
     * @throws IllegalStateException if the journal is closed
     * @throws UncheckedIOException if the record could not be written
     */
    public void record(Throwable t) {
        if (t == null) {
            throw new NullPointerException("t must not be null");
        }
        String code = AwsErrors.codeOf(t);
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            t.printStackTrace(w);
        }
        record(Integer.parseInt(code), t.getClass().getName(), t.getMessage(), trace.toString());
    }

    /**
     * Records one entry; null strings are written as {@code ""}.
     *
     * @throws IllegalArgumentException if the code is not in the 4xx, 5xx, 7xx or 8xx families
     * @throws IllegalStateException if the journal is closed
     * @throws UncheckedIOException if the record could not be written (nothing of it is
     *     in the file; the next record tries again)
     */
    public void record(int code, String exceptionClass, String message, String detail) {
        int status;
        ReentrantReadWriteLock.ReadLock read = lock.readLock();
        read.lock();
        try {
            if (handle == 0) {
                throw new IllegalStateException("aws-error: the journal " + path + " is closed");
            }
            status = Native.journalWrite(handle, code, exceptionClass, message, detail);
        } finally {
            read.unlock();
        }
        if (status != 0) {
            throw new UncheckedIOException(new IOException("aws-error: cannot write to the journal " + path
                    + " (disk full, file or folder removed or not writable?); the next record tries again"));
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        ReentrantReadWriteLock.ReadLock read = lock.readLock();
        read.lock();
        try {
            return handle == 0;
        } finally {
            read.unlock();
        }
    }

    /** Closes the file once every record in progress is written; later calls do nothing. */
    @Override
    public void close() {
        ReentrantReadWriteLock.WriteLock write = lock.writeLock();
        write.lock();
        try {
            long h = handle;
            handle = 0;
            Native.journalClose(h);
        } finally {
            write.unlock();
        }
    }

    @Override
    public String toString() {
        return "ErrorJournal[" + path + (isClosed() ? ", closed]" : "]");
    }
}
