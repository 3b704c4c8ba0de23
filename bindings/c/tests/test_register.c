/* Registering custom exception classes: valid codes only, re-registering
 * replaces, built-ins cannot be remapped, failures change nothing. */
#include <limits.h>
#include <stdio.h>

#include "aws_error.h"
#include "check.h"
#include "expected.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void test_register_and_replace(void) {
  const char *name = "com.acme.crm.CustomerLockedException";
  CHECK_INT(aws_error_code_for_exception(name), 500);
  CHECK_INT(aws_error_register_exception(name, 456), 0); /* valid category, not in the catalogue */
  CHECK_INT(aws_error_code_for_exception(name), 456);
  CHECK_INT(aws_error_code_for_exception("com/acme/crm/CustomerLockedException"), 456);
  /* Exact names only: same simple name elsewhere, or no package, is another class. */
  CHECK_INT(aws_error_code_for_exception("com.acme.other.CustomerLockedException"), 500);
  CHECK_INT(aws_error_code_for_exception("CustomerLockedException"), 500);

  /* Again: replaces, in either form. */
  CHECK_INT(aws_error_register_exception(name, 403), 0);
  CHECK_INT(aws_error_code_for_exception(name), 403);
  CHECK_INT(aws_error_register_exception("com/acme/crm/CustomerLockedException", 773), 0);
  CHECK_INT(aws_error_code_for_exception(name), 773);

  /* Simple-name and nested-class registrations. */
  CHECK_INT(aws_error_register_exception("LocalOnlyException", 800), 0);
  CHECK_INT(aws_error_code_for_exception("LocalOnlyException"), 800);
  CHECK_INT(aws_error_register_exception("com.acme.Outer$Inner", 521), 0);
  CHECK_INT(aws_error_code_for_exception("com.acme.Outer$Inner"), 521);
  CHECK_INT(aws_error_code_for_exception("com/acme/Outer$Inner"), 521);
  CHECK_INT(aws_error_code_for_exception("com.acme.Outer"), 500);

  /* A built-in's simple name in another package is an ordinary class. */
  CHECK_INT(aws_error_register_exception("com.other.AWSForbiddenException", 418), 0);
  CHECK_INT(aws_error_code_for_exception("com.other.AWSForbiddenException"), 418);
  CHECK_INT(aws_error_code_for_exception("com.actionsoft.exception.AWSForbiddenException"), 403);
  CHECK_INT(aws_error_code_for_exception("AWSForbiddenException"), 403);
}

static void test_code_range(void) {
  const char *name = "com.acme.RangeProbeException";
  static const int32_t valid[] = {400, 456, 499, 500, 599, 700, 799, 800, 899};
  for (size_t i = 0; i < COUNT(valid); i++) {
    CHECK_INT(aws_error_register_exception(name, valid[i]), 0);
    CHECK_INT(aws_error_code_for_exception(name), valid[i]);
  }
  static const int32_t invalid[] = {600, 650, 699, 100, 302, 999, 99, 1000, 0, -1, -456,
                                    INT32_MIN, INT32_MAX};
  for (size_t i = 0; i < COUNT(invalid); i++) {
    CHECK_INT(aws_error_register_exception(name, invalid[i]), AWS_ERROR_ERR_CODE_OUT_OF_RANGE);
    CHECK_INT(aws_error_register_exception("com.acme.NeverRegistered", invalid[i]),
              AWS_ERROR_ERR_CODE_OUT_OF_RANGE);
  }
  /* A refused registration changes nothing. */
  CHECK_INT(aws_error_code_for_exception(name), 899);
  CHECK_INT(aws_error_code_for_exception("com.acme.NeverRegistered"), 500);
}

static void test_builtin_remap(void) {
  static const char *const forms[] = {"com.actionsoft.exception.%s", "com/actionsoft/exception/%s",
                                      "io.github.awserror.%s", "io/github/awserror/%s", "%s"};
  char name[256];
  for (size_t i = 0; i < BUILTIN_COUNT; i++) {
    for (size_t f = 0; f < COUNT(forms); f++) {
      snprintf(name, sizeof name, forms[f], BUILTINS[i].simple);
      CHECK_INT(aws_error_register_exception(name, 456), AWS_ERROR_ERR_BUILTIN_REMAP);
      /* Even to its own code. */
      CHECK_INT(aws_error_register_exception(name, BUILTINS[i].code), AWS_ERROR_ERR_BUILTIN_REMAP);
      CHECK_INT(aws_error_code_for_exception(name), BUILTINS[i].code);
    }
  }
}

static void test_many(void) {
  /* Many distinct names: all kept, each with its own code. */
  char name[64];
  for (int i = 0; i < 2000; i++) {
    snprintf(name, sizeof name, "com.acme.gen.Generated%dException", i);
    CHECK_INT(aws_error_register_exception(name, 400 + i % 100), 0);
  }
  int wrong = 0;
  for (int i = 0; i < 2000; i++) {
    snprintf(name, sizeof name, "com/acme/gen/Generated%dException", i);
    wrong += aws_error_code_for_exception(name) != 400 + i % 100;
  }
  CHECK_INT(wrong, 0);
}

int main(void) {
  test_register_and_replace();
  test_code_range();
  test_builtin_remap();
  test_many();
  return check_report("test_register");
}
