/* The aws.log error journal: record fields, hostile text, rolling like log4j,
 * cluster naming, bad arguments and I/O errors, and 8 threads writing through one
 * handle with rolling on, every record found exactly once.
 *
 * AWS_ERROR_TEST_RECORDS (default 2000) sets the records per thread; the valgrind
 * run uses fewer. */
#define _DEFAULT_SOURCE /* mkdtemp, timegm */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "aws_error.h"
#include "check.h"
#include "hostile.h"
#include "json_flat.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static char root[256]; /* this run's temporary folder */

static void path_in(char *buf, size_t size, const char *rel) {
  snprintf(buf, size, "%s/%s", root, rel);
}

static void rm_rf(const char *path) {
  DIR *d = opendir(path);
  if (d != NULL) {
    struct dirent *e;
    char sub[1024];
    while ((e = readdir(d)) != NULL) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
      snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
      rm_rf(sub);
    }
    closedir(d);
    rmdir(path);
  } else {
    unlink(path);
  }
}

static int exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

static long long file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

/* The whole file, NUL-terminated; NULL when missing. */
static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  if (buf != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf != NULL) buf[n] = '\0', *len = (size_t)n;
  return buf;
}

/* Calls fn on each line of a file (without its '\n'). Returns the number of lines,
 * or -1 when the file is missing or does not end with a line break (a torn record). */
typedef void (*LineFn)(const char *line, size_t len, void *ctx);
static long each_line(const char *path, LineFn fn, void *ctx) {
  size_t len;
  char *buf = slurp(path, &len);
  if (buf == NULL) return -1;
  long lines = 0;
  size_t at = 0;
  while (at < len) {
    char *nl = memchr(buf + at, '\n', len - at);
    if (nl == NULL) { lines = -1; break; }
    fn(buf + at, (size_t)(nl - (buf + at)), ctx);
    lines++;
    at = (size_t)(nl - buf) + 1;
  }
  free(buf);
  return lines;
}

static const char *const RECORD_KEYS[] = {"time", "level", "errorCode", "category",
                                          "exception", "msg", "detail"};

/* Parses a journal line and checks the fields every record has: JSON, the seven
 * keys in order, a plausible UTC time, and level/category/errorCode consistent
 * with each other. 0 when it is such a record. */
static int parse_record(const char *line, size_t len, JsonFlat *o) {
  if (json_flat_parse(line, len, o) != 0) return -1;
  int ok = o->n >= (int)COUNT(RECORD_KEYS);
  for (size_t k = 0; ok && k < COUNT(RECORD_KEYS); k++) ok = strcmp(o->key[k], RECORD_KEYS[k]) == 0;
  if (ok) {
    int y, mo, d, h, mi, s, ms, n = 0;
    const char *t = json_get(o, "time");
    ok = sscanf(t, "%4d-%2d-%2d %2d:%2d:%2d.%3d%n", &y, &mo, &d, &h, &mi, &s, &ms, &n) == 7 &&
         n == 23 && t[23] == '\0';
    char *end;
    long code = strtol(json_get(o, "errorCode"), &end, 10);
    ok = ok && *end == '\0' && code >= 0 && code <= INT32_MAX;
    static const char *const cat[] = {[AWS_ERROR_CATEGORY_CLIENT] = "client",
                                      [AWS_ERROR_CATEGORY_SERVER] = "server",
                                      [AWS_ERROR_CATEGORY_AVAILABILITY] = "availability",
                                      [AWS_ERROR_CATEGORY_QUOTA] = "quota"};
    AwsErrorCategory c = ok ? aws_error_category((int32_t)code) : AWS_ERROR_CATEGORY_INVALID;
    ok = ok && c != AWS_ERROR_CATEGORY_INVALID && strcmp(json_get(o, "category"), cat[c]) == 0 &&
         strcmp(json_get(o, "level"), c == AWS_ERROR_CATEGORY_SERVER ? "ERR" : "WARN") == 0;
  }
  if (!ok) json_flat_free(o);
  return ok ? 0 : -1;
}

