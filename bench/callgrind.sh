#!/bin/sh
# Instructions per decision under valgrind's callgrind (issue 6, benchmark 1):
# unlike decisions per second these counts repeat exactly on a loaded machine.
# bench_decide -n N evaluates N decisions without explanations in loop_bare()
# and N with in loop_explained(); their inclusive counts divided by N.
# Usage: callgrind.sh [BUILDDIR] [N]
set -eu
build=${1:-.}
n=${2:-20480}
if ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
	echo "bench callgrind: valgrind not installed, skipped"
	exit 0
fi
out=${TMPDIR:-/tmp}/gsb-callgrind.$$
trap 'rm -f "$out"' EXIT INT TERM
"$build/libtool" --mode=execute valgrind --tool=callgrind --callgrind-out-file="$out" \
	"$build/bench/bench_decide" -n "$n" >/dev/null 2>&1
callgrind_annotate --inclusive=yes "$out" | awk -v n="$n" '
	/bench_decide\.c:loop_bare / { gsub(",", "", $1); bare = $1 }
	/bench_decide\.c:loop_explained / { gsub(",", "", $1); explained = $1 }
	END { printf "bench callgrind: %.0f instructions per decision without explanations, " \
	             "%.0f with (%d decisions each)\n", bare / n, explained / n, n }'
