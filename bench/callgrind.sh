#!/bin/sh
# Instructions per decision under valgrind's callgrind (issue 6, benchmark 1):
# unlike decisions per second these counts repeat exactly on a loaded machine.
# bench_decide -n N evaluates N decisions without explanations in loop_bare(),
# N with in loop_explained() and N with them in Chinese only in
# loop_one_language(); their inclusive counts divided by N.
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
	/bench_decide\.c:loop_one_language / { gsub(",", "", $1); one = $1 }
	END { printf "bench callgrind: %.0f instructions per decision without explanations, " \
	             "%.0f with, %.0f with them in Chinese only (%d decisions each)\n", \
	             bare / n, explained / n, one / n, n }'

# Instructions per application of a batch (issue 6, benchmark 2, without the
# noise of wall time; one thread, so that all of it is counted):
# `geshibai evaluate --threads 1 --format xml` and
# `xmllint --stream --noout` on batches of 2,000 and 6,000 applications; the
# difference divided by 4,000 leaves out what each spends once (ICU and
# schema set-up).
total() {
	valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1
	callgrind_annotate "$out" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}
gen=${TMPDIR:-/tmp}/gsb-callgrind-batch.$$
trap 'rm -f "$out" "$gen".*' EXIT INT TERM
"$build/bench/gen_apps" 2000 2018 >"$gen.2k"
"$build/bench/gen_apps" 6000 2018 >"$gen.6k"
cli() { "$build/libtool" --mode=execute valgrind --tool=callgrind --callgrind-out-file="$out" \
	"$build/cli/geshibai" evaluate --threads 1 --format xml "$1" >/dev/null 2>&1
	callgrind_annotate "$out" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'; }
g2=$(cli "$gen.2k"); g6=$(cli "$gen.6k")
x2=$(total xmllint --stream --noout "$gen.2k"); x6=$(total xmllint --stream --noout "$gen.6k")
awk -v g2="$g2" -v g6="$g6" -v x2="$x2" -v x6="$x6" 'BEGIN {
	g = (g6 - g2) / 4000; x = (x6 - x2) / 4000
	printf "bench callgrind: %.0f instructions per application for geshibai evaluate " \
	       "--threads 1 --format xml, %.0f for xmllint --stream (ratio %.2fx)\n", g, x, g / x }'
