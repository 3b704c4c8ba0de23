#!/usr/bin/env bash
# Runs every fuzz target, one after another (the machine may have 2 cores), for
# RUNS executions each, and writes the figures as a Markdown table to OUT.
# Usage: fuzz/hardening.sh [RUNS] [OUT]   (default 10000000, target/hardening/fuzz.md)
#        fuzz/hardening.sh --table RUNS OUT: only rebuild the table from the logs
#        of a run that was stopped early (targets without a log: "not run").
# A crash stops that target (libFuzzer's default); its input lands in
# fuzz/artifacts/<target>/ and becomes a regression in fuzz/regressions/<target>/.
set -uo pipefail
table_only=0
[ "${1:-}" = --table ] && { table_only=1; shift; }
runs=${1:-10000000}
out=${2:-target/hardening/fuzz.md}
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# No sanitizer: the targets are safe Rust over the core; its unsafe code is
# checked by Miri and the C suite's ASan/valgrind runs. This roughly doubles exec/s.
fuzz() { cargo fuzz "$1" --fuzz-dir fuzz --sanitizer none "${@:2}"; }
[ $table_only = 1 ] || fuzz build || exit 1
mkdir -p "$(dirname "$out")"
rows=() failed=0
for t in $(cargo fuzz list --fuzz-dir fuzz); do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  log="$(dirname "$out")/fuzz-$t.log"
  before=$(find "fuzz/artifacts/$t" -type f | wc -l)
  rc=0
  if [ $table_only = 0 ]; then
    fuzz run "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- -runs="$runs" -print_final_stats=1 >"$log" 2>&1
    rc=$?
  elif [ ! -s "$log" ]; then
    rows+=("| \`$t\` | not run | | | |"); continue
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  # Stopped early (interrupted, or a crash): the last progress line's count.
  [ -z "$execs" ] && execs="$(tr '\r' '\n' <"$log" | sed -n 's/^#\([0-9]*\).*/\1/p' | tail -1) (stopped early)"
  crashes=$(( $(find "fuzz/artifacts/$t" -type f | wc -l) - before ))
  [ $table_only = 1 ] && crashes=$(grep -c -E '^==[0-9]+== (ERROR|libFuzzer: deadly signal)|panicked at' "$log")
  [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ] && crashes="? (exit $rc, see $log)"
  [ "$rc" -ne 0 ] && failed=1
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  echo "$t: $execs executions in ${secs:-?} s, crashes: $crashes"
  rows+=("| \`$t\` | $execs | ${secs:-} | $corpus | $crashes |")
done
{
  note=""; [ $table_only = 1 ] && note=" Rebuilt from the logs of a run stopped early."
  echo "Last run: $(date -u '+%Y-%m-%d %H:%M UTC'), \`-runs=$runs\` per target, $(nproc) cores, cargo-fuzz $(cargo fuzz --version | awk '{print $2}'), no sanitizer.$note"
  echo
  echo "| target | executions | seconds | corpus entries | crashes |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} >"$out"
exit $failed
