#!/bin/sh
# An output file is never one of the inputs (issue 13 item 9): report --html
# (and review -o) refuse a path that is an input, compared by device and
# inode, so another spelling, a hard link or a symbolic link is caught too;
# the input is left as it was. TAP.
srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-output.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
LANG=C
export LANG
unset LC_ALL LC_MESSAGES LANGUAGE

n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; sed -n '1,4s/^/#   /p' "$tmp/err"; }

cp "$srcdir/examples/batch.xml" "$tmp/batch.xml"
cp "$srcdir/examples/jinan-comprehensive.xml" "$tmp/one.xml"
sum() { cksum <"$1"; }
before=$(sum "$tmp/batch.xml")

# refused WHAT OUT ARGS...: exit 2, a message naming OUT, batch.xml unchanged
refused() {
	what=$1 out=$2
	shift 2
	"$cli" "$@" >/dev/null 2>"$tmp/err"
	st=$?
	if [ $st -eq 2 ] && grep -q "refusing to overwrite an input" "$tmp/err" &&
	   grep -qF "$out" "$tmp/err" && [ "$(sum "$tmp/batch.xml")" = "$before" ]; then
		ok "$what"
	else
		notok "$what (exit $st)"
	fi
}

refused "report --html INPUT" "$tmp/batch.xml" report --html "$tmp/batch.xml" "$tmp/one.xml" "$tmp/batch.xml"
refused "report --html INPUT under another spelling" "$tmp/./batch.xml" \
	report --html "$tmp/./batch.xml" "$tmp/batch.xml"
ln "$tmp/batch.xml" "$tmp/hard.html"
refused "report --html to a hard link of an input" "$tmp/hard.html" \
	report --html "$tmp/hard.html" "$tmp/batch.xml"
ln -s batch.xml "$tmp/soft.html"
refused "report --html to a symbolic link to an input" "$tmp/soft.html" \
	report --html "$tmp/soft.html" "$tmp/one.xml" "$tmp/batch.xml"
refused "report --html to the file on standard input" "$tmp/batch.xml" \
	report --html "$tmp/batch.xml" - <"$tmp/batch.xml"
cp "$srcdir/tests/data/params-cap-5m.xml" "$tmp/params.xml"
"$cli" report --params "$tmp/params.xml" --html "$tmp/params.xml" "$tmp/one.xml" >/dev/null 2>"$tmp/err"
if [ $? -eq 2 ] && cmp -s "$tmp/params.xml" "$srcdir/tests/data/params-cap-5m.xml"; then
	ok "report --html to the --params file"
else
	notok "report --html to the --params file"
fi

# a new file, and an existing file that is no input: written
if "$cli" report --html "$tmp/new.html" "$tmp/batch.xml" >/dev/null 2>"$tmp/err" &&
   grep -q "<html" "$tmp/new.html"; then ok "report --html to a new file"; else notok "report --html to a new file"; fi
if "$cli" report --html "$tmp/new.html" "$tmp/one.xml" >/dev/null 2>"$tmp/err" &&
   grep -q "<html" "$tmp/new.html"; then ok "report --html over an old page"; else notok "report --html over an old page"; fi
if "$cli" report --html /dev/null "$tmp/one.xml" >/dev/null 2>"$tmp/err"; then
	ok "report --html /dev/null"; else notok "report --html /dev/null"; fi

echo "1..$n"
