package io.github.awserror.demo;

import io.github.awserror.AWSEngineException;
import io.github.awserror.AWSException;
import io.github.awserror.AWSExpressionException;
import io.github.awserror.AWSForbiddenException;
import io.github.awserror.AWSIllegalArgumentException;
import io.github.awserror.AWSObjectNotFindException;
import io.github.awserror.AWSQuotaException;
import io.github.awserror.AWSTransferException;
import io.github.awserror.AppContainerException;
import io.github.awserror.AppStoreException;
import io.github.awserror.AwsErrors;
import io.github.awserror.BPMNError;
import io.github.awserror.ErrorJournal;
import io.github.awserror.HasAPIErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throws what AWS PaaS apps throw and prints, for each, the Java binding's answer
 * (getAPIErrorCode() / AwsErrors.codeOf) next to the CLI's answer for the same class and
 * its superclass chain ({@code aws-error exception CLASS SUPERCLASS...}). Exits 1 if any
 * disagree. Usage: {@code Demo PATH-TO-aws-error-CLI}.
 */
public final class Demo {
    private Demo() {
    }

    /** A user exception of an app, as apps write them. */
    static class ProcessSuspendedException extends AWSForbiddenException {
        private static final long serialVersionUID = 1L;

        ProcessSuspendedException(String message) {
            super(message);
        }
    }

    /** An app's own base exception that cannot extend AWSException. */
    static class LegacyAppException extends Exception implements HasAPIErrorCode {
        private static final long serialVersionUID = 1L;

        LegacyAppException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Demo PATH-TO-aws-error-CLI [LOGS-FOLDER]");
            System.exit(2);
        }
        String cli = args[0];
        String processDefinitionId = "obj_c9e1f2a3b4";
        List<Throwable> thrown = new ArrayList<>();
        thrown.add(new AWSForbiddenException("流程已经挂起，操作被拒绝"));
        thrown.add(new AWSObjectNotFindException("流程定义未找到。processDefinitionId:" + processDefinitionId));
        thrown.add(new AWSIllegalArgumentException("参数1", AWSIllegalArgumentException.FORMAT, "参数必须是0-9数字"));
        thrown.add(new BPMNError("UCode01", "User biz error"));
        thrown.add(new AWSException("表单数据保存失败"));
        thrown.add(new AWSEngineException("流程引擎执行出错"));
        thrown.add(new AWSExpressionException("表达式计算出错: @sid"));
        thrown.add(new AWSTransferException("导出流程失败"));
        thrown.add(new AppContainerException("应用容器错误"));
        thrown.add(new AppStoreException("连接AppStore失败"));
        thrown.add(new AWSQuotaException("超过许可的注册用户数"));
        thrown.add(new ProcessSuspendedException("流程已经挂起，操作被拒绝"));
        thrown.add(new AWSObjectNotFindException("账户不存在") {
            private static final long serialVersionUID = 1L;
        });
        // The platform's own classes, by name.
        thrown.add(new com.actionsoft.exception.AWSForbiddenException("流程已经挂起，操作被拒绝"));
        thrown.add(new com.actionsoft.exception.AWSDataAccessException("数据库访问失败"));
        // JDK and app exceptions the system catches.
        thrown.add(new NullPointerException());
        thrown.add(new IllegalStateException("app state"));
        thrown.add(new LegacyAppException("legacy"));

