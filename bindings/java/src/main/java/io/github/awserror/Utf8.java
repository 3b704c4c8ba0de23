package io.github.awserror;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text to the core as standard UTF-8 bytes, with the same rule as the UTF-16 path in
 * src/jni/text.rs: every character exact, an unpaired surrogate as U+FFFD.
 * {@code String.getBytes(UTF_8)} (fast, intrinsified) writes {@code '?'} for an
 * unpaired surrogate instead, so its result is used only when it holds no {@code '?'};
 * otherwise the text is encoded again with U+FFFD as the replacement.
 */
final class Utf8 {
    /** U+FFFD in UTF-8. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private Utf8() {
    }

    /** The UTF-8 bytes of {@code s}; null for null. */
    static byte[] encode(String s) {
        if (s == null) {
            return null;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (byte x : b) {
            if (x == '?') {
                // A real '?' or a replaced surrogate: cannot tell, so encode exactly.
                return exact(s);
            }
        }
        return b;
    }

    private static byte[] exact(String s) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(s));
            byte[] b = new byte[out.remaining()];
            out.get(b);
            return b;
        } catch (CharacterCodingException e) {
            // REPLACE never reports.
            throw new IllegalStateException(e);
        }
    }

    /** The text of UTF-8 bytes made by the core (always valid UTF-8). */
    static String decode(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
