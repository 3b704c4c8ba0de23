/* The catalogue: every entry's fields, names and descriptions by language, the
 * unknown-code texts, and aws_error_codes. */
#include <limits.h>
#include <stdint.h>

#include "aws_error.h"
#include "check.h"
#include "expected.h"

static void test_entries(void) {
  for (size_t i = 0; i < EXPECTED_COUNT; i++) {
    const Expected *x = &EXPECTED[i];
    const AwsErrorInfo *info = aws_error_info(x->code);
    CHECK(aws_error_is_known(x->code));
    CHECK(info != NULL);
    if (info == NULL) continue;
    CHECK_INT(info->code, x->code);
    CHECK_INT(info->category, x->category);
    CHECK_INT(aws_error_category(x->code), x->category);
    CHECK_STR(info->name_zh, x->name_zh);
    CHECK_STR(info->name_en, x->name_en);
    CHECK_STR(info->exception, x->exception);
    CHECK_INT(info->scope, x->scope);
    CHECK_INT(info->in_response, x->in_response);
    CHECK_INT(info->resend_safe, x->resend_safe);
    CHECK_INT(info->advice, x->advice);
    CHECK_INT(info->source, x->source);
    /* The entry is static: the same pointer every time. */
    CHECK(aws_error_info(x->code) == info);

    /* Names by language: 0 is Chinese, anything else English. */
    CHECK_STR(aws_error_name(x->code, AWS_ERROR_LANG_ZH), x->name_zh);
    CHECK_STR(aws_error_name(x->code, AWS_ERROR_LANG_EN), x->name_en);
    CHECK_STR(aws_error_name(x->code, 2), x->name_en);
    CHECK_STR(aws_error_name(x->code, -1), x->name_en);
    CHECK_STR(aws_error_name(x->code, INT32_MIN), x->name_en);

    /* Descriptions: ours, so only their presence and consistency are fixed. */
    CHECK(info->description_zh != NULL && strlen(info->description_zh) > 10);
    CHECK(info->description_en != NULL && strlen(info->description_en) > 10);
    CHECK_STR(aws_error_describe(x->code, AWS_ERROR_LANG_ZH), info->description_zh);
    CHECK_STR(aws_error_describe(x->code, AWS_ERROR_LANG_EN), info->description_en);
    CHECK_STR(aws_error_describe(x->code, 99), info->description_en);
    CHECK(strcmp(info->description_zh, info->description_en) != 0);
    /* Every description is its own. */
    for (size_t j = 0; j < i; j++) {
      const AwsErrorInfo *other = aws_error_info(EXPECTED[j].code);
      CHECK(other != NULL && strcmp(other->description_en, info->description_en) != 0);
    }
  }
}

/* Spot checks straight from the table text, independent of expected.h. */
static void test_table_spot_checks(void) {
  CHECK_STR(aws_error_name(400, AWS_ERROR_LANG_ZH), "错误的参数请求");
  CHECK_STR(aws_error_name(590, AWS_ERROR_LANG_ZH), "AWS Instance Server连接失败");
  CHECK_STR(aws_error_name(591, AWS_ERROR_LANG_ZH), "处理AWS Instance Server响应时发生错误");
  CHECK_STR(aws_error_name(404, AWS_ERROR_LANG_EN), "Not Find Resource");
  CHECK_STR(aws_error_name(761, AWS_ERROR_LANG_EN), "Instance Stoping");
  CHECK_STR(aws_error_name(771, AWS_ERROR_LANG_EN), "App Stoping");
  CHECK_STR(aws_error_name(550, AWS_ERROR_LANG_EN), "BPMN Error");
  CHECK_STR(aws_error_name(520, AWS_ERROR_LANG_ZH), "引擎错误"); /* not the javadoc's 引擎内部错误 */
  CHECK_STR(aws_error_info(520)->exception, "AWSEngineException");
  CHECK_STR(aws_error_info(550)->exception, "BPMNError");

  static const int32_t no_exception[] = {401, 405, 408, 409, 410, 502, 503, 590, 591,
                                         760, 761, 762, 770, 771, 772, 773, 774};
  for (size_t i = 0; i < sizeof no_exception / sizeof no_exception[0]; i++)
    CHECK_STR(aws_error_info(no_exception[i])->exception, NULL);

  static const int32_t web[] = {401, 405, 408, 590, 591};
  static const int32_t resend[] = {590, 591, 760, 761, 762, 770, 771, 772, 773, 774, 800};
  size_t n_web = 0, n_resend = 0;
  for (size_t i = 0; i < EXPECTED_COUNT; i++) {
    const AwsErrorInfo *info = aws_error_info(EXPECTED[i].code);
    bool is_web = false, is_resend = false;
    for (size_t j = 0; j < sizeof web / sizeof web[0]; j++) is_web |= web[j] == info->code;
    for (size_t j = 0; j < sizeof resend / sizeof resend[0]; j++)
      is_resend |= resend[j] == info->code;
    CHECK_INT(info->scope, is_web ? AWS_ERROR_SCOPE_WEB_LAYER : AWS_ERROR_SCOPE_SERVER);
    CHECK_INT(info->resend_safe, is_resend);
    n_web += info->scope == AWS_ERROR_SCOPE_WEB_LAYER;
    n_resend += info->resend_safe;
  }
  CHECK_INT(n_web, 5);
  CHECK_INT(n_resend, 11);
}

