/* Bad input gets its named negative constant, never a crash; aws_error_errstr
 * explains each one. */
#include <limits.h>
#include <stdlib.h>

#include "aws_error.h"
#include "check.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void test_constants(void) {
  /* Stable forever: other code compiles these numbers in. */
  CHECK_INT(AWS_ERROR_ERR_NULL, -1);
  CHECK_INT(AWS_ERROR_ERR_EMPTY, -2);
  CHECK_INT(AWS_ERROR_ERR_INVALID_UTF8, -3);
  CHECK_INT(AWS_ERROR_ERR_MALFORMED_NAME, -4);
  CHECK_INT(AWS_ERROR_ERR_CODE_OUT_OF_RANGE, -5);
  CHECK_INT(AWS_ERROR_ERR_BUILTIN_REMAP, -6);
  CHECK_INT(AWS_ERROR_ERR_PANIC, -7);
  CHECK_INT(AWS_ERROR_ERR_TOO_LONG, -8);
  CHECK_INT(AWS_ERROR_MAX_NAME_LEN, 65535);
}

static void test_errstr(void) {
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_NULL), "argument is NULL");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_EMPTY), "argument is empty");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_INVALID_UTF8), "argument is not valid UTF-8");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_MALFORMED_NAME),
            "not a Java class name (binary a.b.C, internal a/b/C or simple C)");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_CODE_OUT_OF_RANGE),
            "code is not a three-digit code of the 4xx, 5xx, 7xx or 8xx families");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_BUILTIN_REMAP),
            "a built-in AWS PaaS exception class cannot be remapped");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_PANIC), "internal error (panic caught at the boundary)");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_TOO_LONG), "argument is longer than the documented limit");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_BAD_INSTANCE),
            "instance name must be a plain file name (no '/', '\\' or NUL; not '.' or '..')");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_OUT_OF_RANGE),
            "a numeric argument is outside its documented range");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_OUT_OF_MEMORY), "not enough memory for the result");
  /* Anything that is not a failure constant: a code or 0. */
  static const int32_t ok[] = {0, 403, 500, 1, -16, -1000, INT32_MIN, INT32_MAX};
  for (size_t i = 0; i < COUNT(ok); i++) CHECK_STR(aws_error_errstr(ok[i]), "ok");
}

static void test_single_name(void) {
  CHECK_INT(aws_error_code_for_exception(NULL), AWS_ERROR_ERR_NULL);
  CHECK_INT(aws_error_code_for_exception(""), AWS_ERROR_ERR_EMPTY);

  static const char *const not_utf8[] = {
      "\xff", "com.acme.\xfe\xff", "com.acme.Bad\xc3", /* truncated sequence */
      "\xc0\xae",                                       /* overlong '.' */
      "com.\xed\xa0\x80.X",                             /* UTF-16 surrogate */
      "\x80" "Exception",
  };
  for (size_t i = 0; i < COUNT(not_utf8); i++) {
    CHECK_INT(aws_error_code_for_exception(not_utf8[i]), AWS_ERROR_ERR_INVALID_UTF8);
    CHECK_INT(aws_error_register_exception(not_utf8[i], 456), AWS_ERROR_ERR_INVALID_UTF8);
  }

  static const char *const malformed[] = {
      "com..B", ".B", "B.", "com.a.", "/B", "B/", ".", "/", "com//B",
      "com/a.B", "com.a/B",        /* mixed separators */
      "1Exception", "com.1a.B", "com.a.9",
      "com.a B", " B", "B ", "com.a-b.C", "com.a.B;", "Lcom/a/B;", "com.a.B[]",
      "com.a.B\t", "java.lang.NullPointerException\n",
  };
  for (size_t i = 0; i < COUNT(malformed); i++) {
    CHECK_INT(aws_error_code_for_exception(malformed[i]), AWS_ERROR_ERR_MALFORMED_NAME);
    CHECK_INT(aws_error_register_exception(malformed[i], 456), AWS_ERROR_ERR_MALFORMED_NAME);
  }

  CHECK_INT(aws_error_register_exception(NULL, 456), AWS_ERROR_ERR_NULL);
  CHECK_INT(aws_error_register_exception("", 456), AWS_ERROR_ERR_EMPTY);
}