/* ---- aws_error_log_path: the platform's cluster naming */

static void test_path(void) {
  char buf[512];
  memset(buf, 'X', sizeof buf);
  CHECK_INT(aws_error_log_path("/opt/aws/logs", NULL, buf, sizeof buf), 21);
  CHECK_STR(buf, "/opt/aws/logs/aws.log");
  CHECK_INT(aws_error_log_path("/opt/aws/logs", "", buf, sizeof buf), 21);
  CHECK_STR(buf, "/opt/aws/logs/aws.log");
  CHECK_INT(aws_error_log_path("/opt/aws/logs", "node-1", buf, sizeof buf), 24);
  CHECK_STR(buf, "/opt/aws/logs/node-1.log");
  CHECK_INT(aws_error_log_path("logs/", "实例2", buf, sizeof buf), 16);
  CHECK_STR(buf, "logs/实例2.log");
  CHECK_INT(aws_error_log_path(".", "a.b", buf, sizeof buf), 9);
  CHECK_STR(buf, "./a.b.log");

  /* snprintf-like: the length always, written only when it fits with its NUL. */
  CHECK_INT(aws_error_log_path("/opt/aws/logs", "node-1", NULL, 0), 24);
  CHECK_INT(aws_error_log_path("/opt/aws/logs", "node-1", NULL, 100), 24);
  memset(buf, 'X', sizeof buf);
  CHECK_INT(aws_error_log_path("/opt/aws/logs", "node-1", buf, 24), 24);
  CHECK(buf[0] == 'X' && buf[23] == 'X'); /* untouched */
  CHECK_INT(aws_error_log_path("/opt/aws/logs", "node-1", buf, 25), 24);
  CHECK_STR(buf, "/opt/aws/logs/node-1.log");

  CHECK_INT(aws_error_log_path(NULL, "node-1", buf, sizeof buf), AWS_ERROR_ERR_NULL);
  CHECK_INT(aws_error_log_path("", "node-1", buf, sizeof buf), AWS_ERROR_ERR_EMPTY);
  static const char *const bad_instance[] = {"a/b", "a\\b", ".", "..", "/", "node/../x"};
  for (size_t i = 0; i < COUNT(bad_instance); i++)
    CHECK_INT(aws_error_log_path("/logs", bad_instance[i], buf, sizeof buf),
              AWS_ERROR_ERR_BAD_INSTANCE);
  CHECK_INT(aws_error_log_path("/logs", "node\xff", buf, sizeof buf), AWS_ERROR_ERR_INVALID_UTF8);
  char name[300];
  memset(name, 'n', 251), name[251] = '\0'; /* 251 + ".log": the longest file name */
  CHECK_INT(aws_error_log_path("/l", name, buf, sizeof buf), 2 + 1 + 251 + 4);
  memset(name, 'n', 252), name[252] = '\0';
  CHECK_INT(aws_error_log_path("/l", name, buf, sizeof buf), AWS_ERROR_ERR_TOO_LONG);
}

/* ---- bad arguments */

