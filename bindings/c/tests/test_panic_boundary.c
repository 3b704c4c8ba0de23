/* No panic crosses the C boundary. Linked against a library built with the
 * test-only `fault-injection` feature: once armed, every export panics inside
 * its guard and must return its documented failure value instead. */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>

#include "aws_error.h"
#include "check.h"

/* Only in fault-injection builds, so not in the public header. */
void aws_error_test_inject_panic(bool on);

int main(void) {
  const char *chain[] = {"com.acme.Sub", "AWSForbiddenException"};
  int32_t buf[4] = {-42, -42, -42, -42};
  char path[64] = "unchanged";
  char logs[] = "/tmp/aws_error_panic_XXXXXX";
  CHECK(mkdtemp(logs) != NULL);
  char log_path[128];
  snprintf(log_path, sizeof log_path, "%s/aws.log", logs);
  AwsErrorLog *log = aws_error_log_open(log_path); /* opened before arming */
  CHECK(log != NULL);

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
  CHECK(aws_response_error_json(403, "m") == NULL);
  CHECK_INT(aws_response_error_code("{\"result\":\"ok\"}"), AWS_ERROR_ERR_PANIC);
  aws_error_string_free(NULL);
  CHECK(aws_error_log_open(log_path) == NULL);
  CHECK(aws_error_log_open_with(log_path, 1024, 2) == NULL);
  CHECK_INT(aws_error_log_write(log, 500, "X", "lost", NULL), AWS_ERROR_ERR_PANIC);
  CHECK_INT(aws_error_log_path("/logs", "node-1", path, sizeof path), AWS_ERROR_ERR_PANIC);
  CHECK_STR(path, "unchanged");
  aws_error_test_inject_panic(false);

  /* Back to normal, and the refused registration changed nothing. */
  CHECK_INT(aws_error_code_for_exception("com.acme.PanicProbe"), 500);
  CHECK_INT(aws_error_code_for_exception_chain(chain, 2), 403);
  CHECK_STR(aws_error_name(403, AWS_ERROR_LANG_ZH), "访问被拒绝");
  CHECK_INT(aws_error_codes(buf, 4), 27);
  CHECK_INT(buf[0], 400);
  CHECK_STR(aws_error_errstr(AWS_ERROR_ERR_PANIC), "internal error (panic caught at the boundary)");
  /* The journal works again, and the refused record was not written. */
  CHECK_INT(aws_error_log_write(log, 500, "X", "kept", NULL), 0);
  aws_error_log_close(log);
  FILE *f = fopen(log_path, "r");
  char line[512] = "";
  CHECK(f != NULL);
  if (f) {
    CHECK(fgets(line, sizeof line, f) != NULL);
    CHECK(strstr(line, "\"msg\":\"kept\"") != NULL);
    CHECK(fgets(line, sizeof line, f) == NULL); /* one record only */
    fclose(f);
  }
  remove(log_path);
  remove(logs);
  char *body = aws_response_error_json(403, "m");
  CHECK_STR(body, "{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"m\"}");
  aws_error_string_free(body);
  return check_report("test_panic_boundary");
}
