#!/usr/bin/env bash
# Installs the Debian packages the C side needs when a tool is missing (CI runs
# on fresh machines). Does nothing when everything is there.
# Usage: deps.sh [--test|--bench]   (--test: also what the test suite needs;
#                                     --bench: what `make bench-c` needs)
set -euo pipefail
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_file() { [ -e "$1" ] || missing+=("$2"); }
need cmake cmake
need cc gcc
if [ "${1:-}" = --test ]; then # only the tests use these
  need pkg-config pkgconf
  need valgrind valgrind
  need readelf binutils
fi
if [ "${1:-}" = --bench ]; then # the peer, stripping, instruction counts
  need_file /usr/include/sqlite3.h libsqlite3-dev
  need strip binutils
  need valgrind valgrind
  need callgrind_annotate valgrind
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps.sh: installing ${missing[*]}" >&2
sudo=
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps.sh: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q "${missing[@]}"
