/* Category rule: the first digit of a three-digit code when it is 4, 5, 7 or 8;
 * INVALID for everything else. Known or not does not matter. */
#include <limits.h>
#include <stdint.h>

#include "aws_error.h"
#include "check.h"

int main(void) {
  /* The ABI values are fixed by the issue. */
  CHECK_INT(AWS_ERROR_CATEGORY_INVALID, 0);
  CHECK_INT(AWS_ERROR_CATEGORY_CLIENT, 4);
  CHECK_INT(AWS_ERROR_CATEGORY_SERVER, 5);
  CHECK_INT(AWS_ERROR_CATEGORY_AVAILABILITY, 7);
  CHECK_INT(AWS_ERROR_CATEGORY_QUOTA, 8);
  CHECK_INT(AWS_ERROR_SCOPE_SERVER, 0);
  CHECK_INT(AWS_ERROR_SCOPE_WEB_LAYER, 1);
  CHECK_INT(AWS_ERROR_LANG_ZH, 0);
  CHECK_INT(AWS_ERROR_LANG_EN, 1);

  /* Unknown but well-formed codes still have a category. */
  CHECK_INT(aws_error_category(456), AWS_ERROR_CATEGORY_CLIENT);
  CHECK(!aws_error_is_known(456));
  CHECK_INT(aws_error_category(400), AWS_ERROR_CATEGORY_CLIENT);
  CHECK_INT(aws_error_category(499), AWS_ERROR_CATEGORY_CLIENT);
  CHECK_INT(aws_error_category(500), AWS_ERROR_CATEGORY_SERVER);
  CHECK_INT(aws_error_category(599), AWS_ERROR_CATEGORY_SERVER);
  CHECK_INT(aws_error_category(700), AWS_ERROR_CATEGORY_AVAILABILITY);
  CHECK_INT(aws_error_category(799), AWS_ERROR_CATEGORY_AVAILABILITY);
  CHECK_INT(aws_error_category(800), AWS_ERROR_CATEGORY_QUOTA);
  CHECK_INT(aws_error_category(899), AWS_ERROR_CATEGORY_QUOTA);

  static const int32_t invalid[] = {100, 199, 200, 302, 399, 600, 650, 699, 900, 999,
                                    99, 40, 4, 1000, 4000, 4560, 0, -1, -403, -456,
                                    INT32_MIN, INT32_MAX};
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
    CHECK_INT(aws_error_category(invalid[i]), AWS_ERROR_CATEGORY_INVALID);
    CHECK(!aws_error_is_known(invalid[i]));
  }

  /* Every integer around the three-digit range follows the rule exactly. */
  int wrong = 0, client = 0;
  for (int32_t c = -5; c <= 1005; c++) {
    AwsErrorCategory want = AWS_ERROR_CATEGORY_INVALID;
    if (c >= 100 && c <= 999) {
      int d = c / 100;
      if (d == 4 || d == 5 || d == 7 || d == 8) want = (AwsErrorCategory)d;
    }
    if (aws_error_category(c) != want) {
      fprintf(stderr, "category(%d) is %d, expected %d\n", c, aws_error_category(c), want);
      wrong++;
    }
    client += aws_error_category(c) == AWS_ERROR_CATEGORY_CLIENT;
  }
  CHECK_INT(wrong, 0);
  CHECK_INT(client, 100);

  return check_report("test_category");
}