static void test_bad_arguments(void) {
  char p[512], q[512];
  CHECK(aws_error_log_open(NULL) == NULL);
  CHECK(aws_error_log_open("") == NULL);
  CHECK(aws_error_log_open_with(NULL, 1024, 3) == NULL);
  CHECK(aws_error_log_open_with("", 1024, 3) == NULL);
  /* Unopenable: a folder, and a path under a regular file. */
  CHECK(aws_error_log_open(root) == NULL);
  path_in(p, sizeof p, "plain-file");
  FILE *f = fopen(p, "w");
  CHECK(f != NULL);
  if (f) fclose(f);
  path_in(q, sizeof q, "plain-file/logs/aws.log");
  CHECK(aws_error_log_open(q) == NULL);
  CHECK(aws_error_log_open_with(q, 1024, 3) == NULL);

  CHECK_INT(aws_error_log_write(NULL, 500, "X", "m", "d"), AWS_ERROR_ERR_NULL);
  aws_error_log_close(NULL); /* no-op */

  path_in(p, sizeof p, "range/aws.log");
  AwsErrorLog *log = aws_error_log_open(p);
  CHECK(log != NULL);
  if (log == NULL) return;
  static const int32_t out[] = {0, 1, 99, 100, 200, 399, 600, 699, 900, 1000, 4030,
                                -1, -500, INT32_MIN, INT32_MAX};
  for (size_t i = 0; i < COUNT(out); i++)
    CHECK_INT(aws_error_log_write(log, out[i], "X", "m", "d"), AWS_ERROR_ERR_CODE_OUT_OF_RANGE);
  CHECK_INT(file_size(p), 0); /* nothing written */
  aws_error_log_close(log);
}

/* ---- one record's fields */

typedef struct {
  int32_t code;
  const char *cls, *msg, *detail;
  const char *level, *category;
} Expect;

static const Expect FIELDS[] = {
    {403, "com.actionsoft.exception.AWSForbiddenException", "流程已经挂起，操作被拒绝",
     "com.actionsoft.exception.AWSForbiddenException: 流程已经挂起，操作被拒绝\n"
     "\tat com.example.oa.Flow.suspend(Flow.java:42)\n"
     "Caused by: java.lang.IllegalStateException: suspended\n\t... 3 more",
     "WARN", "client"},
    {500, "java.lang.NullPointerException", NULL, NULL, "ERR", "server"},
    {520, NULL, "expression failed", NULL, "ERR", "server"},
    {550, "com.actionsoft.exception.BPMNError", "User biz error", "", "ERR", "server"},
    {760, NULL, NULL, NULL, "WARN", "availability"},
    {800, "AWSQuotaException", "licence seats exceeded", "d", "WARN", "quota"},
    {456, "com.example.oa.AppException", "registered app code", "d", "WARN", "client"},
};

typedef struct {
  JsonFlat rec[64];
  int n, bad;
  int quiet; /* bad lines are expected: do not print them */
} Lines;

static void collect(const char *line, size_t len, void *ctx) {
  Lines *l = ctx;
  if (l->n < (int)COUNT(l->rec) && parse_record(line, len, &l->rec[l->n]) == 0) {
    l->n++;
  } else {
    l->bad++;
    if (!l->quiet) fprintf(stderr, "  not a record: %.*s\n", (int)len, line);
  }
}

static void lines_free(Lines *l) {
  for (int i = 0; i < l->n; i++) json_flat_free(&l->rec[i]);
}

/* The wall clock the library stamps records with (time() may be a coarse clock). */
static time_t now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return ts.tv_sec;
}

