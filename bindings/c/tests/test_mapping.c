/* Exception class → code: built-ins in every name form and package, the 500
 * default, and the chain rule (first mapped name wins). */
#include <stdio.h>

#include "aws_error.h"
#include "check.h"
#include "expected.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int32_t code_for(const char *fmt, const char *simple) {
  char name[256];
  snprintf(name, sizeof name, fmt, simple);
  return aws_error_code_for_exception(name);
}

static void test_builtins(void) {
  /* Binary, JVM internal and simple forms, in both built-in packages. */
  static const char *const forms[] = {
      "com.actionsoft.exception.%s", "com/actionsoft/exception/%s",
      "io.github.awserror.%s",       "io/github/awserror/%s",
      "%s",
  };
  /* Same simple name elsewhere: an ordinary class, so 500. */
  static const char *const not_builtin[] = {
      "com.other.%s",
      "com.actionsoft.%s",                  /* parent package */
      "com.actionsoft.exception.sub.%s",    /* sub-package */
      "io.github.%s",
      "com.actionsoft.exception.%s$Inner",  /* nested class of a built-in */
      "com.actionsoft.exception.My%s",
      "%sX",
  };
  for (size_t i = 0; i < BUILTIN_COUNT; i++) {
    for (size_t f = 0; f < COUNT(forms); f++)
      CHECK_INT(code_for(forms[f], BUILTINS[i].simple), BUILTINS[i].code);
    for (size_t f = 0; f < COUNT(not_builtin); f++)
      CHECK_INT(code_for(not_builtin[f], BUILTINS[i].simple), 500);
  }

  /* Each code's table class maps back to it. */
  for (size_t i = 0; i < EXPECTED_COUNT; i++)
    if (EXPECTED[i].exception != NULL)
      CHECK_INT(aws_error_code_for_exception(EXPECTED[i].exception), EXPECTED[i].code);

  CHECK_INT(aws_error_code_for_exception("com.actionsoft.exception.AWSForbiddenException"), 403);
  CHECK_INT(aws_error_code_for_exception("io.github.awserror.BPMNError"), 550);
  CHECK_INT(aws_error_code_for_exception("com/actionsoft/exception/AWSObjectNotFindException"), 404);
  CHECK_INT(aws_error_code_for_exception("AWSExpressionException"), 520);
  CHECK_INT(aws_error_code_for_exception("com.other.AWSForbiddenException"), 500);
  /* Names are case-sensitive, as in Java. */
  CHECK_INT(aws_error_code_for_exception("com.actionsoft.exception.awsforbiddenexception"), 500);
  CHECK_INT(aws_error_code_for_exception("bpmnerror"), 500);
}

static void test_default_500(void) {
  static const char *const unmapped[] = {
      "java.lang.NullPointerException", "java/lang/IllegalStateException",
      "java.lang.RuntimeException",     "RuntimeException",
      "java.sql.SQLException",          "com.actionsoft.exception.AWSDataAccessException",
      "com.actionsoft.exception.AWSAPIException", /* not in the table */
      "com.actionsoft.exception.AppStoreServiceException", /* docs' spelling, not the table's */
      "com.a.Outer$Inner",              "com/a/Outer$Inner",
      "Outer$Inner",                    "$Proxy12",
      "_Underscore",                    "com.例子.错误异常",
  };
  for (size_t i = 0; i < COUNT(unmapped); i++)
    CHECK_INT(aws_error_code_for_exception(unmapped[i]), 500);
}

static int32_t chain(const char *const *names, size_t count) {
  return aws_error_code_for_exception_chain(names, count);
}

static void test_chain(void) {
  /* A subclass of AWSForbiddenException inherits 403. */
  const char *const suspended[] = {
      "com.example.oa.ProcessSuspendedException",
      "com.actionsoft.exception.AWSForbiddenException",
      "com.actionsoft.exception.AWSException", "java.lang.RuntimeException",
      "java.lang.Exception", "java.lang.Throwable", "java.lang.Object"};
  CHECK_INT(chain(suspended, COUNT(suspended)), 403);
  /* Only the first `count` entries are read. */
  CHECK_INT(chain(suspended, 1), 500);
  CHECK_INT(chain(suspended, 2), 403);
  /* AWSDataAccessException has no code of its own: AWSException's 500. */
  const char *const data_access[] = {"com.actionsoft.exception.AWSDataAccessException",
                                     "com.actionsoft.exception.AWSException",
                                     "java.lang.RuntimeException"};
  CHECK_INT(chain(data_access, COUNT(data_access)), 500);
  /* A JDK exception: nothing mapped, 500. */
  const char *const npe[] = {"java.lang.NullPointerException", "java.lang.RuntimeException",
                             "java.lang.Exception", "java.lang.Throwable"};
  CHECK_INT(chain(npe, COUNT(npe)), 500);
  /* The first mapped name wins, in every name form. */
  const char *const first_wins[] = {"java/lang/Error", "com/actionsoft/exception/BPMNError",
                                    "AWSForbiddenException"};
  CHECK_INT(chain(first_wins, COUNT(first_wins)), 550);
  const char *const quota[] = {"com.acme.SeatsExceeded", "AWSQuotaException", "AWSException"};
  CHECK_INT(chain(quota, COUNT(quota)), 800);
  /* Built-ins only count in their packages. */
  const char *const lookalike[] = {"com.other.AWSForbiddenException",
                                   "io.github.awserror.AWSObjectNotFindException"};
  CHECK_INT(chain(lookalike, COUNT(lookalike)), 404);
  /* Empty chain: nothing mapped. */
  const char *const none[] = {"unused"};
  CHECK_INT(chain(none, 0), 500);

  /* A registered class in the chain counts like a built-in, wherever it is. */
  CHECK_INT(aws_error_register_exception("com.example.oa.ThrottledException", 409), 0);
  const char *const throttled[] = {"com.example.oa.ReportThrottledException",
                                   "com.example.oa.ThrottledException",
                                   "com.actionsoft.exception.AWSException"};
  CHECK_INT(chain(throttled, COUNT(throttled)), 409);
  const char *const builtin_first[] = {"com.actionsoft.exception.AWSForbiddenException",
                                       "com.example.oa.ThrottledException"};
  CHECK_INT(chain(builtin_first, COUNT(builtin_first)), 403);
  const char *const internal[] = {"com/example/oa/ThrottledException"};
  CHECK_INT(chain(internal, 1), 409);
}

int main(void) {
  test_builtins();
  test_default_500();
  test_chain();
  return check_report("test_mapping");
}
