/* aws_error_bench: the C ABI (the cdylib, called as a C user calls it) against the
 * error-text functions a C user already has, sqlite3_errstr and strerror_r, in
 * one run on one machine (issue 5, part 2), plus the library's footprint (part 6).
 *
 *   aws_error_bench [--reps N] [--ms MS] [--md FILE] [--lib SO --stripped SO]
 *   aws_error_bench --iters N --reps 1   fixed count, no calibration: for callgrind,
 *                                        whose instruction counts are deterministic
 *
 * Each benchmark is a direct call in a tight loop over 32 varied inputs, timed
 * with CLOCK_MONOTONIC; a repetition runs about MS milliseconds. Repetitions go
 * round-robin over all benchmarks so drift and other load hit each alike; the
 * median over repetitions is reported. Not a test: it never fails on a bar. */
#define _GNU_SOURCE /* sched_setaffinity, sched_getcpu */
#include <sched.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "aws_error.h"

/* glibc's XSI strerror_r (copies into the buffer), the portable one; the GNU
 * variant is what _GNU_SOURCE maps `strerror_r` to. */
extern int __xpg_strerror_r(int errnum, char *buf, size_t buflen);

#define N_IN 32 /* inputs per benchmark, cycled with i & (N_IN - 1) */
#define WARMUP 10000 /* calls before any timing */

static int32_t aws_codes[N_IN];   /* the catalogue, cycled */
static int sqlite_codes[N_IN];    /* SQLite's primary result codes */
static int errnos[N_IN];          /* common errno values */
static const char *simple_names[N_IN], *internal_names[N_IN], *mapped60[N_IN];
static char *bodies[N_IN];

/* The results flow here so no call can be dropped. */
static volatile uintptr_t sink;

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* One benchmark: `iters` calls of BODY (which updates `acc`, input index `k`),
 * returns the elapsed nanoseconds. */
#define BENCH(fn, BODY)                                                   \
  static uint64_t fn(uint64_t iters) {                                    \
    uintptr_t acc = 0;                                                    \
    uint64_t t0 = now_ns();                                               \
    for (uint64_t i = 0; i < iters; i++) {                                \
      unsigned k = (unsigned)i & (N_IN - 1);                              \
      BODY;                                                               \
    }                                                                     \
    uint64_t t1 = now_ns();                                               \
    sink ^= acc;                                                          \
    return t1 - t0;                                                       \
  }

BENCH(b_describe, acc ^= (uintptr_t)aws_error_describe(aws_codes[k], AWS_ERROR_LANG_EN))
BENCH(b_category, acc ^= (uintptr_t)aws_error_category(aws_codes[k]))
BENCH(b_name, acc ^= (uintptr_t)aws_error_name(aws_codes[k], AWS_ERROR_LANG_ZH))
BENCH(b_info, acc ^= (uintptr_t)aws_error_info(aws_codes[k]))
BENCH(b_code_simple, acc ^= (uintptr_t)aws_error_code_for_exception(simple_names[k]))
BENCH(b_code_internal, acc ^= (uintptr_t)aws_error_code_for_exception(internal_names[k]))
BENCH(b_code_mapped60, acc ^= (uintptr_t)aws_error_code_for_exception(mapped60[k]))
BENCH(b_response_json, {
  char *b = aws_response_error_json(aws_codes[k], "流程已经挂起，操作被拒绝");
  acc ^= (uintptr_t)(unsigned char)b[k & 15];
  aws_error_string_free(b);
})
BENCH(b_response_code, acc ^= (uintptr_t)aws_response_error_code(bodies[k]))
BENCH(b_sqlite3_errstr, acc ^= (uintptr_t)sqlite3_errstr(sqlite_codes[k]))
BENCH(b_strerror_r, {
  char buf[256];
  acc ^= (uintptr_t)__xpg_strerror_r(errnos[k], buf, sizeof buf) ^ (unsigned char)buf[0];
})

typedef struct {
  const char *name;
  const char *what;
  uint64_t (*fn)(uint64_t);
  int peer;          /* a function the user already has */
  uint64_t iters;    /* per repetition, calibrated */
  double *ns;        /* ns/call per repetition */
  double median;
} Bench;