static void test_fields(void) {
  char p[512];
  path_in(p, sizeof p, "fields/a/b/logs/aws.log"); /* missing folders are created */
  time_t before = now_s();
  AwsErrorLog *log = aws_error_log_open(p);
  CHECK(log != NULL);
  if (log == NULL) return;
  for (size_t i = 0; i < COUNT(FIELDS); i++)
    CHECK_INT(aws_error_log_write(log, FIELDS[i].code, FIELDS[i].cls, FIELDS[i].msg,
                                  FIELDS[i].detail), 0);
  aws_error_log_close(log);
  time_t after = now_s();

  Lines l = {0};
  CHECK_INT(each_line(p, collect, &l), COUNT(FIELDS));
  CHECK_INT(l.bad, 0);
  CHECK_INT(l.n, COUNT(FIELDS));
  for (int i = 0; i < l.n && i < (int)COUNT(FIELDS); i++) {
    const Expect *e = &FIELDS[i];
    char code[16];
    snprintf(code, sizeof code, "%d", (int)e->code);
    CHECK_INT(l.rec[i].n, 7);
    CHECK_STR(json_get(&l.rec[i], "errorCode"), code);
    CHECK_STR(json_get(&l.rec[i], "level"), e->level);
    CHECK_STR(json_get(&l.rec[i], "category"), e->category);
    CHECK_STR(json_get(&l.rec[i], "exception"), e->cls ? e->cls : "");
    CHECK_STR(json_get(&l.rec[i], "msg"), e->msg ? e->msg : "");
    CHECK_STR(json_get(&l.rec[i], "detail"), e->detail ? e->detail : "");
    /* UTC, stamped while we wrote. */
    struct tm tm = {0};
    int ms;
    sscanf(json_get(&l.rec[i], "time"), "%d-%d-%d %d:%d:%d.%d", &tm.tm_year, &tm.tm_mon,
           &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &ms);
    tm.tm_year -= 1900, tm.tm_mon -= 1;
    time_t t = timegm(&tm);
    CHECK(t >= before - 1 && t <= after + 1); /* a second's slack for clock granularity */
  }
  lines_free(&l);
}

/* ---- hostile text cannot split or forge a record, and reads back exactly */

static void test_hostile(void) {
  char p[512];
  path_in(p, sizeof p, "hostile/aws.log");
  AwsErrorLog *log = aws_error_log_open_with(p, 1 << 20, 2);
  CHECK(log != NULL);
  if (log == NULL) return;
  for (size_t h = 0; h < HOSTILE_COUNT; h++)
    CHECK_INT(aws_error_log_write(log, 500, HOSTILE[h].in, HOSTILE[h].in, HOSTILE[h].in), 0);
  aws_error_log_close(log);

  Lines l = {0};
  CHECK_INT(each_line(p, collect, &l), HOSTILE_COUNT); /* one line each, none split */
  CHECK_INT(l.bad, 0);
  for (int i = 0; i < l.n && i < (int)HOSTILE_COUNT; i++) {
    const char *want = HOSTILE_OUT(HOSTILE[i]);
    CHECK_INT(l.rec[i].n, 7); /* no forged extra field */
    CHECK_STR(json_get(&l.rec[i], "errorCode"), "500");
    CHECK_STR(json_get(&l.rec[i], "exception"), want);
    CHECK_STR(json_get(&l.rec[i], "msg"), want);
    CHECK_STR(json_get(&l.rec[i], "detail"), want);
  }
  lines_free(&l);
}

/* ---- rolling, single writer: what is kept, in order */

typedef struct {
  int seq[4096];
  int n, bad;
} Seqs;

static void collect_seq(const char *line, size_t len, void *ctx) {
  Seqs *s = ctx;
  JsonFlat o;
  int v;
  if (parse_record(line, len, &o) == 0 && sscanf(json_get(&o, "msg"), "seq %d", &v) == 1 &&
      s->n < (int)COUNT(s->seq)) {
    s->seq[s->n++] = v;
  } else {
    s->bad++;
  }
  if (o.n) json_flat_free(&o);
}

static void write_seq(AwsErrorLog *log, int from, int to) {
  char msg[64];
  for (int i = from; i < to; i++) {
    snprintf(msg, sizeof msg, "seq %04d", i);
    CHECK_INT(aws_error_log_write(log, 500, "com.acme.RollTest", msg, "padding padding padding"), 0);
  }
}

/* Reads `base`, then checks: at most `backups` backups and none beyond; every file
 * at most max_bytes, and every backup nearly full (rolled only when needed); the
 * records, oldest file first, are the last ones written, in order, up to `last`. */
