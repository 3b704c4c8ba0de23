/* Lookups from several threads while one thread registers: every answer is
 * one the registry could have given at some moment, and nothing goes back. */
#define _POSIX_C_SOURCE 200809L /* pthread barriers under strict C11 */
#include <pthread.h>
#include <stdio.h>

#include "aws_error.h"
#include "check.h"

enum { READERS = 6, NAMES = 1500, READS = 40000 };

static pthread_barrier_t start;

static int32_t code_of_generated(int i) { return 700 + i % 100; } /* all valid codes */

static void generated(char *buf, size_t size, int i, int internal) {
  snprintf(buf, size, internal ? "com/acme/gen/Task%dException" : "com.acme.gen.Task%dException", i);
}

static void *writer(void *arg) {
  (void)arg;
  char name[64];
  int failures = 0;
  pthread_barrier_wait(&start);
  for (int i = 0; i < NAMES; i++) {
    generated(name, sizeof name, i, 0);
    failures += aws_error_register_exception(name, code_of_generated(i)) != 0;
    /* Flip one hot name between two codes all along. */
    failures += aws_error_register_exception("com.acme.HotException", i % 2 ? 457 : 456) != 0;
  }
  failures += aws_error_register_exception("com.acme.HotException", 458) != 0;
  return (void *)(intptr_t)failures;
}

static void *reader(void *arg) {
  unsigned seed = (unsigned)(uintptr_t)arg * 2654435761u + 1;
  static _Thread_local bool seen[NAMES];
  char name[64];
  int bad = 0;
  pthread_barrier_wait(&start);
  for (int r = 0; r < READS; r++) {
    seed = seed * 1103515245u + 12345u;
    int i = (int)((seed >> 8) % NAMES);
    generated(name, sizeof name, i, r & 1);
    int32_t got = aws_error_code_for_exception(name);
    if (got == code_of_generated(i)) {
      seen[i] = true;
    } else if (got != 500 || seen[i]) { /* unknown until registered, then never again */
      bad++;
    }
    int32_t hot = aws_error_code_for_exception("com.acme.HotException");
    bad += hot != 500 && hot != 456 && hot != 457 && hot != 458;
    /* Built-ins are never disturbed. */
    bad += aws_error_code_for_exception("com.actionsoft.exception.AWSForbiddenException") != 403;
    const char *chain[] = {name, "com.actionsoft.exception.BPMNError"};
    got = aws_error_code_for_exception_chain(chain, 2);
    bad += seen[i] ? got != code_of_generated(i) : got != 550 && got != code_of_generated(i);
    bad += aws_error_info(404) == NULL || aws_error_category(456) != AWS_ERROR_CATEGORY_CLIENT;
  }
  return (void *)(intptr_t)bad;
}

int main(void) {
  pthread_t w, rs[READERS];
  CHECK_INT(pthread_barrier_init(&start, NULL, READERS + 1), 0);
  for (intptr_t i = 0; i < READERS; i++)
    CHECK_INT(pthread_create(&rs[i], NULL, reader, (void *)(i + 1)), 0);
  CHECK_INT(pthread_create(&w, NULL, writer, NULL), 0);

  void *result;
  CHECK_INT(pthread_join(w, &result), 0);
  CHECK_INT((intptr_t)result, 0);
  for (int i = 0; i < READERS; i++) {
    CHECK_INT(pthread_join(rs[i], &result), 0);
    CHECK_INT((intptr_t)result, 0);
  }
  pthread_barrier_destroy(&start);

  /* Afterwards every registration is visible, with the last code written. */
  char name[64];
  int wrong = 0;
  for (int i = 0; i < NAMES; i++) {
    generated(name, sizeof name, i, i & 1);
    wrong += aws_error_code_for_exception(name) != code_of_generated(i);
  }
  CHECK_INT(wrong, 0);
  CHECK_INT(aws_error_code_for_exception("com.acme.HotException"), 458);
  return check_report("test_threads");
}
