package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** ResponseObject bodies: built by the core, read back by Jackson and by errorCodeOf. */
class ResponseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static String repeat(String s, int n) {
        StringBuilder b = new StringBuilder(s.length() * n);
        for (int i = 0; i < n; i++) {
            b.append(s);
        }
        return b.toString();
    }

    @Test
    void hostileMessagesRoundTripExactly() throws Exception {
        for (String m : Hostile.MESSAGES) {
            String body = AwsErrors.responseJson(new AWSForbiddenException(m));
            assertFalse(body.contains("\n") || body.contains("\r"), "one line: " + body);
            JsonNode n = parse(body);
            assertEquals("error", n.get("result").asText());
            assertEquals("403", n.get("errorCode").textValue(), "errorCode is a string");
            assertEquals(Hostile.expected(m), n.get("msg").textValue(), body);
            assertEquals(3, n.size(), body);
            assertEquals(403, AwsErrors.errorCodeOf(body), body);
        }
    }

    /**
     * Text crosses as UTF-8 bytes; String.getBytes(UTF_8) would write '?' for a lone
     * surrogate. A real '?' must stay '?', a lone surrogate next to one must still be
     * U+FFFD, in bodies written and in bodies read.
     */
    @Test
    void questionMarksAndLoneSurrogatesStayApart() throws Exception {
        for (String m : new String[] {"why?", "?", "??\uD800?", "\uDC00?", "a?b\uD83D", "?😀?"}) {
            String body = AwsErrors.responseJson(774, m);
            assertEquals(Hostile.expected(m), parse(body).get("msg").textValue(), body);
            assertEquals(774, AwsErrors.errorCodeOf(body), body);
        }
        // Read: a lone surrogate where a '?' would complete the XML declaration.
        String tail = ">\n<result type=\"error\" errorCode=\"774\" msg=\"x\"/>";
        String withQuestionMark = "<?xml version=\"1.0\"?" + tail;
        String withSurrogate = "<?xml version=\"1.0\"\uD800" + tail;
        String withReplacement = "<?xml version=\"1.0\"\uFFFD" + tail;
        assertEquals(774, AwsErrors.errorCodeOf(withQuestionMark));
        assertEquals(AwsErrors.errorCodeOf(withReplacement), AwsErrors.errorCodeOf(withSurrogate));
        assertEquals(AwsErrors.ERR_MALFORMED_BODY, AwsErrors.errorCodeOf(withSurrogate));
    }

    /**
     * responseJson writes a body itself, the core's frame around the message escaped with
     * the core's table: for every char value, for escapes side by side, and for every code
     * with a body, the result is the core's, and only messages with a lone surrogate go to it.
     */
    @Test
    void javaFastPathWritesWhatTheCoreWrites() {
        Native.ensureLoaded();
        int inJava = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            String m = "a" + (char) c + "b";
            String core = Native.responseJson(403, m);
            assertEquals(core, AwsErrors.responseJson(403, m), "U+" + Integer.toHexString(c));
            String java = AwsErrors.writtenInJava(403, m);
            if (java != null) {
                assertEquals(core, java, "U+" + Integer.toHexString(c));
                inJava++;
            }
        }
        // Everything but the 2048 surrogates (lone here) is written in Java.
        assertEquals(0x10000 - 2048, inJava);
        // The core's escapes, as Java gets them: serde_json's forms.
        String[] escapes = Native.jsonEscapes();
        assertEquals(128, escapes.length);
        assertEquals("\\u0000", escapes[0]);
        assertEquals("\\n", escapes['\n']);
        assertEquals("\\t", escapes['\t']);
        assertEquals("\\u001f", escapes[0x1F]);
        assertEquals("\\\"", escapes['"']);
        assertEquals("\\\\", escapes['\\']);
        assertNull(escapes['a']);
        assertNull(escapes[0x7F]);
        // Escapes next to each other, at either end, around other text, and surrogates.
        String[] parts = {"", "\"", "\\", "\n", "\u0001", "a", "流程", "\uD83D\uDE00", "\uD800", "\uDC00"};
        for (String x : parts) {
            for (String y : parts) {
                for (String z : parts) {
                    String m = x + y + z;
                    assertEquals(Native.responseJson(520, m), AwsErrors.responseJson(520, m), m);
                    assertEquals(hasLoneSurrogate(m), AwsErrors.writtenInJava(520, m) == null, m);
                }
            }
        }
        // Pairs are written in Java: every high surrogate, every low one, and each with
        // an escape or a lone surrogate next to it.
        for (char s = '\uD800'; s <= '\uDBFF'; s++) {
            for (String m : new String[] {s + "\uDC00", s + "\uDFFF", "\"" + s + "\uDE00\n", s + "\uDC00" + s}) {
                assertEquals(Native.responseJson(403, m), AwsErrors.responseJson(403, m), m);
                assertEquals(hasLoneSurrogate(m), AwsErrors.writtenInJava(403, m) == null, m);
            }
        }
        for (char s = '\uDC00'; s <= '\uDFFF'; s++) {
            String m = "\uD83D" + s + "x\\";
            assertEquals(Native.responseJson(403, m), AwsErrors.writtenInJava(403, m), m);
        }
        for (int code = -1; code <= 1000; code++) {
            if (AwsErrors.category(code) == Category.INVALID) {
                int bad = code;
                assertThrows(IllegalArgumentException.class, () -> AwsErrors.responseJson(bad, "x"));
            } else {
                assertEquals(Native.responseJson(code, "流程 x"), AwsErrors.responseJson(code, "流程 x"));
                assertEquals(Native.responseJson(code, ""), AwsErrors.responseJson(code, null));
            }
        }
    }

    private static boolean hasLoneSurrogate(String m) {
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < m.length() && Character.isLowSurrogate(m.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void largeMessagesRoundTrip() throws Exception {
        String big = repeat("流程\"\n\uD800😀", 1 << 20); // 6 Mi UTF-16 units, every kind of escape
        String body = AwsErrors.responseJson(520, big);
        assertEquals(Hostile.expected(big), parse(body).get("msg").textValue());
        assertEquals(520, AwsErrors.errorCodeOf(body));
    }

    @Test
    void exactShapeAsThePlatformWritesIt() {
        assertEquals("{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"流程已经挂起，操作被拒绝\"}",
                AwsErrors.responseJson(new AWSForbiddenException("流程已经挂起，操作被拒绝")));
        // null message → "", JDK exception → 500, BPMNError → 550 whatever its business code.
        assertEquals("{\"result\":\"error\",\"errorCode\":\"500\",\"msg\":\"\"}",
                AwsErrors.responseJson(new NullPointerException()));
        assertEquals("{\"result\":\"error\",\"errorCode\":\"550\",\"msg\":\"User biz error\"}",
                AwsErrors.responseJson(new BPMNError("UCode01", "User biz error")));
        assertEquals("{\"result\":\"error\",\"errorCode\":\"774\",\"msg\":\"x\"}", AwsErrors.responseJson(774, "x"));
        assertEquals("{\"result\":\"error\",\"errorCode\":\"456\",\"msg\":\"\"}", AwsErrors.responseJson(456, null));
        assertThrows(NullPointerException.class, () -> AwsErrors.responseJson(null));
        for (int bad : new int[] {0, 99, 600, 1000, -403, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AwsErrors.responseJson(bad, "x"));
            assertTrue(e.getMessage().contains("no error body for code " + bad), e.getMessage());
        }
    }

    @Test
    void realPlatformBodies() {
        assertEquals(0, AwsErrors.errorCodeOf("{\"data\":\"Hi, AWS PaaS!\",\"result\":\"ok\"}"));
        assertEquals(0, AwsErrors.errorCodeOf("{\"num1\":5,\"num2\":6,\"num3\":11,\"result\":\"ok\"}"));
        assertEquals(0, AwsErrors.errorCodeOf(
                "{\"data\":{\"boId\":\"b1\",\"rows\":[1,2]},\"msg\":\"\",\"id\":\":responseobject;\",\"result\":\"ok\"}"));
        assertEquals(0, AwsErrors.errorCodeOf("<result type=\"ok\" errorCode=\"\" msg=\"\" />"));
        assertEquals(0, AwsErrors.errorCodeOf("{\"result\":\"warning\",\"msg\":\"check\"}"));
        assertEquals(403, AwsErrors.errorCodeOf(
                "{\"msg\":\"流程已经挂起，操作被拒绝\",\"errorCode\":\"403\",\"result\":\"error\"}"));
        assertEquals(520, AwsErrors.errorCodeOf("{\"result\":\"error\",\"errorCode\":520}"));
        assertEquals(774, AwsErrors.errorCodeOf(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result type=\"error\" errorCode=\"774\" msg=\"App Failed\"/>"));
        // Apps set their own codes too: "0" and "1" are numbers, so they come back.
        assertEquals(0, AwsErrors.errorCodeOf("{\"result\":\"error\",\"errorCode\":\"0\"}"));
        assertEquals(1, AwsErrors.errorCodeOf("{\"result\":\"error\",\"errorCode\":\"1\"}"));
        assertEquals(AwsErrors.ERR_NON_NUMERIC_CODE,
                AwsErrors.errorCodeOf("{\"result\":\"error\",\"errorCode\":\"ERR_WPLY\",\"msg\":\"x\"}"));
        assertEquals(Integer.MAX_VALUE, AwsErrors.errorCodeOf("{\"result\":\"error\",\"errorCode\":\"2147483647\"}"));
        assertEquals(AwsErrors.ERR_CODE_OVERFLOW, AwsErrors.errorCodeOf("{\"result\":\"error\",\"errorCode\":\"2147483648\"}"));
        assertEquals(AwsErrors.ERR_CODE_OVERFLOW, AwsErrors.errorCodeOf("{\"result\":\"error\",\"errorCode\":-1}"));
        assertEquals(AwsErrors.ERR_CODE_OVERFLOW,
                AwsErrors.errorCodeOf("<result type=\"error\" errorCode=\"99999999999999999999\" msg=\"\"/>"));
    }

    @Test
    void malformedAndDeeplyNestedBodies() {
        for (String bad : new String[] {"", "   ", "ok", "403", "[]", "null", "{", "{\"result\":1}",
            "{\"errorCode\":\"403\"}", "<result/>", "<result type=\"ok\">", "<html><body>502 Bad Gateway</body></html>",
            "{\"result\":\"ok\"} trailing", "\uD800{\"result\":\"ok\"}"}) {
            assertEquals(AwsErrors.ERR_MALFORMED_BODY, AwsErrors.errorCodeOf(bad), bad);
        }
        for (int depth : new int[] {129, 1_000, 100_000}) {
            String arrays = repeat("[", depth) + repeat("]", depth);
            assertEquals(AwsErrors.ERR_MALFORMED_BODY, AwsErrors.errorCodeOf(arrays), "depth " + depth);
            String inData = "{\"result\":\"error\",\"errorCode\":\"403\",\"data\":"
                    + repeat("{\"a\":", depth) + "1" + repeat("}", depth) + "}";
            assertEquals(AwsErrors.ERR_MALFORMED_BODY, AwsErrors.errorCodeOf(inData), "data depth " + depth);
        }
        // Within serde_json's limit the body is read.
        String shallow = "{\"result\":\"error\",\"errorCode\":\"403\",\"data\":"
                + repeat("[", 100) + repeat("]", 100) + "}";
        assertEquals(403, AwsErrors.errorCodeOf(shallow));
        assertThrows(NullPointerException.class, () -> AwsErrors.errorCodeOf(null));
    }

    /** The Java constants are the core's numbers: each ERR_ field's name is the core's name for its value. */
    @Test
    void constantsAreTheCoresNumbers() throws Exception {
        Native.ensureLoaded();
        String[] names = Native.errorNames();
        assertEquals("MALFORMED_BODY", names[-AwsErrors.ERR_MALFORMED_BODY - 1], Arrays.toString(names));
        int fields = 0;
        for (Field f : AwsErrors.class.getFields()) {
            if (f.getName().startsWith("ERR_") && Modifier.isStatic(f.getModifiers())) {
                int value = f.getInt(null);
                assertTrue(value < 0 && -value <= names.length, f.getName());
                assertEquals("ERR_" + names[-value - 1], f.getName());
                fields++;
            }
        }
        assertEquals(3, fields);
    }

    @Test
    void bodyBuilder() throws Exception {
        assertEquals("{\"result\":\"ok\",\"msg\":\"\",\"data\":\"Hi, AWS PaaS!\"}",
                ResponseBody.ok().data("\"Hi, AWS PaaS!\"").toJson());
        assertEquals("{\"result\":\"warning\",\"msg\":\"check\"}", ResponseBody.warning().msg("check").toJson());
        assertEquals("<result type=\"warning\" errorCode=\"\" msg=\"check\" />", ResponseBody.warning().msg("check").toXml());
        assertEquals("<result type=\"error\" errorCode=\"403\" msg=\"a&quot;b&#10;\" />",
                ResponseBody.error(403).msg("a\"b\n").toXml());
        String body = ResponseBody.error(800).msg("超过许可的注册用户数").data("{\"limit\":100,\"users\":[\"a\",\"b\"]}").toJson();
        JsonNode n = parse(body);
        assertEquals("800", n.get("errorCode").textValue());
        assertEquals(100, n.get("data").get("limit").intValue());
        assertEquals(800, AwsErrors.errorCodeOf(body));
        Iterator<String> keys = n.fieldNames();
        StringBuilder order = new StringBuilder();
        keys.forEachRemaining(k -> order.append(k).append(' '));
        assertEquals("result errorCode msg data ", order.toString());
        for (String m : Hostile.MESSAGES) {
            assertEquals(Hostile.expected(m), parse(ResponseBody.ok().msg(m).toJson()).get("msg").textValue());
            assertEquals(0, AwsErrors.errorCodeOf(ResponseBody.ok().msg(m).toXml()), m);
            assertEquals(403, AwsErrors.errorCodeOf(ResponseBody.error(403).msg(m).toXml()), m);
        }
        assertThrows(IllegalArgumentException.class, () -> ResponseBody.error(600));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResponseBody.ok().data("{not json").toJson());
        assertTrue(e.getMessage().startsWith("data is not JSON"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResponseBody.ok().data(repeat("[", 200) + repeat("]", 200)).toJson());
    }
}