static void check_rolled(const char *base, unsigned backups, long long max_bytes,
                         long long record_len, int last) {
  char f[600];
  Seqs s = {.n = 0};
  int files = 0;
  for (unsigned i = backups; i >= 1; i--) {
    snprintf(f, sizeof f, "%s.%u", base, i);
    if (!exists(f)) continue;
    files++;
    long long size = file_size(f);
    CHECK(size <= max_bytes);
    CHECK(size > max_bytes - record_len);
    CHECK(each_line(f, collect_seq, &s) > 0);
  }
  snprintf(f, sizeof f, "%s.%u", base, backups + 1);
  CHECK(!exists(f));
  CHECK(file_size(base) <= max_bytes);
  CHECK(each_line(base, collect_seq, &s) > 0);
  CHECK_INT(files, backups); /* enough was written to fill them all */
  CHECK_INT(s.bad, 0);
  CHECK(s.n > 0);
  int gaps = 0;
  for (int i = 1; i < s.n; i++) gaps += s.seq[i] != s.seq[i - 1] + 1;
  CHECK_INT(gaps, 0);
  if (s.n > 0) CHECK_INT(s.seq[s.n - 1], last);
}

static void test_rolling(void) {
  char p[512];
  path_in(p, sizeof p, "roll/aws.log");
  AwsErrorLog *log = aws_error_log_open_with(p, 1024, 3);
  CHECK(log != NULL);
  if (log == NULL) return;
  write_seq(log, 0, 100);
  aws_error_log_close(log);
  /* Every record here has the same length: measure one. */
  char q[600];
  path_in(q, sizeof q, "roll-one/aws.log");
  log = aws_error_log_open(q);
  if (log) write_seq(log, 0, 1), aws_error_log_close(log);
  long long one = file_size(q);
  CHECK(one > 100 && one < 300);
  check_rolled(p, 3, 1024, one, 99);

  /* Reopening continues the same files. */
  log = aws_error_log_open_with(p, 1024, 3);
  CHECK(log != NULL);
  if (log) write_seq(log, 100, 150), aws_error_log_close(log);
  check_rolled(p, 3, 1024, one, 149);

  /* 0 backups: the file is emptied instead, nothing else created. */
  path_in(p, sizeof p, "roll0/aws.log");
  log = aws_error_log_open_with(p, 1024, 0);
  CHECK(log != NULL);
  if (log) write_seq(log, 0, 100), aws_error_log_close(log);
  snprintf(q, sizeof q, "%s.1", p);
  CHECK(!exists(q));
  Seqs s = {.n = 0};
  CHECK(each_line(p, collect_seq, &s) > 0);
  CHECK(file_size(p) <= 1024);
  CHECK(s.n > 0 && s.seq[s.n - 1] == 99 && s.seq[0] == 99 - s.n + 1);

  /* A record larger than max_bytes gets a file of its own. */
  path_in(p, sizeof p, "big/aws.log");
  log = aws_error_log_open_with(p, 256, 2);
  CHECK(log != NULL);
  if (log == NULL) return;
  char big[2000];
  memset(big, 'B', sizeof big - 1), big[sizeof big - 1] = '\0';
  CHECK_INT(aws_error_log_write(log, 403, "X", "before", NULL), 0);
  CHECK_INT(aws_error_log_write(log, 403, "X", big, NULL), 0);
  CHECK_INT(aws_error_log_write(log, 403, "X", "after", NULL), 0);
  aws_error_log_close(log);
  Lines l = {0};
  CHECK_INT(each_line(p, collect, &l), 1);
  snprintf(q, sizeof q, "%s.1", p);
  CHECK_INT(each_line(q, collect, &l), 1);
  CHECK(file_size(q) > 2000);
  snprintf(q, sizeof q, "%s.2", p);
  CHECK_INT(each_line(q, collect, &l), 1);
  if (l.n == 3) {
    CHECK_STR(json_get(&l.rec[0], "msg"), "after");
    CHECK_STR(json_get(&l.rec[1], "msg"), big);
    CHECK_STR(json_get(&l.rec[2], "msg"), "before");
  }
  CHECK_INT(l.bad, 0);
  lines_free(&l);
}

