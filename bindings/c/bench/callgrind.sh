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
# Each b_* loop of the bench: inclusive Ir (loop + callee) and self Ir (the loop).
{
  callgrind_annotate --inclusive=yes --threshold=100 "$out" | sed 's/^/incl /'
  callgrind_annotate --inclusive=no --threshold=100 "$out" | sed 's/^/self /'
} 2>/dev/null |
  awk -v calls=$((iters + warmup)) '
    match($0, /:b_[a-z0-9_]+ /) {
      name = substr($0, RSTART + 1, RLENGTH - 2); ir = $2; gsub(",", "", ir)
      if ($1 == "incl") incl[name] = ir / calls; else self[name] = ir / calls
    }
    END {
      split("describe category name info code_simple code_internal code_mapped60 response_json response_code sqlite3_errstr strerror_r", order, " ")
      fn_of["describe"] = "aws_error_describe"; fn_of["category"] = "aws_error_category"
      fn_of["name"] = "aws_error_name"; fn_of["info"] = "aws_error_info"
      fn_of["code_simple"] = fn_of["code_internal"] = fn_of["code_mapped60"] = "aws_error_code_for_exception"
      note["code_simple"] = " (simple)"; note["code_internal"] = " (internal)"
      note["code_mapped60"] = " (60-byte registered)"
      fn_of["response_json"] = "aws_response_error_json"; note["response_json"] = " + free"
      fn_of["response_code"] = "aws_response_error_code"
      fn_of["sqlite3_errstr"] = "sqlite3_errstr"; fn_of["strerror_r"] = "strerror_r"; note["strerror_r"] = " (XSI)"
      k = "b_sqlite3_errstr"
      if (!(k in incl) || !(k in self)) { print "callgrind.sh: no sqlite3_errstr count" > "/dev/stderr"; exit 1 }
      base_all = incl[k]; base_fn = incl[k] - self[k]
      print "### Instructions per call (callgrind, deterministic)\n"
      print "Counted by `valgrind --tool=callgrind` over " calls " calls each: per call with the benchmark loop (call, PLT jump, input, result), and in the called function alone."
      print "Instructions are not time (a cache miss or a mispredicted branch costs more than one), but unlike the timings they do not move with the machine'"'"'s load.\n"
      print "| function | instructions/call | in the function | × sqlite3_errstr (per call) | × sqlite3_errstr (function) |"
      print "| --- | ---: | ---: | ---: | ---: |"
      for (i = 1; i in order; i++) {
        k = "b_" order[i]
        if (!(k in incl) || !(k in self)) { print "callgrind.sh: no count for " k > "/dev/stderr"; exit 1 }
        fn = incl[k] - self[k]
        printf "| %s`%s`%s | %.1f | %.1f | %.2f | %.2f |\n", order[i] ~ /sqlite|strerror/ ? "peer: " : "",
          fn_of[order[i]], note[order[i]], incl[k], fn, incl[k] / base_all, fn / base_fn
      }
      print ""
    }'
