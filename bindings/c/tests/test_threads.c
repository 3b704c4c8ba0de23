/* Lookups from several threads while one thread registers: every answer is one
 * the registry could have given at some moment, and nothing goes back. The
 * writer keeps going until every reader is done, and readers keep going until
 * the writer has registered everything, so the two always overlap. */
#define _POSIX_C_SOURCE 200809L /* pthread barriers under strict C11 */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>

#include "aws_error.h"
#include "check.h"

enum { READERS = 4, NAMES = 1500, MIN_READS = 20000 };

static pthread_barrier_t start;
static atomic_int readers_done;
static atomic_bool writer_done;
static atomic_long transitions; /* names a reader saw unmapped, then mapped */

static int32_t code_of(int i) { return 700 + i % 100; }

static void generated(char *buf, size_t size, int i, int internal) {
  snprintf(buf, size, internal ? "com/acme/gen/Task%dException" : "com.acme.gen.Task%dException", i);
}

static void *writer(void *arg) {
  (void)arg;
  char name[64];
  long failures = 0;
  pthread_barrier_wait(&start);
  for (int i = 0; i < NAMES; i++) {
    generated(name, sizeof name, i, 0);
    failures += aws_error_register_exception(name, code_of(i)) != 0;
    failures += aws_error_register_exception("com.acme.HotException", i % 2 ? 457 : 456) != 0;
    if (i % 16 == 0) sched_yield(); /* let readers in between registrations */
  }
  atomic_store(&writer_done, true);
  /* Keep replacing the hot name while anyone still reads. */
  for (int i = 0; atomic_load(&readers_done) < READERS; i++) {
    failures += aws_error_register_exception("com.acme.HotException", i % 2 ? 457 : 456) != 0;
    sched_yield();
  }
  failures += aws_error_register_exception("com.acme.HotException", 458) != 0;
  return (void *)(intptr_t)failures;
}

static void *reader(void *arg) {
  unsigned seed = (unsigned)(uintptr_t)arg * 2654435761u + 1;
  static _Thread_local signed char state[NAMES]; /* 0 not looked at, -1 unmapped, 1 mapped */
  char name[64];
  long bad = 0, seen_transitions = 0;
  pthread_barrier_wait(&start);
  for (long r = 0; r < MIN_READS || !atomic_load(&writer_done); r++) {
    seed = seed * 1103515245u + 12345u;
    int i = (int)((seed >> 8) % NAMES);
    generated(name, sizeof name, i, (int)(r & 1));
    int32_t got = aws_error_code_for_exception(name);
    if (got == code_of(i)) {
      seen_transitions += state[i] == -1;
      state[i] = 1;
    } else if (got == 500 && state[i] != 1) {
      state[i] = -1;
    } else {
      bad++; /* a wrong code, or a mapping that disappeared */
    }
    int32_t hot = aws_error_code_for_exception("com.acme.HotException");
    bad += hot != 500 && hot != 456 && hot != 457;
    /* Built-ins and the catalogue are never disturbed. */
    bad += aws_error_code_for_exception("com.actionsoft.exception.AWSForbiddenException") != 403;
    const char *chain[] = {name, "com.actionsoft.exception.BPMNError"};
    got = aws_error_code_for_exception_chain(chain, 2);
    bad += state[i] == 1 ? got != code_of(i) : got != 550 && got != code_of(i);
    bad += aws_error_info(404) == NULL || aws_error_category(456) != AWS_ERROR_CATEGORY_CLIENT;
  }
  atomic_fetch_add(&transitions, seen_transitions);
  atomic_fetch_add(&readers_done, 1);
  return (void *)(intptr_t)bad;
}

int main(void) {
  pthread_t w, rs[READERS];
  CHECK_INT(pthread_barrier_init(&start, NULL, READERS + 1), 0);
  CHECK_INT(pthread_create(&w, NULL, writer, NULL), 0);
  for (intptr_t i = 0; i < READERS; i++)
    CHECK_INT(pthread_create(&rs[i], NULL, reader, (void *)(i + 1)), 0);

  void *result;
  for (int i = 0; i < READERS; i++) {
    CHECK_INT(pthread_join(rs[i], &result), 0);
    CHECK_INT((intptr_t)result, 0);
  }
  CHECK_INT(pthread_join(w, &result), 0);
  CHECK_INT((intptr_t)result, 0);
  pthread_barrier_destroy(&start);
  /* Readers did watch registrations happen (else this test proved nothing). */
  printf("test_threads: %ld names seen going from unmapped to mapped\n", atomic_load(&transitions));
  CHECK(atomic_load(&transitions) > 0);

  /* Afterwards every registration is visible, with the last code written. */
  char name[64];
  int wrong = 0;
  for (int i = 0; i < NAMES; i++) {
    generated(name, sizeof name, i, i & 1);
    wrong += aws_error_code_for_exception(name) != code_of(i);
  }
  CHECK_INT(wrong, 0);
  CHECK_INT(aws_error_code_for_exception("com.acme.HotException"), 458);
  return check_report("test_threads");
}