/* ---- the file changes under the journal */

static void test_file_events(void) {
  char p[512], dir[512];
  /* A torn last line (a writer killed mid-record) does not swallow our record. */
  path_in(p, sizeof p, "torn.log");
  FILE *f = fopen(p, "w");
  CHECK(f != NULL);
  if (f) fputs("{\"time\":\"2026-01-01 00:0", f), fclose(f);
  AwsErrorLog *log = aws_error_log_open(p);
  CHECK(log != NULL);
  if (log) {
    CHECK_INT(aws_error_log_write(log, 404, "X", "after torn", NULL), 0);
    aws_error_log_close(log);
  }
  Lines l = {.quiet = 1};
  CHECK_INT(each_line(p, collect, &l), 2);
  CHECK_INT(l.bad, 1); /* the torn line, reported by collect */
  if (l.n == 1) CHECK_STR(json_get(&l.rec[0], "msg"), "after torn");
  lines_free(&l);

  /* Removed file, then removed folder: recreated on the next write. */
  path_in(dir, sizeof dir, "vanish");
  path_in(p, sizeof p, "vanish/logs/aws.log");
  log = aws_error_log_open(p);
  CHECK(log != NULL);
  if (log == NULL) return;
  CHECK_INT(aws_error_log_write(log, 500, "X", "one", NULL), 0);
  CHECK_INT(unlink(p), 0);
  CHECK_INT(aws_error_log_write(log, 500, "X", "two", NULL), 0);
  l = (Lines){0};
  CHECK_INT(each_line(p, collect, &l), 1);
  if (l.n == 1) CHECK_STR(json_get(&l.rec[0], "msg"), "two");
  lines_free(&l);
  rm_rf(dir);
  CHECK_INT(aws_error_log_write(log, 500, "X", "three", NULL), 0);
  CHECK_INT(file_size(p) > 0, 1);

  /* An I/O error (the folder cannot be created: a file is in the way) is
   * returned, and writing resumes once the cause is gone. */
  rm_rf(dir);
  f = fopen(dir, "w");
  CHECK(f != NULL);
  if (f) fclose(f);
  CHECK_INT(aws_error_log_write(log, 500, "X", "lost", NULL), AWS_ERROR_ERR_IO);
  CHECK_INT(aws_error_log_write(log, 500, "X", "lost", NULL), AWS_ERROR_ERR_IO);
  CHECK_INT(unlink(dir), 0);
  CHECK_INT(aws_error_log_write(log, 500, "X", "four", NULL), 0);
  l = (Lines){0};
  CHECK_INT(each_line(p, collect, &l), 1);
  if (l.n == 1) CHECK_STR(json_get(&l.rec[0], "msg"), "four");
  lines_free(&l);
  aws_error_log_close(log);

  /* Disk full. */
  if (access("/dev/full", W_OK) == 0) {
    log = aws_error_log_open("/dev/full");
    CHECK(log != NULL);
    if (log) {
      CHECK_INT(aws_error_log_write(log, 500, "X", "m", "d"), AWS_ERROR_ERR_IO);
      CHECK_INT(aws_error_log_write(log, 500, "X", "m", "d"), AWS_ERROR_ERR_IO);
      aws_error_log_close(log);
    }
  } else {
    printf("test_journal: no writable /dev/full, disk-full case skipped\n");
  }
}

/* ---- cluster naming, end to end, with the platform's defaults */