static Bench benches[] = {
    {"aws_error_describe", "27 catalogue codes, English", b_describe, 0, 0, 0, 0},
    {"aws_error_category", "27 catalogue codes", b_category, 0, 0, 0, 0},
    {"aws_error_name", "27 catalogue codes, Chinese", b_name, 0, 0, 0, 0},
    {"aws_error_info", "27 catalogue codes", b_info, 0, 0, 0, 0},
    {"aws_error_code_for_exception", "simple names (`AWSForbiddenException`)", b_code_simple, 0, 0, 0, 0},
    {"aws_error_code_for_exception", "internal names (`com/actionsoft/exception/…`)", b_code_internal, 0, 0, 0, 0},
    {"aws_error_code_for_exception", "registered 60-byte binary names", b_code_mapped60, 0, 0, 0, 0},
    {"aws_response_error_json", "+ aws_error_string_free, 12-char Chinese msg", b_response_json, 0, 0, 0, 0},
    {"aws_response_error_code", "error/ok JSON and XML bodies", b_response_code, 0, 0, 0, 0},
    {"sqlite3_errstr", "SQLite primary result codes", b_sqlite3_errstr, 1, 0, 0, 0},
    {"strerror_r (XSI)", "common errno values, 256-byte buffer", b_strerror_r, 1, 0, 0, 0},
};
#define N_BENCH (sizeof benches / sizeof benches[0])
enum { DESCRIBE = 0, CATEGORY = 1, SQLITE = 9 };

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(const double *v, int n) {
  double *s = malloc((size_t)n * sizeof *s);
  memcpy(s, v, (size_t)n * sizeof *s);
  qsort(s, (size_t)n, sizeof *s, cmp_double);
  double m = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  free(s);
  return m;
}

static double min_of(const double *v, int n) {
  double m = v[0];
  for (int i = 1; i < n; i++) m = v[i] < m ? v[i] : m;
  return m;
}

static double max_of(const double *v, int n) {
  double m = v[0];
  for (int i = 1; i < n; i++) m = v[i] > m ? v[i] : m;
  return m;
}

/* Inputs, with their expected answers checked: a benchmark of wrong answers
 * would measure nothing useful. */
static int setup(void) {
  int32_t all[64];
  size_t n = aws_error_codes(all, 64);
  if (n == 0 || n > 64) return -1;
  for (int i = 0; i < N_IN; i++) aws_codes[i] = all[(size_t)i % n];

  static const int sq[] = {SQLITE_OK, SQLITE_ERROR, SQLITE_INTERNAL, SQLITE_PERM, SQLITE_ABORT,
                           SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY,
                           SQLITE_INTERRUPT, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTFOUND,
                           SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL, SQLITE_EMPTY,
                           SQLITE_SCHEMA, SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH,
                           SQLITE_MISUSE, SQLITE_NOLFS, SQLITE_AUTH, SQLITE_FORMAT, SQLITE_RANGE,
                           SQLITE_NOTADB, SQLITE_NOTICE, SQLITE_WARNING, SQLITE_ROW, SQLITE_DONE,
                           SQLITE_CONSTRAINT_UNIQUE};
  static const int en[] = {1, 2, 5, 9, 11, 12, 13, 16, 17, 20, 21, 22, 24, 28, 32, 104,
                           110, 111, 113, 4, 6, 7, 8, 10, 14, 15, 18, 19, 23, 25, 26, 27};
  for (int i = 0; i < N_IN; i++) sqlite_codes[i] = sq[i], errnos[i] = en[i];

  static const char *const simple[] = {"AWSForbiddenException", "AWSObjectNotFindException",
                                       "AWSIllegalArgumentException", "BPMNError"};
  static const char *const internal[] = {"com/actionsoft/exception/AWSForbiddenException",
                                         "com/actionsoft/exception/AWSObjectNotFindException",
                                         "com/actionsoft/exception/AWSEngineException",
                                         "com/actionsoft/exception/AppStoreException"};
  /* Four registered names of exactly 60 bytes. */
  static const char *const sixty[] = {
      "com.example.oa.workflow.approval.ProcessSuspendedException00",
      "com.example.oa.workflow.approval.ProcessSuspendedException01",
      "com.example.oa.workflow.approval.ProcessSuspendedException02",
      "com.example.oa.workflow.approval.ProcessSuspendedException03"};
  static const int32_t want_simple[] = {403, 404, 400, 550}, want_internal[] = {403, 404, 520, 540};
  for (int i = 0; i < 4; i++) {
    if (strlen(sixty[i]) != 60 || aws_error_register_exception(sixty[i], 456 + i) != 0) return -2;
    if (aws_error_code_for_exception(simple[i]) != want_simple[i] ||
        aws_error_code_for_exception(internal[i]) != want_internal[i] ||
        aws_error_code_for_exception(sixty[i]) != 456 + i)
      return -3;
  }
  for (int i = 0; i < N_IN; i++) {
    simple_names[i] = simple[i % 4], internal_names[i] = internal[i % 4], mapped60[i] = sixty[i % 4];
  }

  static const char *const body[] = {
      "{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"流程已经挂起，操作被拒绝\"}",
      "{\"data\":\"Hi, AWS PaaS!\",\"result\":\"ok\"}",
      "<result type=\"error\" errorCode=\"404\" msg=\"流程定义未找到\" />",
      "{\"result\":\"error\",\"errorCode\":\"550\",\"msg\":\"User biz error\"}"};
  static const int32_t want_body[] = {403, 0, 404, 550};
  for (int i = 0; i < N_IN; i++) {
    bodies[i] = (char *)body[i % 4];
    if (aws_response_error_code(bodies[i]) != want_body[i % 4]) return -4;
  }
  char *b = aws_response_error_json(403, "x");
  int ok = b != NULL && strcmp(b, "{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"x\"}") == 0;
  aws_error_string_free(b);
  if (!ok) return -5;
  if (strcmp(sqlite3_errstr(SQLITE_BUSY), "database is locked") != 0) return -6;
  char buf[256];
  if (__xpg_strerror_r(2, buf, sizeof buf) != 0 || strcmp(buf, "No such file or directory") != 0)
    return -7;
  return 0;
}

