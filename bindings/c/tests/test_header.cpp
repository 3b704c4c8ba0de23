// The header is usable from C++ (extern "C", no C-only constructs).
#include "aws_error.h"

#include <cstdio>
#include <cstring>

int main() {
  const AwsErrorInfo *info = aws_error_info(403);
  if (info == nullptr || std::strcmp(info->name_en, "Forbidden") != 0 ||
      aws_error_code_for_exception("com.actionsoft.exception.BPMNError") != 550) {
    std::fprintf(stderr, "test_header_cxx: wrong values through the C++ view\n");
    return 1;
  }
  std::printf("test_header_cxx: ok\n");
  return 0;
}
