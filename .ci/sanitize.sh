#!/bin/bash
# Hardening CI for libgeshibai (issue 5, docs/security.md). Stages:
#
#   asan      out-of-tree clang build with AddressSanitizer + UBSan, make check
#             of the C suites (bindings disabled), hostile.sh included
#   valgrind  plain build; every tests/check_* under valgrind memcheck
#             (CK_FORK=no, --leak-check=full, --error-exitcode=1), and the
#             command over every tests/hostile/*.xml
#   fuzz      make fuzz; tests/fuzz/run.sh SECONDS (60) for each target
#   tsan      clang -fsanitize=thread build of the library + check_threads, and
#             geshibai evaluate --threads 2 (the read-ahead thread) on batches
#   pyasan    gcc AddressSanitizer + UBSan build of the library and the Python
#             binding; the binding's thread stress tests (test_threads.py)
#             with the sanitizer runtime preloaded into python3
#   distcheck make distcheck
#   serve     geshibai serve under ASan+UBSan (the asan build, else its own),
#             then under valgrind memcheck: the hostile-request tests of
#             tests/serve.py (stalled uploads, malformed HTTP, oversize and
#             endless bodies, token, SIGTERM); the service must exit 0 clean
#
# Usage: .ci/sanitize.sh [STAGE...]   (default: all, in the order above)
# Environment: FUZZ_SECONDS (60), GSB_SANITIZE_DIR (work directory, default a
# new /tmp/gsb-sanitize.XXXXXX), JOBS (default nproc). Prints the elapsed
# time of every stage; exits 1 when any stage failed. Works on a fresh clone
# or on a tree configured in place: it builds from a pristine copy of the
# sources (git ls-files), running autoreconf there.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
fuzz_seconds=${FUZZ_SECONDS:-60}
work=${GSB_SANITIZE_DIR:-$(mktemp -d /tmp/gsb-sanitize.XXXXXX)}
mkdir -p "$work"
stages=${*:-asan valgrind fuzz tsan pyasan distcheck serve}
summary=()
faults=()
overall=0
t_all=$(date +%s)

say() { printf '\n=== sanitize: %s\n' "$*"; }
stage() { # NAME FUNCTION
	local name=$1 start rc
	say "$name (started $(date +%H:%M:%S))"
	start=$(date +%s)
	( set -e; "$2" ) 2>&1 | tee "$work/stage-$name.log"
	rc=${PIPESTATUS[0]}
	local secs=$(($(date +%s) - start))
	local result=passed
	[ $rc -eq 0 ] || {
		result="FAILED ($rc)"
		overall=1
		# CI shows only the end of the output: keep the lines that name the fault for the summary
		faults+=("--- $name failed; the lines that name the fault:"
			"$(grep -E -i 'FAILED|error|undefined reference|lost in|Invalid (read|write)|Assertion|^[0-9]+%: Checks' \
				"$work/stage-$name.log" | grep -v -E ': clean$' | head -n 40)")
	}
	summary+=("$(printf '%-10s %-12s %4d s' "$name" "$result" "$secs")")
	say "$name: $result in ${secs} s"
}

