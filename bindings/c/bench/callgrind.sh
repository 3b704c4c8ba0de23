#!/usr/bin/env bash
# Instructions per call of each benchmarked function, counted by callgrind: unlike
# the timings, deterministic, so the ratios hold on a loaded machine too.
# Prints a Markdown subsection. Usage: callgrind.sh BENCH_BINARY [ITERS]
set -euo pipefail
bench=$1
iters=${2:-20000}
warmup=10000 # aws_error_bench's WARMUP: calls before the measured ones
out=$(mktemp)
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" "$bench" --reps 1 --iters "$iters" >/dev/null 2>&1
# Inclusive Ir of each b_* loop (the bench's functions), per call.
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null |
  awk -v calls=$((iters + warmup)) '
    match($0, /:b_[a-z0-9_]+ /) {
      name = substr($0, RSTART + 1, RLENGTH - 2); ir = $1; gsub(",", "", ir)
      per[name] = ir / calls
    }
    END {
      split("describe category name info code_simple code_internal code_mapped60 response_json response_code sqlite3_errstr strerror_r", order, " ")
      label["describe"] = "aws_error_describe"; label["category"] = "aws_error_category"
      label["name"] = "aws_error_name"; label["info"] = "aws_error_info"
      label["code_simple"] = "aws_error_code_for_exception (simple)"
      label["code_internal"] = "aws_error_code_for_exception (internal)"
      label["code_mapped60"] = "aws_error_code_for_exception (60-byte registered)"
      label["response_json"] = "aws_response_error_json + free"
      label["response_code"] = "aws_response_error_code"
      label["sqlite3_errstr"] = "peer: sqlite3_errstr"; label["strerror_r"] = "peer: strerror_r (XSI)"
      base = per["b_sqlite3_errstr"]
      if (base == 0) { print "callgrind.sh: no sqlite3_errstr count" > "/dev/stderr"; exit 1 }
      print "### Instructions per call (callgrind, deterministic)\n"
      print "Counted by `valgrind --tool=callgrind` over " calls " calls each, the benchmark loop included (about 7 instructions)."
      print "Instructions are not time (a cache miss or a mispredicted branch costs more than one), but unlike the timings they do not move with the machine'"'"'s load.\n"
      print "| function | instructions/call | × sqlite3_errstr |"
      print "| --- | ---: | ---: |"
      for (i = 1; i in order; i++) {
        k = "b_" order[i]
        if (!(k in per)) { print "callgrind.sh: no count for " k > "/dev/stderr"; exit 1 }
        printf "| `%s` | %.1f | %.2f |\n", label[order[i]], per[k], per[k] / base
      }
      print ""
    }'