static void test_cluster_journal(void) {
  char logs[512], p[512];
  path_in(logs, sizeof logs, "cluster/logs");
  int n = aws_error_log_path(logs, "node-2", p, sizeof p);
  CHECK(n > 0 && (size_t)n < sizeof p);
  AwsErrorLog *log = aws_error_log_open(p);
  CHECK(log != NULL);
  if (log) {
    CHECK_INT(aws_error_log_write(log, 761, "X", "stopping", NULL), 0);
    aws_error_log_close(log);
  }
  char want[600];
  snprintf(want, sizeof want, "%s/node-2.log", logs);
  CHECK_STR(p, want);
  Lines l = {0};
  CHECK_INT(each_line(want, collect, &l), 1);
  if (l.n == 1) CHECK_STR(json_get(&l.rec[0], "level"), "WARN");
  lines_free(&l);
  snprintf(want, sizeof want, "%s/aws.log", logs);
  CHECK(!exists(want));
}

/* ---- many threads, one handle, rolling on */

enum { THREADS = 8, MAX_RECORDS = 100000 };
static const int32_t THREAD_CODES[] = {403, 500, 550, 761, 800};
static int records = 2000;
static AwsErrorLog *shared_log;
static pthread_barrier_t start;

static void *worker(void *arg) {
  int t = (int)(intptr_t)arg;
  char cls[64], msg[256], detail[256];
  long failures = 0;
  snprintf(cls, sizeof cls, "com.acme.Worker%d", t);
  pthread_barrier_wait(&start);
  for (int i = 0; i < records; i++) {
    /* Every fifth message tries to split the line and forge a record. */
    snprintf(msg, sizeof msg, "t%d r%d%s", t, i,
             i % 5 == 0 ? " \"}\n{\"time\":\"x\",\"msg\":\"t0 r0\"}\n" : "");
    snprintf(detail, sizeof detail,
             "java.lang.IllegalStateException: r%d\n\tat com.acme.Worker%d.run(Worker.java:%d)", i,
             t, i);
    failures += aws_error_log_write(shared_log, THREAD_CODES[i % 5], cls, msg, detail) != 0;
  }
  return (void *)(intptr_t)failures;
}

typedef struct {
  unsigned short *seen; /* [THREADS][records] */
  int last[THREADS];    /* last record index seen per thread, reading oldest first */
  long bad, out_of_order, records;
} Census;

static void census_line(const char *line, size_t len, void *ctx) {
  Census *c = ctx;
  JsonFlat o;
  int t, i, n = 0;
  if (parse_record(line, len, &o) != 0) {
    c->bad++;
    return;
  }
  const char *msg = json_get(&o, "msg");
  char cls[64], code[16];
  if (sscanf(msg, "t%d r%d%n", &t, &i, &n) != 2 || t < 0 || t >= THREADS || i < 0 ||
      i >= records) {
    c->bad++;
  } else {
    snprintf(cls, sizeof cls, "com.acme.Worker%d", t);
    snprintf(code, sizeof code, "%d", (int)THREAD_CODES[i % 5]);
    const char *tail = i % 5 == 0 ? " \"}\n{\"time\":\"x\",\"msg\":\"t0 r0\"}\n" : "";
    c->bad += strcmp(msg + n, tail) != 0 || strcmp(json_get(&o, "exception"), cls) != 0 ||
              strcmp(json_get(&o, "errorCode"), code) != 0 || o.n != 7;
    c->seen[t * records + i]++;
    c->out_of_order += i <= c->last[t]; /* one thread's records stay in its order */
    c->last[t] = i;
    c->records++;
  }
  json_flat_free(&o);
}