# ---- a pristine copy of the sources (tracked and new files, nothing generated)
src="$work/src"
prepare() {
	rm -rf "$src"
	mkdir -p "$src"
	(cd "$top" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | tar -xf - -C "$src"
	if [ -x "$top/configure" ] && [ -f "$top/Makefile.in" ] && [ -d "$top/build-aux" ]; then
		# reuse the generated build system (mtimes kept: make does not rerun automake)
		(cd "$top" && { ls configure aclocal.m4 config.h.in 2>/dev/null; find build-aux m4 -type f;
		                find . -name Makefile.in -not -path './autom4te.cache/*'; } |
		              tar -T - -cf -) | tar -xf - -C "$src"
	else
		(cd "$src" && autoreconf -fi >/dev/null 2>&1)
	fi
	[ -x "$src/configure" ]
}

configure_opts() {
	if "$src/configure" --help | grep -q -- '--enable-python'; then
		echo --disable-python --disable-java
	fi
}

export GSB_SRCDIR="$src"

# ---- AddressSanitizer + UndefinedBehaviorSanitizer over make check
asan() {
	local b="$work/asan"
	rm -rf "$b" && mkdir -p "$b" && cd "$b"
	# shellcheck disable=SC2046
	"$src/configure" -q CC=clang \
		CFLAGS='-fsanitize=address,undefined -fno-omit-frame-pointer -g -O1' \
		LDFLAGS='-fsanitize=address,undefined' $(configure_opts)
	export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0
	export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
	make -j"$jobs" >build.log 2>&1 || { tail -n 40 build.log; return 1; }
	if ! make -j"$jobs" check >check.log 2>&1; then
		grep -E '^(FAIL|ERROR|XPASS)' check.log | head -n 40
		[ -f test-suite.log ] && tail -n 120 test-suite.log
		return 1
	fi
	grep -E '^# (TOTAL|PASS|FAIL|ERROR|SKIP)' check.log | tail -n 6
}

# ---- valgrind memcheck over the Check suites and the command
plain_build() {
	local b="$work/plain"
	if [ ! -f "$b/.built" ]; then
		rm -rf "$b" && mkdir -p "$b" && cd "$b"
		"$src/configure" -q
		make -j"$jobs" >build.log 2>&1 || { tail -n 40 build.log; return 1; }
		make -j"$jobs" check TESTS= >build-check.log 2>&1 || { tail -n 40 build-check.log; return 1; }
		touch .built
	fi
}

valgrind_one() { # BINARY: 0 clean, else the log is printed
	local t=$1 log rc=0
	log="$work/plain/$(basename "$t").valgrind.log"
	CK_FORK=no GSB_THREAD_ROUNDS=3 GSB_BUILDDIR="$work/plain" ./libtool --mode=execute \
		valgrind --leak-check=full --error-exitcode=1 --track-origins=yes \
		--suppressions="$top/.ci/valgrind.supp" "$t" >"$log" 2>&1 || rc=$?
	if [ $rc -eq 0 ]; then
		echo "valgrind $(basename "$t"): clean"
	else
		echo "valgrind $(basename "$t"): FAILED (exit $rc)"
		grep -E '==[0-9]+== (Invalid|Conditional|Use of|Mismatched|Syscall|.*definitely lost|.*indirectly lost|.*possibly lost)|^[0-9]+%: Checks|Failures|Errors' "$log" | head -n 20
		grep -A 12 -E 'definitely lost in|Invalid (read|write)' "$log" | head -n 60
	fi
	return $rc
}

valgrind_stage() {
	plain_build
	cd "$work/plain"
	local failed=0 t f rc
	for t in tests/check_*; do
		case $t in *.o | *.log | *.trs | *.c) continue ;; esac
		[ -f "$t" ] && [ -x "$t" ] || continue
		valgrind_one "$t" || failed=1
	done
	# the command over every hostile input: no memory error, no leak
	local n=0 bad=0
	for f in "$src"/tests/hostile/*.xml; do
		n=$((n + 1))
		rc=0
		./libtool --mode=execute valgrind -q --leak-check=full --error-exitcode=99 \
			--suppressions="$top/.ci/valgrind.supp" \
			cli/geshibai evaluate --format json "$f" >/dev/null 2>"$work/plain/cli.valgrind.log" || rc=$?
		if [ $rc -eq 99 ] || [ $rc -ge 124 ]; then
			bad=$((bad + 1))
			echo "valgrind geshibai evaluate $(basename "$f"): FAILED (exit $rc)"
			head -n 40 "$work/plain/cli.valgrind.log"
		fi
	done
	echo "valgrind geshibai evaluate over $n hostile inputs: $bad with memory errors or leaks"
	[ $failed -eq 0 ] && [ $bad -eq 0 ]
}

# ---- libFuzzer
fuzz_stage() {
	plain_build
	cd "$work/plain"
	make fuzz >fuzz-build.log 2>&1 || { tail -n 40 fuzz-build.log; return 1; }
	FUZZ_JOBS=$jobs GSB_BUILDDIR="$work/plain" sh "$src/tests/fuzz/run.sh" "$fuzz_seconds"
}

# ---- ThreadSanitizer over check_threads
tsan() {
	local b="$work/tsan"
	rm -rf "$b" && mkdir -p "$b" && cd "$b"
	# shellcheck disable=SC2046
	"$src/configure" -q CC=clang CFLAGS='-fsanitize=thread -fno-omit-frame-pointer -g -O1' \
		LDFLAGS='-fsanitize=thread' $(configure_opts)
	make -j"$jobs" tests/check_threads cli/geshibai bench/gen_apps >build.log 2>&1 ||
		{ tail -n 40 build.log; return 1; }
	local rc=0
	TSAN_OPTIONS='halt_on_error=1 second_deadlock_stack=1' CK_FORK=no GSB_BUILDDIR="$b" \
		./libtool --mode=execute tests/check_threads >tsan.log 2>&1 || rc=$?
	tail -n 5 tsan.log
	[ $rc -eq 0 ] || { grep -A 30 'WARNING: ThreadSanitizer' tsan.log | head -n 80; return 1; }
	# the read-ahead thread of evaluate: a generated batch, and one that breaks
	./bench/gen_apps 3000 2018 >gen.xml
	sed -e 's|<division>370902</division>|<division>3709</division>|' \
	    -e '/B-2019-104/,$s|</platform>|</platfrom>|' "$src/examples/batch.xml" >broken.xml
	for f in gen.xml broken.xml; do
		rc=0
		TSAN_OPTIONS='halt_on_error=1 exitcode=66' ./libtool --mode=execute \
			cli/geshibai evaluate --threads 2 --format xml "$f" >/dev/null 2>cli-tsan.log || rc=$?
		# 0 or 1 (an invalid member) are the command's own; 66 is ThreadSanitizer's
		[ $rc -le 1 ] || { echo "tsan: evaluate $f exited $rc"; head -n 60 cli-tsan.log; return 1; }
	done
	echo "tsan: evaluate --threads 2 on two batches: no report"
}

# ---- the Python binding's objects shared between threads, under ASan + UBSan
pyasan() {
	local b="$work/pyasan"
	rm -rf "$b" && mkdir -p "$b" && cd "$b"
	"$src/configure" -q CC=gcc CFLAGS='-fsanitize=address,undefined -fno-omit-frame-pointer -g -O1' \
		LDFLAGS='-fsanitize=address,undefined' --disable-java
	make -j"$jobs" all-local-python >build.log 2>&1 || { tail -n 40 build.log; return 1; }
	# python3 is not instrumented: the runtime comes first; Python's own
	# allocations at exit are not leaks of ours
	local rc=0
	LD_PRELOAD="$(gcc -print-file-name=libasan.so)" \
	ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	GSB_BUILDDIR="$b" "$src/bindings/python/test_python_threads.sh" >pyasan.log 2>&1 || rc=$?
	grep -v '^ok' pyasan.log | head -n 60
	[ $rc -eq 0 ] && ! grep -q 'ERROR: AddressSanitizer\|runtime error:' pyasan.log
}

# ---- make distcheck
distcheck() {
	if [ -f "$work/plain/.built" ]; then
		cd "$work/plain"
	else # only a configured tree is needed
		rm -rf "$work/dist" && mkdir -p "$work/dist" && cd "$work/dist"
		"$src/configure" -q
	fi
	make -j"$jobs" distcheck >distcheck.log 2>&1 || { tail -n 60 distcheck.log; return 1; }
	grep -E 'archives ready|\.tar\.gz' distcheck.log | tail -n 3
}

# ---- the decision service under ASan+UBSan, then valgrind (hostile requests)
serve_stage() {
	local b="$work/asan" rc=0
	if [ ! -x "$b/cli/geshibai" ]; then
		b="$work/serve-asan"
		rm -rf "$b" && mkdir -p "$b" && cd "$b"
		# shellcheck disable=SC2046
		"$src/configure" -q CC=clang \
			CFLAGS='-fsanitize=address,undefined -fno-omit-frame-pointer -g -O1' \
			LDFLAGS='-fsanitize=address,undefined' $(configure_opts)
		make -j"$jobs" cli/geshibai >build.log 2>&1 || { tail -n 40 build.log; return 1; }
	fi
	ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	GSB_BUILDDIR="$b" GSB_SERVE_ONLY=hostile,statuses,token,sigterm \
		python3 "$src/tests/serve.py" >"$work/serve-asan.log" 2>&1 || rc=$?
	grep -E '^not ok|^1\.\.' "$work/serve-asan.log"
	[ $rc -eq 0 ] || { tail -n 60 "$work/serve-asan.log"; return 1; }
	echo "serve under ASan+UBSan: $(grep -c '^ok' "$work/serve-asan.log") passed"
	plain_build
	GSB_BUILDDIR="$work/plain" GSB_SERVE_ONLY=hostile \
	GSB_SERVE_WRAPPER="valgrind -q --leak-check=full --error-exitcode=99 --suppressions=$top/.ci/valgrind.supp" \
		python3 "$src/tests/serve.py" >"$work/serve-valgrind.log" 2>&1 || rc=$?
	grep -E '^not ok|^1\.\.|==[0-9]+==' "$work/serve-valgrind.log" | head -n 40
	[ $rc -eq 0 ] || return 1
	echo "serve under valgrind: $(grep -c '^ok' "$work/serve-valgrind.log") passed, exit 0 (no error, no leak)"
}

echo "sanitize: work directory $work, $jobs jobs, fuzz $fuzz_seconds s per target"
stage prepare prepare
[ $overall -eq 0 ] || { echo "sanitize: could not prepare the sources" >&2; exit 1; }
for s in $stages; do
	case $s in
	asan) stage asan asan ;;
	valgrind) stage valgrind valgrind_stage ;;
	fuzz) stage fuzz fuzz_stage ;;
	tsan) stage tsan tsan ;;
	pyasan) stage pyasan pyasan ;;
	distcheck) stage distcheck distcheck ;;
	serve) stage serve serve_stage ;;
	*) echo "sanitize: unknown stage $s" >&2; overall=1 ;;
	esac
done

say "summary"
printf '%s\n' "${summary[@]}"
[ ${#faults[@]} -eq 0 ] || printf '%s\n' "${faults[@]}"
echo "total: $(($(date +%s) - t_all)) s"
exit $overall
