package io.github.awserror;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads the native library, in this order:
 * <ol>
 * <li>the file named by the system property {@value #PATH_PROPERTY}, if set (then
 *     nothing else is tried);</li>
 * <li>the jar's resource {@code /native/<os>-<arch>/<library file>}, copied to a unique
 *     temporary file and loaded with {@code System.load};</li>
 * <li>{@code System.loadLibrary("aws_error")} ({@code java.library.path}).</li>
 * </ol>
 * The loaded library's version must equal the jar's, or loading fails: a stale library
 * found elsewhere never answers.
 */
final class Loader {
    static final String PATH_PROPERTY = "io.github.awserror.library.path";
    static final String LIBRARY = "aws_error";

    /** Where the library was loaded from, for diagnostics; null until loaded. */
    static volatile String loadedFrom;

    private Loader() {
    }

    static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return "linux";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "macos";
        }
        if (name.startsWith("windows")) {
            return "windows";
        }
        return name.replaceAll("[^a-z0-9]", "");
    }

    static String arch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x64")) {
            return "x86_64";
        }
        if (arch.equals("aarch64") || arch.equals("arm64")) {
            return "aarch64";
        }
        return arch.replaceAll("[^a-z0-9_]", "");
    }

    static String resourcePath() {
        return "/native/" + os() + "-" + arch() + "/" + System.mapLibraryName(LIBRARY);
    }

    static String jarVersion() {
        Properties p = new Properties();
        try (InputStream in = Loader.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Reported below as an unknown version.
        }
        return p.getProperty("version", "(unknown: version.properties missing)");
    }

    /** Returns null on success, else the error to throw (message lists every attempt). */
    static UnsatisfiedLinkError load() {
        List<String> tried = new ArrayList<>();
        Throwable last = null;
        String override = System.getProperty(PATH_PROPERTY);
        if (override != null && !override.isEmpty()) {
            String where = "system property " + PATH_PROPERTY + "=" + override;
            try {
                System.load(new File(override).getAbsolutePath());
                verify(where);
                return null;
            } catch (UnsatisfiedLinkError | SecurityException e) {
                tried.add(where + ": " + describe(e));
                return failure(tried, e);
            }
        }

        String resource = resourcePath();
        String where = "jar resource " + resource;
        try (InputStream in = Loader.class.getResourceAsStream(resource)) {
            if (in == null) {
                tried.add(where + ": not in the jar (no build for this OS/architecture)");
            } else {
                Path file = extract(in);
                try {
                    System.load(file.toAbsolutePath().toString());
                } finally {
                    // Mapped already; the file itself is no longer needed (on Windows it
                    // cannot be deleted while loaded, so at exit).
                    if (!file.toFile().delete()) {
                        file.toFile().deleteOnExit();
                    }
                }
                verify(where + " (extracted to " + file + ")");
                return null;
            }
        } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
            tried.add(where + ": " + describe(e));
            last = e;
            if (e instanceof VersionMismatch) {
                return failure(tried, e);
            }
        }

        where = "System.loadLibrary(\"" + LIBRARY + "\") with java.library.path="
                + System.getProperty("java.library.path");
        try {
            System.loadLibrary(LIBRARY);
            verify(where);
            return null;
        } catch (UnsatisfiedLinkError | SecurityException e) {
            tried.add(where + ": " + describe(e));
            last = e;
        }
        return failure(tried, last);
    }

    /** Distinguishes this loader's attempts from each other within one process. */
    private static final AtomicLong COUNTER = new AtomicLong();

    /**
     * Copies the library to a new file in {@code java.io.tmpdir}, readable only by its
     * owner where the file system is POSIX. Not {@code Files.createTempFile}: its first
     * use initialises SecureRandom and the security providers, tens of milliseconds of
     * start-up. Here the name is the pid, {@code nanoTime} and a counter, and the file
     * is created with CREATE_NEW (never an existing file or link; another name on a
     * clash), which is what makes it ours, not the name's unpredictability.
     */
    private static Path extract(InputStream in) throws IOException {
        String file = System.mapLibraryName(LIBRARY);
        int dot = file.lastIndexOf('.');
        Path dir = Paths.get(System.getProperty("java.io.tmpdir"));
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))}
                : new FileAttribute<?>[0];
        String prefix = file.substring(0, dot) + "-" + pid() + "-";
        for (int attempt = 0;; attempt++) {
            Path tmp = dir.resolve(prefix + Long.toHexString(System.nanoTime()) + "-"
                    + COUNTER.incrementAndGet() + file.substring(dot));
            SeekableByteChannel channel;
            try {
                channel = Files.newByteChannel(tmp,
                        EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attrs);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            try (OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0;) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return tmp;
        }
    }

    /** This process's id where /proc says it (Java 8 has no ProcessHandle), else "0". */
    private static String pid() {
        try {
            // No lambda or stream here: their first use costs start-up time.
            String self = Files.readSymbolicLink(Paths.get("/proc/self")).toString();
            boolean digits = !self.isEmpty();
            for (int i = 0; i < self.length(); i++) {
                digits &= self.charAt(i) >= '0' && self.charAt(i) <= '9';
            }
            if (digits) {
                return self;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // No pid: nanoTime and the counter still tell names apart, and CREATE_NEW decides.
        }
        return "0";
    }

    /** After a successful System.load: the library must be ours and of the jar's version. */
    private static void verify(String where) {
        String nativeVersion;
        try {
            nativeVersion = Native.version();
        } catch (UnsatisfiedLinkError e) {
            throw new VersionMismatch("loaded, but it is not the aws-error library"
                    + " (no native method " + e.getMessage() + ")");
        }
        checkVersion(jarVersion(), nativeVersion);
        loadedFrom = where;
    }

    /** A loaded library whose version is not the jar's: never use it. */
    static void checkVersion(String jarVersion, String nativeVersion) {
        if (!jarVersion.equals(nativeVersion)) {
            throw new VersionMismatch("native aws-error version " + nativeVersion
                    + " but this jar is version " + jarVersion
                    + " (a stale library; remove it or point " + PATH_PROPERTY + " at the right one)");
        }
    }

    private static String describe(Throwable e) {
        return e instanceof VersionMismatch ? e.getMessage() : e.toString();
    }

    private static UnsatisfiedLinkError failure(List<String> tried, Throwable cause) {
        StringBuilder m = new StringBuilder("aws-error: cannot load the native library ")
                .append(System.mapLibraryName(LIBRARY))
                .append(" (detected os=").append(os()).append(", arch=").append(arch())
                .append(" [os.name=").append(System.getProperty("os.name"))
                .append(", os.arch=").append(System.getProperty("os.arch"))
                .append("]; jar version ").append(jarVersion()).append("). Tried:");
        for (int i = 0; i < tried.size(); i++) {
            m.append("\n  ").append(i + 1).append(". ").append(tried.get(i));
        }
        UnsatisfiedLinkError e = new UnsatisfiedLinkError(m.toString());
        e.initCause(cause);
        return e;
    }

    /** A library that loaded but must not be used. */
    static final class VersionMismatch extends UnsatisfiedLinkError {
        private static final long serialVersionUID = 1L;

        VersionMismatch(String message) {
            super(message);
        }
    }
}
