#!/bin/sh
# The property of relevance (docs/relevance.md) over a generated corpus, with
# the built-in parameters and with a parameters file that sets a device
# threshold: tests/relevance_property.py, TAP.
b=${GSB_BUILDDIR:-.} s=${GSB_SRCDIR:-.}
command -v python3 >/dev/null || { echo "1..0 # python3 is required"; exit 1; }
python3 "$s/tests/relevance_property.py" "$b/cli/geshibai" "$b/bench/gen_apps" |
	sed '/^1\.\./d' > "${TMPDIR:-/tmp}/relevance.$$" || exit 1
python3 "$s/tests/relevance_property.py" "$b/cli/geshibai" "$b/bench/gen_apps" \
	"$s/tests/data/params-2019.xml" | sed -e '/^1\.\./d' -e 's/^\(\(not \)\{0,1\}ok\) \([0-9]*\) - /\1 \3 - with min-devices: /' >> "${TMPDIR:-/tmp}/relevance.$$"
awk '{ sub(/ok [0-9]+ -/, "ok " NR " -"); print } END { print "1.." NR }' "${TMPDIR:-/tmp}/relevance.$$"
grep -q '^not ok' "${TMPDIR:-/tmp}/relevance.$$" && st=1 || st=0
rm -f "${TMPDIR:-/tmp}/relevance.$$"
exit $st