/* Iterations for about `ms` milliseconds per repetition. */
static uint64_t calibrate(Bench *b, double ms) {
  b->fn(WARMUP); /* caches, lazy binding, first registry access */
  uint64_t iters = 1000;
  for (;;) {
    uint64_t t = b->fn(iters);
    if (t >= 2000000 || iters >= (1ull << 34)) {
      double per = (double)t / (double)iters;
      uint64_t want = (uint64_t)(ms * 1e6 / (per > 0.01 ? per : 0.01));
      return want < 1000 ? 1000 : want;
    }
    iters *= 4;
  }
}

static long long size_of(const char *path) {
  struct stat st;
  return path && stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

static void cpu_model(char *out, size_t size) {
  snprintf(out, size, "unknown CPU");
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (f == NULL) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "model name", 10) == 0) {
      char *v = strchr(line, ':');
      if (v) {
        v += 1 + (v[1] == ' ');
        v[strcspn(v, "\n")] = '\0';
        snprintf(out, size, "%s", v);
      }
      break;
    }
  }
  fclose(f);
}

/* The load averages as text; returns the 1-minute one (-1 when unknown). */
static double loadavg(char *out, size_t size) {
  snprintf(out, size, "?");
  FILE *f = fopen("/proc/loadavg", "r");
  if (f == NULL) return -1;
  float a = -1, b, c;
  if (fscanf(f, "%f %f %f", &a, &b, &c) == 3) snprintf(out, size, "%.2f %.2f %.2f", a, b, c);
  fclose(f);
  return a;
}