/* Runs THREADS writers of `records` each on `base`; reads every file back. */
static void run_threads(const char *base, uint64_t max_bytes, unsigned backups, Census *c) {
  shared_log = aws_error_log_open_with(base, max_bytes, backups);
  CHECK(shared_log != NULL);
  if (shared_log == NULL) return;
  pthread_t th[THREADS];
  CHECK_INT(pthread_barrier_init(&start, NULL, THREADS), 0);
  for (intptr_t t = 0; t < THREADS; t++) CHECK_INT(pthread_create(&th[t], NULL, worker, (void *)t), 0);
  for (int t = 0; t < THREADS; t++) {
    void *failures;
    CHECK_INT(pthread_join(th[t], &failures), 0);
    CHECK_INT((intptr_t)failures, 0);
  }
  pthread_barrier_destroy(&start);
  aws_error_log_close(shared_log);

  c->seen = calloc((size_t)THREADS * (size_t)records, sizeof *c->seen);
  for (int t = 0; t < THREADS; t++) c->last[t] = -1;
  char f[600];
  long long longest = 600; /* generous bound on one record: a backup is nearly full */
  for (unsigned i = backups; i >= 1; i--) { /* oldest first */
    snprintf(f, sizeof f, "%s.%u", base, i);
    if (!exists(f)) continue;
    long long size = file_size(f);
    CHECK(size <= (long long)max_bytes);
    CHECK(size > (long long)max_bytes - longest);
    CHECK(each_line(f, census_line, c) > 0); /* > 0: ends with a line break, no torn record */
  }
  snprintf(f, sizeof f, "%s.%u", base, backups + 1);
  CHECK(!exists(f)); /* at most `backups` backups */
  CHECK(file_size(base) <= (long long)max_bytes);
  CHECK(each_line(base, census_line, c) >= 0);
  CHECK_INT(c->bad, 0);
  CHECK_INT(c->out_of_order, 0);
}

static void test_threads(void) {
  char p[512];
  const char *env = getenv("AWS_ERROR_TEST_RECORDS");
  if (env != NULL) records = atoi(env);
  if (records < 10 || records > MAX_RECORDS) records = 2000;

  /* Enough backups to keep everything: every record found exactly once. */
  path_in(p, sizeof p, "threads/aws.log");
  const uint64_t max_bytes = 32 * 1024;
  unsigned backups = (unsigned)((uint64_t)THREADS * (uint64_t)records * 400 / max_bytes) + 8;
  Census c = {0};
  run_threads(p, max_bytes, backups, &c);
  long missing = 0, duplicated = 0;
  for (long k = 0; c.seen && k < (long)THREADS * records; k++)
    missing += c.seen[k] == 0, duplicated += c.seen[k] > 1;
  CHECK_INT(missing, 0);
  CHECK_INT(duplicated, 0);
  CHECK_INT(c.records, (long)THREADS * records);
  char f[600];
  snprintf(f, sizeof f, "%s.%u", p, 3u);
  CHECK(exists(f)); /* it did roll, several times */
  printf("test_journal: %d threads x %d records, %ld missing, %ld duplicated\n", THREADS, records,
         missing, duplicated);
  free(c.seen);

  /* Few backups: the oldest are dropped, never more than 3 backups, and what
   * remains is whole, unique and in each thread's order. */
  path_in(p, sizeof p, "threads-few/aws.log");
  c = (Census){0};
  run_threads(p, 4096, 3, &c);
  duplicated = 0;
  for (long k = 0; c.seen && k < (long)THREADS * records; k++) duplicated += c.seen[k] > 1;
  CHECK_INT(duplicated, 0);
  CHECK(c.records > 3 * 4096 / 600); /* the three backups hold records */
  CHECK(c.records < (long)THREADS * records);
  free(c.seen);
}

int main(void) {
  /* Records are stamped in UTC whatever the local zone: make local time differ. */
  setenv("TZ", "Asia/Shanghai", 1);
  tzset();
  const char *tmp = getenv("TMPDIR");
  snprintf(root, sizeof root, "%s/aws_error_journal_XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (mkdtemp(root) == NULL) {
    perror("mkdtemp");
    return 1;
  }
  test_path();
  test_bad_arguments();
  test_fields();
  test_hostile();
  test_rolling();
  test_file_events();
  test_cluster_journal();
  test_threads();
  int rc = check_report("test_journal");
  if (rc == 0) rm_rf(root); /* kept on failure, to look at */
  else fprintf(stderr, "test_journal: files kept in %s\n", root);
  return rc;
}
