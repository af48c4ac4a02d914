#!/bin/sh
# The manual pages cover what they document (issue 14): every command that
# `geshibai --help` lists has its entry in geshibai(1), and every function the
# library exports (lib/libgeshibai.sym, from the headers) is named in
# libgeshibai(3); and lib/README.md, the map of the library, names every
# source file of lib/. A new command, function or file without its entry fails.
# As TAP.
set -u
B=${GSB_BUILDDIR:-.}
S=${GSB_SRCDIR:-.}
echo "1..4"

cmds=$("$B/cli/geshibai" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
n=0 missing=""
for c in $cmds; do
	n=$((n + 1))
	grep -q -x "\.B $c" "$S/man/geshibai.1" || missing="$missing $c"
done
if [ "$n" -ge 8 ] && [ -z "$missing" ]; then
	echo "ok 1 - geshibai(1) describes the $n commands of geshibai --help"
else
	echo "not ok 1 - geshibai(1) lacks an entry (.B NAME under COMMANDS) for:$missing ($n commands)"
fi

n=0 missing=""
for f in $(cat "$B/lib/libgeshibai.sym"); do
	n=$((n + 1))
	grep -q -x "\.BR $f ()" "$S/man/libgeshibai.3" || missing="$missing $f"
done
if [ "$n" -gt 200 ] && [ -z "$missing" ]; then
	echo "ok 2 - libgeshibai(3) names the $n exported functions"
else
	echo "not ok 2 - libgeshibai(3) does not name (.BR NAME () in its area):$missing"
fi

# 3: both pages are well-formed for man(1): groff finds no error.
if command -v groff > /dev/null 2>&1; then
	out=$(for p in "$S/man/geshibai.1" "$S/man/libgeshibai.3"; do
		LC_ALL=C.UTF-8 groff -k -man -Tutf8 -ww -z "$p" 2>&1; done)
	if [ -z "$out" ]; then
		echo "ok 3 - groff reads both pages without a warning"
	else
		echo "not ok 3 - groff warns:"
		echo "$out" | sed 's/^/# /'
	fi
else
	echo "ok 3 # SKIP groff not installed"
fi

# 4: the map of the library names every source file of lib/ (generated ones
# included: they are listed in lib/local.mk).
n=0 missing=""
for f in $(grep -o 'lib/[a-z_0-9]*\.[ch]\b' "$S/lib/local.mk" | sort -u); do
	n=$((n + 1))
	grep -q "\`${f#lib/}\`" "$S/lib/README.md" || missing="$missing $f"
done
if [ "$n" -ge 40 ] && [ -z "$missing" ]; then
	echo "ok 4 - lib/README.md maps the $n source files of lib/local.mk"
else
	echo "not ok 4 - lib/README.md lacks:$missing ($n files)"
fi
