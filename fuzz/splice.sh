#!/usr/bin/env bash
# splice.sh FILE NAME SRC: replaces the lines between `<!-- NAME:begin -->` and
# `<!-- NAME:end -->` in FILE with the contents of SRC.
set -euo pipefail
file=$1 name=$2 src=$3
grep -q "<!-- $name:begin" "$file" || { echo "no $name markers in $file" >&2; exit 1; }
awk -v b="<!-- $name:begin" -v e="<!-- $name:end" -v src="$src" '
  index($0, b) == 1 { print; while ((getline l < src) > 0) print l; skip = 1; next }
  index($0, e) == 1 { skip = 0 }
  !skip' "$file" >"$file.tmp" && mv "$file.tmp" "$file"
