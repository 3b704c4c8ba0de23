package io.github.awserror;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Defines chains of empty subclasses in memory, with a minimal class-file writer: far
 * faster than compiling thousands of sources, and the JVM loads them like any class.
 * The classes have no constructor (never instantiated; codes are asked by Class).
 */
final class GeneratedClasses extends ClassLoader {
    private final Map<String, String> superOf = new HashMap<>();

    GeneratedClasses() {
        super(GeneratedClasses.class.getClassLoader());
    }

    /**
     * {@code pkg.Name0 extends root}, {@code pkg.Name<i> extends pkg.Name<i-1>}; returns
     * them root-side first, loaded in that order (so the JVM never recurses deeply).
     */
    List<Class<? extends Throwable>> chain(String prefix, Class<? extends Throwable> root, int depth)
            throws ClassNotFoundException {
        List<Class<? extends Throwable>> out = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            superOf.put(prefix + i, i == 0 ? root.getName() : prefix + (i - 1));
        }
        for (int i = 0; i < depth; i++) {
            out.add(Class.forName(prefix + i, true, this).asSubclass(Throwable.class));
        }
        return out;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String parent = superOf.get(name);
        if (parent == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] b = classFile(name.replace('.', '/'), parent.replace('.', '/'));
        return defineClass(name, b, 0, b.length);
    }

    /** {@code public class name extends superName {}}: Java 8 class file, nothing but the two names. */
    static byte[] classFile(String name, String superName) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0xCAFEBABE);
            out.writeShort(0); // minor
            out.writeShort(52); // major: Java 8
            out.writeShort(5); // constant pool count + 1
            out.writeByte(1); // #1 Utf8 (class files use modified UTF-8, as writeUTF does)
            out.writeUTF(name);
            out.writeByte(7); // #2 Class #1
            out.writeShort(1);
            out.writeByte(1); // #3 Utf8
            out.writeUTF(superName);
            out.writeByte(7); // #4 Class #3
            out.writeShort(3);
            out.writeShort(0x0021); // ACC_PUBLIC | ACC_SUPER
            out.writeShort(2); // this
            out.writeShort(4); // super
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(0); // methods
            out.writeShort(0); // attributes
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
