#!/bin/sh
# Run every libFuzzer target for SECONDS (default 60) and print the number of
# executions of each. Build them first with `make fuzz`.
#
#   tests/fuzz/run.sh [SECONDS]
#
# Environment: GSB_BUILDDIR (build tree holding tests/fuzz/fuzz_*, default
# "."), GSB_SRCDIR (source tree, default: two levels above this script),
# FUZZ_JOBS (targets run at once, default 2), FUZZ_OUT (where corpora, logs
# and crash files go, default $GSB_BUILDDIR/tests/fuzz/corpus).
#
# Seed corpora are copied at run time: XML documents from examples/ and
# tests/hostile/ by their root element, codes and names written here. The
# run fails (exit 1) when a target finds a crash, a leak, UB or a timeout;
# the reproducer is left in $FUZZ_OUT/TARGET/crashes/.
set -u
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
src=${GSB_SRCDIR:-$(cd "$here/../.." && pwd)}
build=${GSB_BUILDDIR:-.}
bin="$build/tests/fuzz"
out=${FUZZ_OUT:-$bin/corpus}
jobs=${FUZZ_JOBS:-2}
targets="fuzz_application fuzz_ledger fuzz_params fuzz_uscc fuzz_lookup fuzz_batch"
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

for t in $targets; do
	if [ ! -x "$bin/$t" ]; then
		echo "run.sh: $bin/$t not built (run make fuzz)" >&2
		exit 2
	fi
done

# ---- seeds: each document goes to the target that reads its root element
seed() { # TARGET NAME CONTENT-FILE
	mkdir -p "$out/$1/seeds"
	cp "$3" "$out/$1/seeds/$2" 2>/dev/null || true
}
for t in $targets; do mkdir -p "$out/$t/seeds" "$out/$t/corpus" "$out/$t/crashes"; done
for f in "$src"/examples/*.xml "$src"/examples/*/*.xml "$src"/tests/hostile/*.xml; do
	[ -f "$f" ] || continue
	name=$(echo "$f" | sed "s|^$src/||; s|/|_|g")
	root=$(sed -n 's/^[^<]*<\([a-z][a-zA-Z]*\)[ >].*/\1/p' "$f" | grep -v '^xml$' | head -n 1)
	case $root in
	application | applications) seed fuzz_application "$name" "$f" ;;
	ledger) seed fuzz_ledger "$name" "$f" ;;
	parameters) seed fuzz_params "$name" "$f" ;;
	*) seed fuzz_application "$name" "$f" ;;
	esac
done
# JSON applications (fuzz_application sniffs them): the examples, and arrays
# broken where the reader starts again at the next element (docs/json.md)
for f in "$src"/examples/json/*.json "$src"/examples/json/*.jsonl; do
	[ -f "$f" ] && seed fuzz_application "json_$(basename "$f")" "$f"
done
mkdir -p "$out/fuzz_application/seeds"
i=0
for doc in '[{"id":"A","applicant":{},"platform":{}},{"id":"B","year":2019,,"x":1},
{"id":"C","applicant":{"name":"open},"platform":{}},
{"id":"D","applicant":{"name":"x"]},"platform":{}},
{"id":"E","platform":{},
{"id":"F"},,{"id":"G"} {"id":"H"},"I",5x,[1]]' \
	'[{"id":"A","listings":[{"kind":"x"},{"id":"B"}]' '[{"a":"\"]},{\u0041"},]
x' '[[[[[[[[{"id":"A"}]]]]' '[{"id":"A"}]]]],{'; do
	printf '%s' "$doc" >"$out/fuzz_application/seeds/json$i"
	i=$((i + 1))
done
# something for every XML target even without examples/
for t in fuzz_application fuzz_ledger fuzz_params; do
	[ -n "$(ls "$out/$t/seeds")" ] || seed "$t" good.xml "$src/tests/hostile/good.xml"
done
i=0
for code in 91370200718018514D 91370214MAJ2G3YWUC 91370200718018514d 913702007180185140 \
	'９１３７０２００７１８０１８５１４Ｄ' '' 'not a code' 2019-06-14 12345.67 -0.01 \
	92233720368547758.07; do
	printf '%s' "$code" >"$out/fuzz_uscc/seeds/s$i"
	i=$((i + 1))
done
i=0
for name in 高端装备 高端裝備 ＨＩＧＨ－ＥＮＤ－ＥＱＵＩＰＭＥＮＴ new-generation-it '现 代 金 融' 纺织 textiles \
	remote-maintenance 'Smart Ocean' 𠀀科技 '' 'ǅ'; do
	printf '%s' "$name" >"$out/fuzz_lookup/seeds/s$i"
	i=$((i + 1))
done
i=0
# fuzz_batch: encoding choice, damaged application, damage bytes (fuzz_batch.c)
for seed in '\000\002N' '\001\000\000\330A\000' '\002\004\330\000\000A' '\003\001\201 ' \
	'\004\003\2010 ' '\006\002\245' '\000\001\377&amp' '\020\000GB18030' '\021\003X-NOPE' \
	'\022\001UTF-32' '\010\004]]>'; do
	printf "$seed" >"$out/fuzz_batch/seeds/s$i"
	i=$((i + 1))
done

# ---- run
run_one() {
	t=$1
	dict=
	case $t in fuzz_application | fuzz_ledger | fuzz_params) dict="-dict=$here/xml.dict" ;; esac
	"$bin/$t" $dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
		-max_len=65536 -print_final_stats=1 -artifact_prefix="$out/$t/crashes/" \
		"$out/$t/corpus" "$out/$t/seeds" >"$out/$t.log" 2>&1
	echo $? >"$out/$t.rc"
}
start=$(date +%s)
running=0
for t in $targets; do
	run_one "$t" &
	running=$((running + 1))
	if [ "$running" -ge "$jobs" ]; then
		wait
		running=0
	fi
done
wait

status=0
total=0
for t in $targets; do
	rc=$(cat "$out/$t.rc" 2>/dev/null || echo 99)
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log" | tail -n 1)
	[ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$out/$t.log" | tail -n 1)
	[ -n "$execs" ] || execs=0
	total=$((total + execs))
	cov=$(grep -E '^#[0-9]+' "$out/$t.log" | tail -n 1 | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
	if [ "$rc" -eq 0 ]; then
		printf '%-18s %10s executions  cov %s  ok\n' "$t" "$execs" "${cov:-?}"
	else
		status=1
		printf '%-18s %10s executions  FAILED (exit %s), log %s\n' "$t" "$execs" "$rc" "$out/$t.log"
		grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$out/$t.log" | head -n 8 | sed 's/^/    /'
	fi
done
echo "fuzz: $total executions in $(($(date +%s) - start)) s over 6 targets (${seconds} s each)"
exit $status
