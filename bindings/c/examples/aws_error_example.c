/* aws_error_example: what the error codes mean for exceptions real AWS PaaS apps
 * throw, the ResponseObject body a client gets for each and the record written to
 * the aws.log error journal, then the whole catalogue.
 *
 *   aws_error_example                 the demo; the journal goes to
 *                                     $AWS_ERROR_LOGS_DIR (default ./logs), named
 *                                     after $AWS_INST when set, as in a cluster
 *   aws_error_example CLASS [SUPER…]  the code for one class and its superclasses
 */
#define _POSIX_C_SOURCE 200809L /* stat */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "aws_error.h"

static const char *category_name(AwsErrorCategory c) {
  switch (c) {
    case AWS_ERROR_CATEGORY_CLIENT: return "client";
    case AWS_ERROR_CATEGORY_SERVER: return "server";
    case AWS_ERROR_CATEGORY_AVAILABILITY: return "availability";
    case AWS_ERROR_CATEGORY_QUOTA: return "quota";
    default: return "invalid";
  }
}

static const char *advice_name(AwsErrorAdvice a) {
  switch (a) {
    case AWS_ERROR_ADVICE_RETRY_LATER: return "retry later";
    case AWS_ERROR_ADVICE_DO_NOT_RETRY: return "do not retry";
    case AWS_ERROR_ADVICE_FIX_REQUEST: return "fix the request";
    case AWS_ERROR_ADVICE_CHECK_AWS_LOG: return "check aws.log";
    case AWS_ERROR_ADVICE_CONTACT_ADMINISTRATOR: return "contact the administrator";
    case AWS_ERROR_ADVICE_CONTACT_BUSINESS_DEVELOPER: return "contact the business developer";
    case AWS_ERROR_ADVICE_CHECK_APP_LOG: return "check the app's log";
    case AWS_ERROR_ADVICE_IGNORE_OR_RESTORE_APP: return "ignore or restore the app";
  }
  return "?";
}

/* Prints the code a class chain maps to and what it means; the code, or a
 * negative AWS_ERROR_ERR_* on bad input. */
static int32_t explain(const char *const *chain, size_t count) {
  int32_t code = aws_error_code_for_exception_chain(chain, count);
  if (code < 0) {
    fprintf(stderr, "aws_error_example: %s (%d)\n", aws_error_errstr(code), code);
    return code;
  }
  const AwsErrorInfo *info = aws_error_info(code);
  printf("  -> %d %s (%s)\n", code, aws_error_name(code, AWS_ERROR_LANG_ZH),
         aws_error_name(code, AWS_ERROR_LANG_EN));
  if (info != NULL) {
    printf("     %s error; advice: %s; safe to resend: %s\n", category_name(info->category),
           advice_name(info->advice), info->resend_safe ? "yes" : "no");
    printf("     %s\n", info->description_en);
  } else {
    printf("     %s error, registered code outside the catalogue\n",
           category_name(aws_error_category(code)));
  }
  return code;
}

struct Case {
  const char *thrown; /* the Java statement, as seen in app code */
  const char *msg;    /* its getMessage(); NULL as in Java when there is none */
  const char *chain[6];
};

static const struct Case CASES[] = {
  {"throw new AWSForbiddenException(\"流程已经挂起，操作被拒绝\")",
   "流程已经挂起，操作被拒绝", {"com.actionsoft.exception.AWSForbiddenException"}},
  {"throw new AWSObjectNotFindException(\"流程定义未找到。processDefinitionId:\" + id)",
   "流程定义未找到。processDefinitionId:obj_7f3a", {"com.actionsoft.exception.AWSObjectNotFindException"}},
  {"throw new AWSIllegalArgumentException(\"参数1\", AWSIllegalArgumentException.FORMAT, \"参数必须是0-9数字\")",
   "参数必须是0-9数字", {"com/actionsoft/exception/AWSIllegalArgumentException"}}, /* JNI's internal form */
  {"throw new BPMNError(\"UCode01\", \"User biz error\")  // business code UCode01, API code 550",
   "User biz error", {"com.actionsoft.exception.BPMNError"}},
  {"throw new AWSQuotaException(...)  // licence seats exceeded", "licence seats exceeded",
   {"AWSQuotaException"}},
  {"a NullPointerException escapes app code (JDK exception)", NULL,
   {"java.lang.NullPointerException", "java.lang.RuntimeException", "java.lang.Exception",
    "java.lang.Throwable"}},
  {"an app's own subclass: class ProcessSuspendedException extends AWSForbiddenException",
   "流程已经挂起", {"com.example.oa.ProcessSuspendedException", "com.actionsoft.exception.AWSForbiddenException",
    "com.actionsoft.exception.AWSException", "java.lang.RuntimeException"}},
  {"AWSDataAccessException extends AWSException (no code of its own)",
   "ORA-00001: unique constraint violated\n  on table BO_ACT_ORDER", {"com.actionsoft.exception.AWSDataAccessException", "com.actionsoft.exception.AWSException",
    "java.lang.RuntimeException"}},
  {"same simple name, not the platform's: com.other.AWSForbiddenException", "denied \"elsewhere\"",
   {"com.other.AWSForbiddenException"}},
  {"an app's exception registered with aws_error_register_exception(..., 409)", "report queue full",
   {"com.example.oa.ReportQueueFullException", "java.lang.RuntimeException"}},
};

