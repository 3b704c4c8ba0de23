package io.github.awserror;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles two chains of {@code depth} exception classes at test time (too many to write out). */
final class DeepClasses {
    private DeepClasses() {
    }

    /** deep.F0 extends AWSForbiddenException, deep.Fi extends deep.F(i-1); deep.P* likewise from RuntimeException. */
    static ClassLoader compile(Path dir, int depth) throws IOException {
        Path src = dir.resolve("deep");
        Files.createDirectories(src);
        StringBuilder files = new StringBuilder();
        for (String chain : new String[] {"F", "P"}) {
            String root = chain.equals("F") ? "io.github.awserror.AWSForbiddenException" : "RuntimeException";
            for (int i = 0; i < depth; i++) {
                String parent = i == 0 ? root : chain + (i - 1);
                String body = "package deep;\npublic class " + chain + i + " extends " + parent
                        + " {\n  private static final long serialVersionUID = 1L;\n"
                        + "  public " + chain + i + "(String m) { super(m); }\n}\n";
                Path f = src.resolve(chain + i + ".java");
                try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                    w.write(body);
                }
                files.append(f).append('\n');
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = System.getProperty("awserror.test.classes");
        String[] args = new String[2 * depth + 4];
        args[0] = "-cp";
        args[1] = classpath;
        args[2] = "-d";
        args[3] = dir.toString();
        String[] names = files.toString().split("\n");
        System.arraycopy(names, 0, args, 4, names.length);
        if (javac.run(null, null, null, args) != 0) {
            throw new IOException("javac failed for the deep test classes");
        }
        return new URLClassLoader(new URL[] {new File(dir.toString()).toURI().toURL()},
                DeepClasses.class.getClassLoader());
    }
}
