#!/bin/sh
# Batch benchmarks (issue 6, benchmarks 2 and 3): `geshibai evaluate --format xml`
# (and, at the first size, `--format json` against it)
# on generated batch files against `xmllint --stream --noout` (libxml2's own
# streaming parse, the floor): wall-time ratio and peak memory, at 100,000 and
# 1,000,000 applications, as the command runs by default (--threads 2, reading
# ahead on a second thread, when more than one processor may be used); at
# 100,000 also with --threads 1. Each time is the best of three runs, so that
# a moment of load on a shared machine does not decide the figure.
# Usage: bench_batch.sh [BUILDDIR] [N1 N2]
set -eu
build=${1:-.}
n1=${2:-100000}
n2=${3:-1000000}
tmp=${TMPDIR:-/tmp}/gsb-bench.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM

# run CMD...: prints "SECONDS KILOBYTES" (wall time, peak resident set)
run() {
	/usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || {
		echo "bench: $* failed:" >&2; tail -n 5 "$tmp/err" >&2; exit 3; }
	cat "$tmp/time"
}

# best CMD...: the best of three runs (least wall time; its peak memory)
best() {
	for i in 1 2 3; do run "$@"; done | sort -n | head -n 1
}

ratio() {
	awk "BEGIN{printf \"%.2f\", $1/($2>0?$2:0.01)}"
}

for n in "$n1" "$n2"; do
	f="$tmp/batch-$n.xml"
	"$build/bench/gen_apps" "$n" 2018 >"$f"
	set -- $(best "$build/cli/geshibai" evaluate --format xml "$f"); gt=$1; gm=$2
	set -- $(best xmllint --stream --noout "$f"); xt=$1; xm=$2
	size=$(du -m "$f" | cut -f1)
	echo "bench batch: $n applications ($size MB): geshibai ${gt}s ${gm}KB peak," \
	     "xmllint --stream ${xt}s ${xm}KB peak, ratio $(ratio "$gt" "$xt")x" \
	     "(target <= 1.5x; $(nproc) processors)"
	if [ "$n" = "$n1" ]; then
		set -- $(best "$build/cli/geshibai" evaluate --threads 1 --format xml "$f"); t1=$1; m1=$2
		echo "bench batch: $n applications, --threads 1: geshibai ${t1}s ${m1}KB peak," \
		     "ratio $(ratio "$t1" "$xt")x (target <= 1.5x)"		# the JSON report against the XML one (lib/jw.c; issue 16: within 1.3x)
		set -- $(best "$build/cli/geshibai" evaluate --format json "$f"); jt=$1; jm=$2
		echo "bench batch: $n applications, --format json ${jt}s ${jm}KB peak against" \
		     "--format xml ${gt}s: ratio $(ratio "$jt" "$gt")x (target <= 1.3x)"
	fi
	eval "mem_$n=$gm"
	rm -f "$f"
done
eval "a=\$mem_$n1 b=\$mem_$n2"
echo "bench memory: peak ${a}KB at $n1, ${b}KB at $n2" \
     "($(awk "BEGIN{printf \"%+.1f\", ($b-$a)*100/$a}")%; target within 10%)"