static void test_lengths(void) {
  /* The JVM's limit: exactly AWS_ERROR_MAX_NAME_LEN bytes is fine, one more is not. */
  size_t max = AWS_ERROR_MAX_NAME_LEN;
  char *name = malloc(max + 16);
  CHECK(name != NULL);
  if (name == NULL) return;
  memset(name, 'A', max + 1);
  name[max + 1] = '\0';
  CHECK_INT(aws_error_code_for_exception(name), AWS_ERROR_ERR_TOO_LONG);
  CHECK_INT(aws_error_register_exception(name, 456), AWS_ERROR_ERR_TOO_LONG);
  const char *const long_chain[] = {"AWSForbiddenException", name};
  CHECK_INT(aws_error_code_for_exception_chain(long_chain, 2), AWS_ERROR_ERR_TOO_LONG);

  name[max] = '\0';
  CHECK_INT(aws_error_code_for_exception(name), 500);
  CHECK_INT(aws_error_register_exception(name, 456), 0);
  CHECK_INT(aws_error_code_for_exception(name), 456);

  /* The limit is in bytes: 21845 × "错" (3 bytes) fits exactly, one more does not. */
  for (size_t i = 0; i < 21846; i++) memcpy(name + 3 * i, "\xe9\x94\x99", 3);
  name[3 * 21845] = '\0';
  CHECK_INT(aws_error_code_for_exception(name), 500);
  name[3 * 21845] = '\xe9';
  name[3 * 21846] = '\0';
  CHECK_INT(aws_error_code_for_exception(name), AWS_ERROR_ERR_TOO_LONG);
  free(name);
}

static void test_chain_input(void) {
  const char *const good[] = {"com.acme.X", "AWSForbiddenException"};
  CHECK_INT(aws_error_code_for_exception_chain(NULL, 2), AWS_ERROR_ERR_NULL);
  CHECK_INT(aws_error_code_for_exception_chain(NULL, 0), AWS_ERROR_ERR_NULL);
  CHECK_INT(aws_error_code_for_exception_chain(good, 2), 403);

  /* A bad entry anywhere is reported, even after a mapped one. */
  const char *const null_first[] = {NULL, "AWSForbiddenException"};
  const char *const null_last[] = {"AWSForbiddenException", "java.lang.Exception", NULL};
  CHECK_INT(aws_error_code_for_exception_chain(null_first, 2), AWS_ERROR_ERR_NULL);
  CHECK_INT(aws_error_code_for_exception_chain(null_last, 3), AWS_ERROR_ERR_NULL);
  /* ... but only within count. */
  CHECK_INT(aws_error_code_for_exception_chain(null_last, 2), 403);

  const char *const empty[] = {"AWSForbiddenException", ""};
  CHECK_INT(aws_error_code_for_exception_chain(empty, 2), AWS_ERROR_ERR_EMPTY);
  const char *const bad_utf8[] = {"BPMNError", "com.\xff.X"};
  CHECK_INT(aws_error_code_for_exception_chain(bad_utf8, 2), AWS_ERROR_ERR_INVALID_UTF8);
  const char *const malformed[] = {"BPMNError", "com..B"};
  CHECK_INT(aws_error_code_for_exception_chain(malformed, 2), AWS_ERROR_ERR_MALFORMED_NAME);
}

static void test_codes_buffer(void) {
  /* aws_error_codes never writes past cap. */
  int32_t buf[4] = {-42, -42, -42, -42};
  CHECK_INT(aws_error_codes(buf, 1), 27);
  CHECK_INT(buf[0], 400);
  CHECK_INT(buf[1], -42);
}

int main(void) {
  test_constants();
  test_errstr();
  test_single_name();
  test_lengths();
  test_chain_input();
  test_codes_buffer();
  return check_report("test_bad_input");
}
