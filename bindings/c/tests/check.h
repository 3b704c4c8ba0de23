/* Minimal assertions for the C suite: report every failure with its line, count
 * checks, and fail a test that ran no check at all (it could never fail). */
#ifndef AWS_ERROR_CHECK_H
#define AWS_ERROR_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_count;
static int check_failures;

#define CHECK(cond)                                                           \
  do {                                                                        \
    check_count++;                                                            \
    if (!(cond)) {                                                            \
      fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
      check_failures++;                                                       \
    }                                                                         \
  } while (0)

#define CHECK_INT(actual, expected)                                           \
  do {                                                                        \
    long long a_ = (long long)(actual), e_ = (long long)(expected);           \
    check_count++;                                                            \
    if (a_ != e_) {                                                           \
      fprintf(stderr, "%s:%d: %s is %lld, expected %s = %lld\n", __FILE__,    \
              __LINE__, #actual, a_, #expected, e_);                          \
      check_failures++;                                                       \
    }                                                                         \
  } while (0)

/* Compares C strings; a NULL `expected` means `actual` must be NULL too. */
#define CHECK_STR(actual, expected)                                           \
  do {                                                                        \
    const char *a_ = (actual), *e_ = (expected);                              \
    check_count++;                                                            \
    if (e_ == NULL ? a_ != NULL : (a_ == NULL || strcmp(a_, e_) != 0)) {      \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__,     \
              __LINE__, #actual, a_ ? a_ : "(NULL)", e_ ? e_ : "(NULL)");     \
      check_failures++;                                                       \
    }                                                                         \
  } while (0)

static int check_report(const char *name) {
  if (check_count == 0) {
    fprintf(stderr, "%s: no checks ran\n", name);
    return 1;
  }
  printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
  return check_failures == 0 ? 0 : 1;
}

#endif
