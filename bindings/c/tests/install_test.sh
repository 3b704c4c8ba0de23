#!/usr/bin/env bash
# `make install` into a temporary prefix (and once more with DESTDIR), then the
# example built against the installed copy via pkg-config and via find_package.
# Usage: install_test.sh REPO_ROOT WORK_DIR
set -euo pipefail
root=$(cd "$1" && pwd)
work=$2
rm -rf "$work" && mkdir -p "$work"
prefix="$work/prefix"
version=$(sed -n 's/^version *= *"\([0-9.]*\)".*/\1/p' "$root/Cargo.toml" | head -n1)
major=${version%%.*}
example="$root/bindings/c/examples/aws_error_example.c"
# ctest runs inside `make test-c`; the nested make must not inherit its jobserver.
unset MAKEFLAGS MFLAGS MAKELEVEL

fail() { echo "install_test: $*" >&2; exit 1; }
expect() { # expect FILE TEXT: FILE contains TEXT
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 lacks: $2"; }
}

make -C "$root" --no-print-directory install PREFIX="$prefix" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log" >&2; fail "make install failed"; }

pc=$(find "$prefix" -name aws_error.pc)
[ -n "$pc" ] || fail "aws_error.pc not installed"
export PKG_CONFIG_PATH=$(dirname "$pc")
libdir=$(pkg-config --variable=libdir aws_error)
[ "$(pkg-config --modversion aws_error)" = "$version" ] || fail "pkg-config version is not $version"
case "$libdir" in "$prefix"/*) ;; *) fail "libdir $libdir is outside $prefix" ;; esac

# The library, its soname and the symlinks.
real="$libdir/libaws_error.so.$version"
[ -f "$real" ] && [ ! -L "$real" ] || fail "$real is not a regular file"
[ "$(readlink "$libdir/libaws_error.so.$major")" = "libaws_error.so.$version" ] || fail "bad soname link"
[ "$(readlink "$libdir/libaws_error.so")" = "libaws_error.so.$major" ] || fail "bad dev link"
# Never `cmd | grep -q` under pipefail: grep exits at the first match, and the
# writer's SIGPIPE then fails the pipeline (a flaky failure). Read the output whole.
grep -q "SONAME.*\[libaws_error.so.$major\]" <<<"$(readelf -d "$real")" || fail "soname is not libaws_error.so.$major"
[ -f "$libdir/libaws_error.a" ] || fail "static library missing"
cmp -s "$prefix/include/aws_error.h" "$root/include/aws_error.h" || fail "header differs"
[ -f "$libdir/cmake/aws_error/aws_errorConfig.cmake" ] || fail "CMake package missing"
[ -f "$libdir/cmake/aws_error/aws_errorConfigVersion.cmake" ] || fail "CMake version file missing"

check_example() { # check_example BINARY
  rm -rf "$work/logs"
  AWS_ERROR_LOGS_DIR="$work/logs" "$1" >"$work/out.txt" || fail "$1 failed"
  expect "$work/out.txt" "aws-error $version"
  expect "$work/out.txt" 'body:    {"result":"error","errorCode":"403","msg":"流程已经挂起，操作被拒绝"}'
  expect "$work/out.txt" 'aws.log: {"time":"'
  [ "$(wc -l <"$work/logs/aws.log")" -eq 10 ] || fail "the journal does not hold the 10 demo records"
  expect "$work/out.txt" "-> 403 访问被拒绝 (Forbidden)"
  expect "$work/out.txt" "-> 404 找不到资源对象 (Not Find Resource)"
  expect "$work/out.txt" "-> 550 业务错误 (BPMN Error)"
  expect "$work/out.txt" "The catalogue (27 codes)"
  "$1" com.acme.Sub com.actionsoft.exception.AWSQuotaException >"$work/out.txt" || fail "$1 CLASS failed"
  expect "$work/out.txt" "-> 800 许可配额限制 (Quota Limit)"
  if "$1" "com..Bad" >"$work/out.txt" 2>&1; then fail "$1 accepted a malformed name"; fi
  expect "$work/out.txt" "not a Java class name"
}

# 1. pkg-config, the way a Makefile-based project builds.
# shellcheck disable=SC2046
cc -Wall -Wextra -Werror $(pkg-config --cflags aws_error) "$example" -o "$work/example_pc" \
  $(pkg-config --libs aws_error) -Wl,-rpath,"$libdir"
grep -qF "$libdir/libaws_error.so.$major" <<<"$(ldd "$work/example_pc")" || fail "example_pc does not use the installed library"
check_example "$work/example_pc"

# 2. find_package(aws_error), shared and static targets.
cmake -S "$root/bindings/c/tests/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
  -DEXAMPLE_SOURCE="$example" -DEXPECTED_VERSION="$version" >"$work/consumer.log" 2>&1 || { cat "$work/consumer.log" >&2; fail "consumer configure failed"; }
cmake --build "$work/consumer" >>"$work/consumer.log" 2>&1 || { cat "$work/consumer.log" >&2; fail "consumer build failed"; }
grep -qF "$libdir/libaws_error.so.$major" <<<"$(ldd "$work/consumer/example_shared")" || fail "example_shared does not use the installed library"
if grep -q libaws_error <<<"$(ldd "$work/consumer/example_static")"; then fail "example_static is not static"; fi
check_example "$work/consumer/example_shared"
check_example "$work/consumer/example_static"

# 3. DESTDIR stages the same tree without touching PREFIX itself.
stage="$work/stage"
staged_prefix="$work/not-created/usr/local"
DESTDIR="$stage" make -C "$root" --no-print-directory install PREFIX="$staged_prefix" >"$work/install-destdir.log" 2>&1 ||
  { cat "$work/install-destdir.log" >&2; fail "make install DESTDIR failed"; }
[ ! -e "$staged_prefix" ] || fail "DESTDIR install wrote into PREFIX"
staged_pc=$(find "$stage" -name aws_error.pc)
[ -n "$staged_pc" ] || fail "aws_error.pc not staged"
expect "$staged_pc" "prefix=$staged_prefix"
if grep -qF "$stage" "$staged_pc"; then fail "staged .pc mentions DESTDIR"; fi
[ -f "$(dirname "$(dirname "$staged_pc")")/libaws_error.so.$version" ] || fail "library not staged"

echo "install_test: ok ($prefix)"
