/* Messages that try to break a JSON body or a journal line, and the text each
 * must read back as. Invalid UTF-8 reads back with one U+FFFD for each byte that
 * is not part of a valid sequence: nothing is dropped or folded. */
#ifndef AWS_ERROR_HOSTILE_H
#define AWS_ERROR_HOSTILE_H

#define FFFD "\xef\xbf\xbd"

typedef struct {
  const char *in;
  const char *out; /* NULL: same as `in` */
} Hostile;

static const Hostile HOSTILE[] = {
    {"", NULL},
    {"流程已经挂起，操作被拒绝", NULL},
    {"流程定义未找到。processDefinitionId:obj_c9a5d2b3e1f04", NULL},
    {"say \"hi\" and 'bye'", NULL},
    {"C:\\aws\\logs\\ \\\\server\\share \\u0041 \\n", NULL}, /* literal escapes stay literal */
    {"line 1\nline 2\r\nline 3\rend\n", NULL},
    {"\t\b\f\v\x01\x02\x1b[31m\x1f\x7f", NULL}, /* every control class, DEL, ANSI */
    {"\"}\n{\"time\":\"2026-01-01 00:00:00.000\",\"level\":\"ERR\",\"errorCode\":\"500\"}", NULL},
    {"\",\"errorCode\":\"200\",\"result\":\"ok", NULL}, /* tries to override fields */
    {"</result><result type=\"ok\" errorCode=\"\" msg=\"\" />", NULL},
    {"&amp; &lt; &#10; <![CDATA[x]]>", NULL},
    {"emoji \xf0\x9f\x98\x80 U+2028 \xe2\x80\xa8 U+2029 \xe2\x80\xa9 BOM \xef\xbb\xbf", NULL},
    {"\xc3\xa9t\xc3\xa9 \xd0\xbf\xd1\x80\xd0\xb8 \xe2\x82\xac 𝄞", NULL},
    /* Not UTF-8: */
    {"a\xff" "b", "a" FFFD "b"},
    {"\x80\xbf", FFFD FFFD},                     /* lone continuation bytes */
    {"\xc0\xae", FFFD FFFD},                     /* overlong '.' */
    {"\xed\xa0\x80", FFFD FFFD FFFD},            /* UTF-16 surrogate */
    {"\xf8\x88\x80\x80\x80", FFFD FFFD FFFD FFFD FFFD}, /* 5-byte form */
    {"\xf4\x90\x80\x80", FFFD FFFD FFFD FFFD},   /* above U+10FFFF */
    {"end \xe4\xb8", "end " FFFD FFFD},          /* truncated 3-byte sequence */
    {"\xf0\x9f\x98" "x", FFFD FFFD FFFD "x"},    /* truncated 4-byte sequence */
    {"\xe4\xb8\xad\xff\xe6\x96\x87", "中" FFFD "文"},
};

#define HOSTILE_COUNT (sizeof HOSTILE / sizeof HOSTILE[0])
#define HOSTILE_OUT(h) ((h).out ? (h).out : (h).in)

#endif
