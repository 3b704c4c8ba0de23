/* ResponseObject bodies: aws_response_error_json writes the platform's error body
 * exactly, every message reads back unchanged, and aws_response_error_code reads
 * real platform bodies (JSON and XML) and gives a named constant for anything
 * else, however hostile or deep. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "aws_error.h"
#include "check.h"
#include "hostile.h"
#include "json_flat.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* CHECK_STR on a body, which is then freed. */
#define CHECK_BODY(code, msg, expected)                                      \
  do {                                                                       \
    char *b_ = aws_response_error_json((code), (msg));                       \
    CHECK_STR(b_, (expected));                                               \
    aws_error_string_free(b_);                                               \
  } while (0)

static void test_exact_bodies(void) {
  CHECK_BODY(403, "流程已经挂起，操作被拒绝",
             "{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"流程已经挂起，操作被拒绝\"}");
  CHECK_BODY(404, "流程定义未找到。processDefinitionId:p1",
             "{\"result\":\"error\",\"errorCode\":\"404\",\"msg\":\"流程定义未找到。processDefinitionId:p1\"}");
  CHECK_BODY(400, "参数必须是0-9数字",
             "{\"result\":\"error\",\"errorCode\":\"400\",\"msg\":\"参数必须是0-9数字\"}");
  CHECK_BODY(550, "User biz error",
             "{\"result\":\"error\",\"errorCode\":\"550\",\"msg\":\"User biz error\"}");
  CHECK_BODY(760, "starting", "{\"result\":\"error\",\"errorCode\":\"760\",\"msg\":\"starting\"}");
  CHECK_BODY(800, "quota", "{\"result\":\"error\",\"errorCode\":\"800\",\"msg\":\"quota\"}");
  CHECK_BODY(409, "", "{\"result\":\"error\",\"errorCode\":\"409\",\"msg\":\"\"}");
  /* Valid category, not in the catalogue (a registered app code): still a body. */
  CHECK_BODY(456, "x", "{\"result\":\"error\",\"errorCode\":\"456\",\"msg\":\"x\"}");
  /* msg NULL means "". */
  CHECK_BODY(500, NULL, "{\"result\":\"error\",\"errorCode\":\"500\",\"msg\":\"\"}");
  /* Escapes: JSON's short forms, \u00XX for other controls, UTF-8 kept raw. */
  CHECK_BODY(500, "a\"b\\c\nd\re\tf\bg\fh\x01i\x1fj\x7fk/中",
             "{\"result\":\"error\",\"errorCode\":\"500\",\"msg\":"
             "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001fj\x7fk/中\"}");
  CHECK_BODY(500, "bad \xff byte",
             "{\"result\":\"error\",\"errorCode\":\"500\",\"msg\":\"bad " FFFD " byte\"}");
}

static void test_invalid_category(void) {
  static const int32_t invalid[] = {0,   1,   99,   100, 200, 300, 399, 600, 699,
                                    900, 999, 1000, 4030, -1, -403, INT32_MIN, INT32_MAX};
  for (size_t i = 0; i < COUNT(invalid); i++) {
    CHECK_BODY(invalid[i], "msg", NULL);
    CHECK_BODY(invalid[i], NULL, NULL);
  }
  /* The rule over a whole range: a body exactly when the category is valid, and it
   * reads back as its code. */
  int wrong = 0;
  for (int32_t c = -10; c <= 1010; c++) {
    char *b = aws_response_error_json(c, "m");
    if (aws_error_category(c) == AWS_ERROR_CATEGORY_INVALID) {
      wrong += b != NULL;
    } else {
      wrong += b == NULL || aws_response_error_code(b) != c;
    }
    aws_error_string_free(b);
  }
  CHECK_INT(wrong, 0);
}

/* Every hostile message comes back exactly from the body, which is one line of
 * valid JSON with exactly the three fields in the platform's order. */
static void test_hostile_round_trip(void) {
  static const int32_t codes[] = {403, 500, 550, 761, 800, 456};
  for (size_t h = 0; h < HOSTILE_COUNT; h++) {
    for (size_t c = 0; c < COUNT(codes); c++) {
      char *body = aws_response_error_json(codes[c], HOSTILE[h].in);
      CHECK(body != NULL);
      if (body == NULL) continue;
      CHECK_INT(aws_response_error_code(body), codes[c]);
      JsonFlat o;
      int parsed = json_flat_parse(body, strlen(body), &o);
      CHECK_INT(parsed, 0);
      if (parsed != 0) {
        fprintf(stderr, "  hostile #%zu: not flat JSON: %s\n", h, body);
      } else {
        char code[16];
        snprintf(code, sizeof code, "%d", (int)codes[c]);
        CHECK_INT(o.n, 3);
        CHECK_STR(o.key[0], "result");
        CHECK_STR(o.key[1], "errorCode");
        CHECK_STR(o.key[2], "msg");
        CHECK_STR(json_get(&o, "result"), "error");
        CHECK_STR(json_get(&o, "errorCode"), code);
        CHECK_STR(json_get(&o, "msg"), HOSTILE_OUT(HOSTILE[h]));
        json_flat_free(&o);
      }
      aws_error_string_free(body);
    }
  }
}

