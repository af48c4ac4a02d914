#!/bin/sh
# The ABI of libgeshibai.so is exactly its documented API (issue 14): the
# dynamic symbols the built shared library defines are the functions the
# installed headers declare (lib/libgeshibai.sym, written from the headers by
# lib/exports.sh), no more and no fewer. A private helper that leaks (a
# gsb_xml_* or gsb__* function, a symbol of a bundled file) fails; so does a
# declared function that the library does not define. As TAP.
set -u
B=${GSB_BUILDDIR:-.}
S=${GSB_SRCDIR:-.}
so=$B/lib/.libs/libgeshibai.so
sym=$B/lib/libgeshibai.sym
tmp=${TMPDIR:-/tmp}/gsb-exports-test.$$
trap 'rm -f "$tmp".*' EXIT
echo "1..4"

if [ ! -f "$so" ]; then
	# configure --disable-shared: there is no ABI to check.
	echo "ok 1 # SKIP no shared library built ($so)"
	echo "ok 2 # SKIP no shared library built"
	echo "ok 3 # SKIP no shared library built"
	echo "ok 4 # SKIP no shared library built"
	exit 0
fi

# Every defined dynamic symbol but the loader's own.
nm -D --defined-only "$so" | awk '{ print $NF }' |
	grep -v -x -e _init -e _fini -e _edata -e _end -e __bss_start |
	LC_ALL=C sort -u > "$tmp.exported"
LC_ALL=C sort -u "$sym" > "$tmp.declared"
n_exp=$(wc -l < "$tmp.exported")
n_dec=$(wc -l < "$tmp.declared")

# 1: the declared list is the headers' (not an empty or stale file).
sh "$S/lib/exports.sh" "${CPP:-cc -E} -I$S/include" "$S/include/geshibai.h" \
	"$S"/include/geshibai/*.h > "$tmp.headers"
if cmp -s "$tmp.headers" "$tmp.declared" && [ "$n_dec" -gt 200 ]; then
	echo "ok 1 - lib/libgeshibai.sym lists the $n_dec functions of include/"
else
	echo "not ok 1 - lib/libgeshibai.sym ($n_dec names) is not the list of the headers"
	diff "$tmp.declared" "$tmp.headers" | sed 's/^/# /'
fi

# 2: nothing exported that the headers do not declare.
leaks=$(LC_ALL=C comm -23 "$tmp.exported" "$tmp.declared")
if [ -z "$leaks" ]; then
	echo "ok 2 - no symbol exported beyond the headers ($n_exp exported)"
else
	echo "not ok 2 - exported but not declared in include/:"
	echo "$leaks" | sed 's/^/#   /'
fi

# 3: every declared function exported.
absent=$(LC_ALL=C comm -13 "$tmp.exported" "$tmp.declared")
if [ -z "$absent" ]; then
	echo "ok 3 - every declared function is exported"
else
	echo "not ok 3 - declared in include/ but not exported:"
	echo "$absent" | sed 's/^/#   /'
fi

# 4: the private plumbing named by the issue stays inside.
if grep -q -e '^gsb_xml_' -e '^gsb__' -e '^gsbx_' "$tmp.exported"; then
	echo "not ok 4 - gsb_xml_*, gsb__* or gsbx_* exported"
else
	echo "ok 4 - no gsb_xml_*, gsb__* or gsbx_* symbol exported"
fi
