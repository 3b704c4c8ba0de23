/* No panic crosses the C boundary. Linked against a library built with the
 * test-only `fault-injection` feature: once armed, every export panics inside
 * its guard and must return its documented failure value instead. */
#include <stdio.h>

#include "aws_error.h"
#include "check.h"

/* Only in fault-injection builds, so not in the public header. */
void aws_error_test_inject_panic(bool on);

int main(void) {
  const char *chain[] = {"com.acme.Sub", "AWSForbiddenException"};
  int32_t buf[4] = {-42, -42, -42, -42};

  aws_error_test_inject_panic(true);
  fprintf(stderr, "test_panic_boundary: panics below are injected and expected\n");
  CHECK_INT(aws_error_category(403), AWS_ERROR_CATEGORY_INVALID);
  CHECK(!aws_error_is_known(403));
  CHECK(aws_error_info(403) == NULL);
  CHECK_STR(aws_error_name(403, AWS_ERROR_LANG_ZH), "unknown error code");
  CHECK_STR(aws_error_describe(403, AWS_ERROR_LANG_EN), "unknown error code");
  CHECK_INT(aws_error_codes(buf, 4), 27);
  CHECK_INT(buf[0], -42); /* nothing written */
  CHECK_STR(aws_error_version(), "");
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_NULL), "internal error");
  CHECK_INT(aws_error_code_for_exception("AWSForbiddenException"), AWS_ERROR_ERR_PANIC);
  CHECK_INT(aws_error_code_for_exception_chain(chain, 2), AWS_ERROR_ERR_PANIC);
  CHECK_INT(aws_error_register_exception("com.acme.PanicProbe", 456), AWS_ERROR_ERR_PANIC);
  aws_error_test_inject_panic(false);

  /* Back to normal, and the refused registration changed nothing. */
  CHECK_INT(aws_error_code_for_exception("com.acme.PanicProbe"), 500);
  CHECK_INT(aws_error_code_for_exception_chain(chain, 2), 403);
  CHECK_STR(aws_error_name(403, AWS_ERROR_LANG_ZH), "访问被拒绝");
  CHECK_INT(aws_error_codes(buf, 4), 27);
  CHECK_INT(buf[0], 400);
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_PANIC), "internal error (panic caught at the boundary)");
  return check_report("test_panic_boundary");
}