typedef struct {
  const char *body;
  int32_t code;
} Case;

/* Bodies as the platform writes them (platform-facts.md), then the variants a
 * reader must accept. */
static const Case REAL[] = {
    {"{\"data\":\"Hi, AWS PaaS!\",\"result\":\"ok\"}", 0},
    {"{\"num1\":5,\"num2\":6,\"num3\":11,\"result\":\"ok\"}", 0},
    {"{\"data\":{\"list\":[1,2.5,{\"a\":null}],\"ok\":true},\"msg\":\"\",\"id\":\":responseobject;\","
     "\"result\":\"ok\"}", 0},
    {"{\"result\":\"warning\",\"msg\":\"库存不足\"}", 0},
    {"{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"流程已经挂起，操作被拒绝\"}", 403},
    {"{\"msg\":\"x\",\"errorCode\":\"404\",\"data\":{\"id\":1},\"result\":\"error\",\"extra\":[1]}", 404},
    {"{\"result\":\"error\",\"errorCode\":500}", 500},                     /* a JSON number */
    {"\n{\n  \"result\" : \"error\",\n  \"errorCode\" : \"520\"\n}\n", 520}, /* pretty-printed */
    {"\xef\xbb\xbf{\"result\":\"error\",\"errorCode\":\"521\"}", 521},      /* BOM */
    {"{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"bad \xff byte\"}", 403},
    {"{\"result\":\"ok\",\"errorCode\":\"\"}", 0},
    {"{\"result\":\"ok\",\"errorCode\":null}", 0},
    {"{\"result\":\"error\",\"errorCode\":\"0\"}", 0}, /* app codes seen in the wild */
    {"{\"result\":\"error\",\"errorCode\":\"1\"}", 1},
    {"{\"result\":\"error\",\"errorCode\":\"2147483647\"}", INT32_MAX},
    {"<result type=\"ok\" errorCode=\"\" msg=\"\" />", 0},
    {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result type=\"ok\" errorCode=\"\" msg=\"\" />", 0},
    {"<result type=\"warning\" errorCode=\"\" msg=\"注意\" />", 0},
    {"<result type=\"error\" errorCode=\"403\" msg=\"流程已经挂起，操作被拒绝\" />", 403},
    {"<?xml version=\"1.0\" encoding=\"UTF-8\"?><result type=\"error\" errorCode=\"550\" msg=\"x\"/>", 550},
    {"<?xml version=\"1.0\"?>\r\n<!-- reply -->\r\n<result msg=\"a &amp; b&#10;\" errorCode='761' "
     "type=\"error\"></result>\n", 761},
    {"<result type=\"ok\" />", 0},
    /* Non-numeric and overflowing codes. */
    {"{\"result\":\"error\",\"errorCode\":\"ERR_WPLY\",\"msg\":\"User biz error\"}",
     AWS_ERROR_ERR_NON_NUMERIC_CODE},
    {"<result type=\"error\" errorCode=\"ERR_WPLY\" msg=\"\" />", AWS_ERROR_ERR_NON_NUMERIC_CODE},
    {"{\"result\":\"error\",\"errorCode\":\"4 03\"}", AWS_ERROR_ERR_NON_NUMERIC_CODE},
    {"{\"result\":\"error\",\"errorCode\":true}", AWS_ERROR_ERR_NON_NUMERIC_CODE},
    {"{\"result\":\"error\",\"errorCode\":{\"code\":403}}", AWS_ERROR_ERR_NON_NUMERIC_CODE},
    {"{\"result\":\"error\",\"errorCode\":403.5}", AWS_ERROR_ERR_NON_NUMERIC_CODE},
    {"{\"result\":\"error\",\"errorCode\":\"2147483648\"}", AWS_ERROR_ERR_CODE_OVERFLOW},
    {"{\"result\":\"error\",\"errorCode\":99999999999}", AWS_ERROR_ERR_CODE_OVERFLOW},
    {"{\"result\":\"error\",\"errorCode\":\"99999999999999999999999999\"}", AWS_ERROR_ERR_CODE_OVERFLOW},
    {"{\"result\":\"error\",\"errorCode\":\"-403\"}", AWS_ERROR_ERR_CODE_OVERFLOW},
    {"{\"result\":\"error\",\"errorCode\":-1}", AWS_ERROR_ERR_CODE_OVERFLOW},
    {"<result type=\"error\" errorCode=\"4294967296\" />", AWS_ERROR_ERR_CODE_OVERFLOW},
};

