/* aws_error_version reports the crate version (AWS_ERROR_EXPECTED_VERSION is
 * read from Cargo.toml by CMake). */
#include "aws_error.h"
#include "check.h"

#ifndef AWS_ERROR_EXPECTED_VERSION
#error "AWS_ERROR_EXPECTED_VERSION must be defined by the build"
#endif

int main(void) {
  const char *v = aws_error_version();
  CHECK_STR(v, AWS_ERROR_EXPECTED_VERSION);
  CHECK(aws_error_version() == v); /* static */
  return check_report("test_version");
}