/* The body a client gets for this error, as ResponseObject.toString() writes it. */
static void print_body(int32_t code, const char *msg) {
  char *body = aws_response_error_json(code, msg);
  printf("     body:    %s\n", body ? body : "(none: not an error code)");
  aws_error_string_free(body);
}

/* Writes one journal record and prints the line it added; 0 or a failure constant. */
static int32_t journal(AwsErrorLog *log, const char *path, int32_t code, const char *chain0,
                       const char *msg) {
  char cls[256], detail[512];
  snprintf(cls, sizeof cls, "%s", chain0);
  for (char *p = cls; *p; p++) if (*p == '/') *p = '.'; /* JNI's internal form → binary */
  snprintf(detail, sizeof detail, "%s%s%s\n\tat com.example.oa.DemoService.handle(DemoService.java:42)",
           cls, msg ? ": " : "", msg ? msg : "");
  struct stat st;
  off_t before = stat(path, &st) == 0 ? st.st_size : 0;
  int32_t rc = aws_error_log_write(log, code, cls, msg, detail);
  if (rc != 0) {
    printf("     aws.log: not written: %s (%d)\n", aws_error_errstr(rc), rc);
    return rc;
  }
  /* One writer here, so the record is what follows the old end of the file. */
  FILE *f = fopen(path, "r");
  char line[2048];
  if (f != NULL && fseeko(f, before, SEEK_SET) == 0 && fgets(line, sizeof line, f) != NULL)
    printf("     aws.log: %s", line);
  if (f != NULL) fclose(f);
  return 0;
}

/* The demo; 0, or 3 when the journal could not be written. */
static int demo(void) {
  printf("aws-error %s: AWS PaaS (Actionsoft) error codes\n\n", aws_error_version());
  /* The platform's naming: <logs>/aws.log, or <logs>/<aws.inst>.log in a cluster. */
  const char *logs = getenv("AWS_ERROR_LOGS_DIR");
  char path[1024];
  int32_t n = aws_error_log_path(logs && *logs ? logs : "logs", getenv("AWS_INST"), path, sizeof path);
  AwsErrorLog *log = n > 0 && (size_t)n < sizeof path ? aws_error_log_open(path) : NULL;
  int journal_failed = log == NULL;
  if (log == NULL)
    fprintf(stderr, "aws_error_example: cannot open the journal (%s)\n",
            n < 0 ? aws_error_errstr(n) : path);
  else
    printf("Error journal: %s\n\n", path);

  printf("Exceptions thrown by AWS PaaS apps and the API error code they produce:\n");
  if (aws_error_register_exception("com.example.oa.ReportQueueFullException", 409) != 0)
    fprintf(stderr, "aws_error_example: registration failed\n");
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
    size_t n = 0;
    while (n < 6 && CASES[i].chain[n] != NULL) n++;
    printf("\n%s\n  class chain:", CASES[i].thrown);
    for (size_t k = 0; k < n; k++) printf(" %s%s", k ? "< " : "", CASES[i].chain[k]);
    printf("\n");
    int32_t code = explain(CASES[i].chain, n);
    if (code < 0) continue;
    print_body(code, CASES[i].msg);
    if (log != NULL) journal_failed |= journal(log, path, code, CASES[i].chain[0], CASES[i].msg) != 0;
  }
  aws_error_log_close(log);

  size_t total = aws_error_codes(NULL, 0);
  int32_t codes[64];
  size_t shown = aws_error_codes(codes, sizeof codes / sizeof codes[0]);
  if (shown > sizeof codes / sizeof codes[0]) shown = sizeof codes / sizeof codes[0];
  printf("\nThe catalogue (%zu codes):\n", total);
  printf("%-4s  %-12s  %-10s  %-6s  %-28s  %s / %s\n", "code", "category", "scope", "resend",
         "exception", "名称", "name");
  for (size_t i = 0; i < shown; i++) {
    const AwsErrorInfo *e = aws_error_info(codes[i]);
    printf("%-4d  %-12s  %-10s  %-6s  %-28s  %s / %s\n", e->code, category_name(e->category),
           e->scope == AWS_ERROR_SCOPE_WEB_LAYER ? "web layer" : "server",
           e->resend_safe ? "yes" : "no", e->exception ? e->exception : "-", e->name_zh,
           e->name_en);
  }
  return journal_failed ? 3 : 0;
}

int main(int argc, char **argv) {
  if (argc > 1) {
    printf("%s", argv[1]);
    for (int i = 2; i < argc; i++) printf(" < %s", argv[i]);
    printf("\n");
    return explain((const char *const *)(argv + 1), (size_t)(argc - 1)) < 0 ? 2 : 0;
  }
  return demo();
}