        System.out.printf("aws-error %s, native library from %s%n%n", AwsErrors.version(), AwsErrors.libraryLocation());
        System.out.printf("%-5s %-5s %-5s  %-58s %s%n", "Java", "codeOf", "CLI", "class (message)", "name");
        int disagreements = 0;
        for (Throwable t : thrown) {
            String viaMethod = t instanceof HasAPIErrorCode ? ((HasAPIErrorCode) t).getAPIErrorCode() : "-";
            String viaCodeOf = AwsErrors.codeOf(t);
            List<String> chain = chainOf(t.getClass());
            String viaCli = askCli(cli, chain);
            boolean agree = viaCodeOf.equals(viaCli) && (viaMethod.equals("-") || viaMethod.equals(viaCodeOf));
            if (!agree) {
                disagreements++;
            }
            String extra = t instanceof BPMNError ? " [business code " + ((BPMNError) t).getErrorCode() + "]" : "";
            System.out.printf("%-5s %-6s %-5s%s %-58s %s / %s%n", viaMethod, viaCodeOf, viaCli, agree ? " " : "!",
                    t.getClass().getName() + " (" + t.getMessage() + ")" + extra,
                    AwsErrors.name(Integer.parseInt(viaCodeOf), Locale.CHINESE),
                    AwsErrors.name(Integer.parseInt(viaCodeOf), Locale.ENGLISH));
            if (!agree) {
                System.out.println("      DISAGREE: CLI chain was " + chain);
            }
        }
        // What a client receives and what operators find in aws.log, for the same exceptions;
        // each body's errorCode, read back by the core, must be the code.
        System.out.println();
        // The journal stays in the folder given (make demo: target/java-demo/logs) for a
        // look afterwards; without one, a temporary folder is used and removed.
        boolean keep = args.length > 1;
        Path logs = keep ? Paths.get(args[1]) : Files.createTempDirectory("aws-error-demo-logs");
        try (ErrorJournal journal = ErrorJournal.forInstance(logs, null)) {
            for (Throwable t : thrown) {
                String body = AwsErrors.responseJson(t);
                if (AwsErrors.errorCodeOf(body) != Integer.parseInt(AwsErrors.codeOf(t))) {
                    disagreements++;
                    System.out.println("DISAGREE: body " + body);
                }
                journal.record(t);
            }
            System.out.println("ResponseObject body: " + AwsErrors.responseJson(thrown.get(0)));
            System.out.println("ResponseObject body: " + AwsErrors.responseJson(thrown.get(3)));
            List<String> lines = Files.readAllLines(journal.path(), StandardCharsets.UTF_8);
            System.out.println(lines.size() + " records in " + journal.path() + "; the first, cut to 300 characters:");
            String first = lines.get(0);
            System.out.println("  " + (first.length() > 300 ? first.substring(0, 300) + "..." : first));
        } finally {
            if (!keep) {
                Files.deleteIfExists(logs.resolve("aws.log"));
                Files.deleteIfExists(logs);
            }
        }
        System.out.println();
        if (disagreements > 0) {
            System.out.println("FAILED: " + disagreements + " of " + thrown.size() + " answers disagree with the CLI");
            System.exit(1);
        }
        System.out.println("OK: all " + thrown.size() + " answers agree with the CLI (" + cli + ")");
    }

    /** The class and its superclasses, most specific first (without Object). */
    static List<String> chainOf(Class<?> c) {
        List<String> chain = new ArrayList<>();
        for (; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(c.getName());
        }
        return chain;
    }

    private static final Pattern LEADING_INT = Pattern.compile("^\\s*(-?\\d+)(?![\\w$.])");
    private static final Pattern STANDALONE_INT = Pattern.compile("(?<![\\w$.])(-?\\d+)(?![\\w$.])");

    /** Runs the CLI and returns the code it prints: a line's leading integer, else the first standalone one. */
    static String askCli(String cli, List<String> chain) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(cli);
        cmd.add("exception");
        cmd.addAll(chain);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("CLI failed (exit " + status + "): " + cmd + "\n" + out + err);
        }
        for (String line : out.split("\n")) {
            Matcher m = LEADING_INT.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        Matcher m = STANDALONE_INT.matcher(out);
        if (m.find()) {
            return m.group(1);
        }
        throw new IllegalStateException("no code in the CLI's output for " + cmd + ":\n" + out);
    }

    private static String read(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = in.read(buf)) > 0;) {
            out.write(buf, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
}