static void test_unknown_codes(void) {
  static const int32_t unknown[] = {0, -1, 99, 100, 302, 402, 456, 499, 501, 600,
                                    700, 775, 801, 999, 1000, INT32_MIN, INT32_MAX};
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
    int32_t c = unknown[i];
    CHECK(!aws_error_is_known(c));
    CHECK(aws_error_info(c) == NULL);
    CHECK_STR(aws_error_name(c, AWS_ERROR_LANG_ZH), "未知错误码");
    CHECK_STR(aws_error_name(c, AWS_ERROR_LANG_EN), "unknown error code");
    CHECK_STR(aws_error_name(c, 7), "unknown error code");
    CHECK_STR(aws_error_describe(c, AWS_ERROR_LANG_ZH), "未知错误码");
    CHECK_STR(aws_error_describe(c, AWS_ERROR_LANG_EN), "unknown error code");
  }
}

static void test_codes(void) {
  CHECK_INT(aws_error_codes(NULL, 0), 27);
  /* A NULL buffer writes nothing whatever cap says. */
  CHECK_INT(aws_error_codes(NULL, 100), 27);

  int32_t all[40];
  for (size_t i = 0; i < 40; i++) all[i] = -42;
  CHECK_INT(aws_error_codes(all, 40), 27);
  for (size_t i = 0; i < EXPECTED_COUNT; i++) CHECK_INT(all[i], EXPECTED[i].code);
  for (size_t i = 1; i < 27; i++) CHECK(all[i - 1] < all[i]);
  for (size_t i = 27; i < 40; i++) CHECK_INT(all[i], -42); /* nothing past the total */

  /* Partial: at most cap written, still the total returned. */
  int32_t some[8];
  for (size_t i = 0; i < 8; i++) some[i] = -42;
  CHECK_INT(aws_error_codes(some, 5), 27);
  static const int32_t first5[] = {400, 401, 403, 404, 405};
  for (size_t i = 0; i < 5; i++) CHECK_INT(some[i], first5[i]);
  for (size_t i = 5; i < 8; i++) CHECK_INT(some[i], -42);

  some[0] = -42;
  CHECK_INT(aws_error_codes(some, 0), 27);
  CHECK_INT(some[0], -42);

  /* Table: 23 codes, plus the platform's 4 extras. */
  size_t table = 0, extra = 0;
  for (size_t i = 0; i < 27; i++) {
    const AwsErrorInfo *info = aws_error_info(all[i]);
    CHECK(info != NULL);
    if (info == NULL) continue;
    table += info->source == AWS_ERROR_SOURCE_TABLE;
    extra += info->source == AWS_ERROR_SOURCE_PLATFORM_EXTRA;
  }
  CHECK_INT(table, 23);
  CHECK_INT(extra, 4);
}

int main(void) {
  CHECK_INT(EXPECTED_COUNT, 27);
  test_entries();
  test_table_spot_checks();
  test_unknown_codes();
  test_codes();
  return check_report("test_catalogue");
}
