#!/bin/sh
# The property of relevance (docs/relevance.md) over a generated corpus, with
# the built-in parameters and with a parameters file that sets a device
# threshold (tests/relevance_property.py), then geshibai notice as text and in
# headless Chromium (tests/notice_check.py): one TAP stream. A script that
# stops early (a crash) is a failure of its own.
b=${GSB_BUILDDIR:-.} s=${GSB_SRCDIR:-.}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-relevance.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/all"

# part PREFIX SCRIPT ARG...: the script's TAP lines, each named with PREFIX
part() {
	prefix=$1
	shift
	python3 "$@" >"$tmp/out" 2>"$tmp/err"
	st=$?
	sed -e '/^1\.\./d' -e "s/^\(\(not \)\{0,1\}ok\) [0-9]* - /\1 0 - $prefix/" "$tmp/out" >>"$tmp/all"
	if [ $st -ne 0 ] && ! grep -q '^not ok' "$tmp/out"; then
		echo "not ok 0 - $prefix$(basename "$1") stopped with status $st: $(tail -n 1 "$tmp/err")" >>"$tmp/all"
	fi
}

part "" "$s/tests/relevance_property.py" "$b/cli/geshibai" "$b/bench/gen_apps"
part "with min-devices: " "$s/tests/relevance_property.py" "$b/cli/geshibai" "$b/bench/gen_apps" \
	"$s/tests/data/params-2019.xml"
part "notice: " "$s/tests/notice_check.py" "$b/cli/geshibai" "$s/examples"
awk '{ sub(/ok 0 -/, "ok " NR " -"); print } END { print "1.." NR }' "$tmp/all"
! grep -q '^not ok' "$tmp/all"