/* Not ResponseObject bodies at all. */
static const char *const MALFORMED[] = {
    "", " ", "\n\t\r ", "null", "403", "\"error\"", "true", "[]",
    "[{\"result\":\"error\",\"errorCode\":\"403\"}]",
    "{}", "{\"errorCode\":\"403\"}", "{\"result\":null,\"errorCode\":\"403\"}",
    "{\"result\":403}", "{\"result\":\"error\",\"errorCode\":\"403\"",
    "{\"result\":\"error\",}", "{'result':'error'}", "{\"result\":\"ok\"} {\"result\":\"ok\"}",
    "{\"result\":\"ok\"}x", "{\"result\":\"ok\",\"msg\":\"\x01\"}", /* raw control char */
    "Hi, AWS PaaS!", "\xff\xfe{", "<html><body>502 Bad Gateway</body></html>",
    "<result errorCode=\"403\"/>", "<result type=\"error\" errorCode=\"403\">",
    "<response type=\"ok\"/>", "<result type=\"ok\"/><result type=\"ok\"/>",
    "<result type=\"ok\" type=\"error\"/>", "<?xml version=\"1.0\"?>",
    "<result type=\"error\" errorCode=\"403\" msg=\"a<b\"/>", "<result type=\"ok\" msg=\"&bogus;\"/>",
    "<result type=ok/>", "<resulttype=\"ok\"/>",
};

static void test_real_bodies(void) {
  for (size_t i = 0; i < COUNT(REAL); i++) {
    int32_t got = aws_response_error_code(REAL[i].body);
    if (got != REAL[i].code) fprintf(stderr, "  body: %s\n", REAL[i].body);
    CHECK_INT(got, REAL[i].code);
  }
  for (size_t i = 0; i < COUNT(MALFORMED); i++) {
    int32_t got = aws_response_error_code(MALFORMED[i]);
    if (got != AWS_ERROR_ERR_MALFORMED_BODY) fprintf(stderr, "  body: %s\n", MALFORMED[i]);
    CHECK_INT(got, AWS_ERROR_ERR_MALFORMED_BODY);
  }
  CHECK_INT(aws_response_error_code(NULL), AWS_ERROR_ERR_NULL);
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_MALFORMED_BODY), "not a ResponseObject body (JSON or XML)");
}

/* `prefix` + `open` × depth + `close` × depth + `suffix`, malloc'ed. */
static char *nested(const char *prefix, const char *open, const char *close, size_t depth,
                    const char *suffix) {
  size_t lo = strlen(open), lc = strlen(close), lp = strlen(prefix);
  char *s = malloc(lp + depth * (lo + lc) + strlen(suffix) + 1);
  if (s == NULL) return NULL;
  char *p = s;
  memcpy(p, prefix, lp), p += lp;
  for (size_t i = 0; i < depth; i++) memcpy(p, open, lo), p += lo;
  for (size_t i = 0; i < depth; i++) memcpy(p, close, lc), p += lc;
  strcpy(p, suffix);
  return s;
}

#define CHECK_NESTED(expected, ...)                                          \
  do {                                                                       \
    char *s_ = nested(__VA_ARGS__);                                          \
    CHECK(s_ != NULL);                                                       \
    if (s_ != NULL) CHECK_INT(aws_response_error_code(s_), (expected));      \
    free(s_);                                                                \
  } while (0)

static void test_deep_nesting(void) {
  const char *ok = "{\"result\":\"ok\",\"data\":";
  /* Shallow data is an ordinary body; past the documented 128 levels it is refused. */
  CHECK_NESTED(0, ok, "[", "]", 100, "}");
  CHECK_NESTED(AWS_ERROR_ERR_MALFORMED_BODY, ok, "[", "]", 200, "}");
  /* 100k levels: refused, not a stack overflow. */
  CHECK_NESTED(AWS_ERROR_ERR_MALFORMED_BODY, ok, "[", "]", 100000, "}");
  CHECK_NESTED(AWS_ERROR_ERR_MALFORMED_BODY, ok, "{\"a\":", "}", 100000, "}");
  CHECK_NESTED(AWS_ERROR_ERR_MALFORMED_BODY, "", "[", "]", 100000, "");
  CHECK_NESTED(AWS_ERROR_ERR_MALFORMED_BODY, "", "{\"result\":\"ok\",\"d\":", "}", 100000, "");
  /* Unclosed, too. */
  CHECK_NESTED(AWS_ERROR_ERR_MALFORMED_BODY, ok, "[", "", 100000, "");
  CHECK_NESTED(AWS_ERROR_ERR_MALFORMED_BODY, "<result type=\"ok\">", "<x>", "</x>", 100000,
               "</result>");
}

static void test_free(void) {
  aws_error_string_free(NULL); /* no-op, no crash */
  char *b = aws_response_error_json(403, "x");
  CHECK(b != NULL);
  aws_error_string_free(b); /* the sanitizer and valgrind runs catch a bad free or a leak */
}

int main(void) {
  test_exact_bodies();
  test_invalid_category();
  test_hostile_round_trip();
  test_real_bodies();
  test_deep_nesting();
  test_free();
  return check_report("test_response");
}
