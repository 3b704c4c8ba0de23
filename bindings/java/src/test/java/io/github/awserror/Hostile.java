package io.github.awserror;

/** Messages that try to break a body or a journal line, and what must come back. */
final class Hostile {
    private Hostile() {
    }

    static final String[] MESSAGES = {
        "",
        "say \"hi\" and 'bye'",
        "back\\slash \\\" \\n \\u0041",
        "nul\u0000 ctl\u0001\u0007\u001b\u001f del\u007f",
        "line1\nline2\r\nline3\rend\ttab",
        "{\"result\":\"ok\",\"errorCode\":\"\"}\n{\"time\":\"forged\"}",
        "</result><result type=\"ok\"/>&amp;&#10;",
        "流程已经挂起，操作被拒绝",
        "流程定义未找到。processDefinitionId:obj_c9f8e0a0 — naïve café",
        "supplementary 😀 𝄞 𠀀",
        "separators \u2028 \u2029 \u0085 bom \uFEFF",
        "lone high \uD800 here",
        "lone low \uDC00 here",
        "reversed \uDC00\uD800 pair",
        "trailing high \uD83D",
        "\uDE00 leading low",
        "a pair 😀 then lone \uD83D",
    };

    /** What UTF-8 can carry: every unpaired surrogate becomes U+FFFD, all else stays. */
    static String expected(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