int main(int argc, char **argv) {
  int reps = 15;
  double ms = 20;
  const char *md = NULL, *lib = NULL, *stripped = NULL;
  uint64_t fixed_iters = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) reps = atoi(argv[++i]);
    else if (strcmp(argv[i], "--ms") == 0 && i + 1 < argc) ms = atof(argv[++i]);
    else if (strcmp(argv[i], "--md") == 0 && i + 1 < argc) md = argv[++i];
    else if (strcmp(argv[i], "--lib") == 0 && i + 1 < argc) lib = argv[++i];
    else if (strcmp(argv[i], "--stripped") == 0 && i + 1 < argc) stripped = argv[++i];
    else if (strcmp(argv[i], "--iters") == 0 && i + 1 < argc) fixed_iters = strtoull(argv[++i], NULL, 10);
    else {
      fprintf(stderr, "usage: %s [--reps N] [--ms MS] [--md FILE] [--lib SO --stripped SO]\n", argv[0]);
      return 2;
    }
  }
  if (reps < 1 || reps > 1000 || !(ms > 0)) {
    fprintf(stderr, "aws_error_bench: bad --reps or --ms\n");
    return 2;
  }
  int rc = setup();
  if (rc != 0) {
    fprintf(stderr, "aws_error_bench: setup check %d failed: wrong answers, nothing measured\n", rc);
    return 1;
  }
  /* One CPU: no migrations in the middle of a repetition. */
  cpu_set_t set;
  CPU_ZERO(&set);
  int cpu = sched_getcpu();
  CPU_SET(cpu < 0 ? 0 : cpu, &set);
  int pinned = sched_setaffinity(0, sizeof set, &set) == 0;

  char load_before[64], load_after[64];
  double load = loadavg(load_before, sizeof load_before);
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  /* Other work on the machine moves the timings (not the instruction counts). */
  int busy = cpus > 0 && load > 0.5 * (double)cpus;
  for (size_t b = 0; b < N_BENCH; b++) {
    benches[b].iters = fixed_iters ? (benches[b].fn(WARMUP), fixed_iters) : calibrate(&benches[b], ms);
    benches[b].ns = calloc((size_t)reps, sizeof(double));
  }
  for (int r = 0; r < reps; r++)
    for (size_t b = 0; b < N_BENCH; b++)
      benches[b].ns[r] = (double)benches[b].fn(benches[b].iters) / (double)benches[b].iters;
  loadavg(load_after, sizeof load_after);
  for (size_t b = 0; b < N_BENCH; b++) benches[b].median = median(benches[b].ns, reps);

  double base = benches[SQLITE].median;
  double r_describe = benches[DESCRIBE].median / base, r_category = benches[CATEGORY].median / base;
  long long lib_size = size_of(lib), stripped_size = size_of(stripped);
  const long long MIB = 1024 * 1024;

  /* Plain table on stdout. */
  printf("%-30s %-48s %10s %10s %10s %9s\n", "function", "input", "median ns", "min", "max",
         "x sqlite");
  for (size_t b = 0; b < N_BENCH; b++) {
    const Bench *x = &benches[b];
    printf("%-30s %-48s %10.2f %10.2f %10.2f %9.2f\n", x->name, x->what, x->median,
           min_of(x->ns, reps), max_of(x->ns, reps), x->median / base);
  }
  printf("\nbar: aws_error_describe %.2fx, aws_error_category %.2fx sqlite3_errstr (<= 1.20x): %s, %s\n",
         r_describe, r_category, r_describe <= 1.2 ? "met" : "MISSED",
         r_category <= 1.2 ? "met" : "MISSED");
  if (stripped_size >= 0)
    printf("footprint: libaws_error.so %lld bytes, stripped %lld bytes (%.2f MiB; bar <= 1 MiB): %s\n",
           lib_size, stripped_size, (double)stripped_size / (double)MIB,
           stripped_size <= MIB ? "met" : "MISSED");
  printf("load average before/after: %s / %s on %ld CPUs%s%s\n", load_before, load_after, cpus,
         pinned ? "" : " (not pinned to a CPU)",
         busy ? "\nWARNING: the machine is busy; rerun on a quiet machine for numbers to keep" : "");

  if (md == NULL) return 0;
  FILE *f = fopen(md, "w");
  if (f == NULL) {
    perror(md);
    return 1;
  }
  char model[256], date[64];
  struct utsname u;
  uname(&u);
  cpu_model(model, sizeof model);
  time_t now = time(NULL);
  strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", gmtime(&now));
  fprintf(f, "## C ABI against sqlite3_errstr and strerror_r\n\n");
  fprintf(f, "`make bench-c` (%s; %d repetitions of ~%g ms per function, round-robin, "
             "median), %s. %s (%ld CPUs), %s %s, %s; cc %s; SQLite %s; aws-error %s; "
             "load average %s before, %s after.\n\n",
          "bindings/c/bench/aws_error_bench.c", reps, ms, date, model, cpus, u.sysname, u.release,
          u.machine, __VERSION__, sqlite3_libversion(), aws_error_version(), load_before, load_after);
  if (busy)
    fprintf(f, "**The machine was busy (load above half its CPUs): these timings are not the "
               "final numbers.**\n\n");
  fprintf(f, "| function | input | median ns/call | min | max | × sqlite3_errstr |\n");
  fprintf(f, "| --- | --- | ---: | ---: | ---: | ---: |\n");
  for (size_t b = 0; b < N_BENCH; b++) {
    const Bench *x = &benches[b];
    fprintf(f, "| %s`%s` | %s | %.2f | %.2f | %.2f | %.2f |\n", x->peer ? "peer: " : "", x->name,
            x->what, x->median, min_of(x->ns, reps), max_of(x->ns, reps), x->median / base);
  }
  fprintf(f, "\n| bar | measured | verdict |\n| --- | ---: | --- |\n");
  fprintf(f, "| `aws_error_describe` ≤ 1.2 × `sqlite3_errstr` | %.2f× | %s |\n", r_describe,
          r_describe <= 1.2 ? "met" : "**missed**");
  fprintf(f, "| `aws_error_category` ≤ 1.2 × `sqlite3_errstr` | %.2f× | %s |\n", r_category,
          r_category <= 1.2 ? "met" : "**missed**");
  if (stripped_size >= 0)
    fprintf(f, "| stripped `libaws_error.so` ≤ 1 MiB (LTO, `panic = \"unwind\"`) | %lld bytes (%.2f MiB; %lld unstripped) | %s |\n",
            stripped_size, (double)stripped_size / (double)MIB, lib_size,
            stripped_size <= MIB ? "met" : "**missed**");
  fprintf(f, "\n");
  fclose(f);
  printf("wrote %s\n", md);
  return 0;
}
