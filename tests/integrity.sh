#!/bin/sh
# Nothing lost (issue 13, docs/security.md): every input of `geshibai
# evaluate` gives one entry per application, decided or refused with its
# line; reports stay complete and valid UTF-8 whatever the file names are.
# Environment: GSB_BUILDDIR (cli/geshibai), GSB_SRCDIR (examples). TAP.

srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli="$builddir/cli/geshibai"
ex="$srcdir/examples"
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-integrity.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

. "$srcdir/tests/tap.sh"
# expect DESCRIPTION CONDITION...: ok when the condition (a command) holds
expect() {
	desc=$1; shift
	if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}
run() {
	timeout 20 "$cli" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# py EXPR: EXPR holds for d, the JSON on standard output
py() {
	python3 - "$tmp/out" "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
}
utf8() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; }

app() { # app ID: one small application
	echo "<application id=\"$1\" year=\"2019\"><applicant><name>N $1</name></applicant><platform/></application>"
}

# ------------------------------------------------ junk after the one application
{ echo '<?xml version="1.0"?>'; echo '<application xmlns="urn:geshibai:1" id="J1">'
  echo '<applicant><name>X</name></applicant><platform/></application>'; echo 'junk<x/>'; } >"$tmp/junk.xml"
for f in json xml text; do
	run evaluate --format "$f" "$tmp/junk.xml"
	expect "junk after the one application: exit 1 ($f)" [ "$rc" -eq 1 ]
	expect "junk after the one application: no decision, the error names line 4 ($f)" \
		sh -c "! grep -q -i 'eligib' '$tmp/out' && grep -q '4' '$tmp/out'"
done
run evaluate --format json "$tmp/junk.xml"
expect "junk after the one application: one error entry with the line and the id" \
	py 'd.get("line") == 4 and d.get("application") == "J1" and "error" in d'
run validate "$tmp/junk.xml"
expect "junk after the one application: validate says invalid (exit 1)" [ "$rc" -eq 1 ]
# the same in JSON: one object spread over lines, then junk; one object and junk on its line
{ echo '{"id": "J2", "year": 2019,'; echo ' "applicant": {"name": "X"}, "platform": {}}'; echo 'junk'; } >"$tmp/junk.json"
echo '{"id": "J3", "year": 2019, "applicant": {"name": "X"}, "platform": {}} junk' >"$tmp/junk1.json"
for j in junk:J2:3 junk1:J3:1; do
	file=${j%%:*}; rest=${j#*:}; id=${rest%%:*}; line=${rest#*:}
	run evaluate --format json "$tmp/$file.json"
	expect "junk after the one JSON application ($file): exit 1" [ "$rc" -eq 1 ]
	expect "junk after the one JSON application ($file): one error entry with line $line and the id" \
		py "d.get('line') == $line and d.get('application') == '$id' and 'error' in d and 'eligibility' not in d"
	run validate "$tmp/$file.json"
	expect "junk after the one JSON application ($file): validate says invalid (exit 1)" [ "$rc" -eq 1 ]
done

# ------------------------------------------------ file names that are not UTF-8
bad1=$(printf '%s/a\377b.xml' "$tmp"); bad2=$(printf '%s/e\376.xml' "$tmp"); bad3=$(printf '%s/missing\375.xml' "$tmp")
cp "$ex/jinan-comprehensive.xml" "$bad1"
: >"$bad2"
for f in json xml text; do
	run evaluate --format "$f" "$bad1" "$bad2" "$bad3" "$ex/jinan-comprehensive.xml"
	expect "non-UTF-8 file names: the $f report is valid UTF-8" utf8 "$tmp/out"
	expect "non-UTF-8 file names: standard error is valid UTF-8 ($f)" utf8 "$tmp/err"
	expect "non-UTF-8 file names: exit 3 (a missing file) ($f)" [ "$rc" -eq 3 ]
	[ "$f" = json ] && expect "non-UTF-8 file names: the JSON array is complete, U+FFFD for each bad byte" \
		py 'len(d) == 4 and d[1]["file"].endswith("/e\ufffd.xml") and d[2]["file"].endswith("/missing\ufffd.xml") and "eligibility" in d[0] and "eligibility" in d[3]'
	[ "$f" = xml ] && expect "non-UTF-8 file names: the XML report is well formed" \
		xmllint --noout "$tmp/out"
done
cp "$ex/ledgers/clean.xml" "$bad1"
for f in json xml text; do
	run audit --format "$f" "$bad1" "$bad2" "$bad3"
	expect "non-UTF-8 file names: the $f audit report is valid UTF-8" utf8 "$tmp/out"
	expect "non-UTF-8 file names: audit standard error is valid UTF-8 ($f)" utf8 "$tmp/err"
	[ "$f" = json ] && expect "non-UTF-8 file names: the JSON audit report is complete" py 'len(d) == 3'
done
run validate "$bad2"
expect "non-UTF-8 file names: validate's message is valid UTF-8" utf8 "$tmp/err"
cp "$ex/jinan-comprehensive.xml" "$bad1"
run validate "$bad1"
expect "non-UTF-8 file names: validate's 'valid' line is valid UTF-8" sh -c "[ $rc -eq 0 ] && iconv -f UTF-8 -t UTF-8 '$tmp/out' >/dev/null 2>&1"

echo "1..$n"
[ "$failed" -eq 0 ]
