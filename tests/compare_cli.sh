#!/bin/sh
# geshibai compare and geshibai report on the command line (issue 7), as TAP:
# totals over the bundled examples with a changed cap (exact), the three
# formats, 'default', every exit status, --help.
# Environment: GSB_BUILDDIR (cli/geshibai), GSB_SRCDIR (examples, tests/data).

srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
ex=$srcdir/examples
cap=$srcdir/tests/data/params-cap-5m.xml
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-compare.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C
export LANG

n=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); echo "not ok $n - $1"; sed -n '1,4s/^/#   stderr: /p' "$tmp/err"; }
run() { # WANT DESCRIPTION COMMAND...
	want=$1 desc=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -eq "$want" ]; then pass "$desc (exit $want)"; else fail "$desc (exit $got, expected $want)"; fi
}
has() { # DESCRIPTION TEXT: $tmp/out holds TEXT
	if grep -qF -- "$2" "$tmp/out"; then pass "$1"; else fail "$1: no '$2'"; fi
}

apps=
for f in "$ex"/*.xml; do
	grep -Eq '<applications?[[:space:]>]' "$f" && apps="$apps $f"
done
set -- $apps

run 0 "compare default vs cap 5m, xml" "$cli" compare --params default --params "$cap" --format xml "$@"
has "xml totals" 'applications="12" changed="3" totalA="79027291.66" totalB="67705208.33" difference="-11322083.33"'
has "xml JN change" 'application="JN-2019-001" position="5" asOf="2019-05-20" changed="granted" difference="-3000000.00">'
run 0 "compare, json" "$cli" compare --params default --params "$cap" --format json "$@"
if python3 -c 'import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["totalA"] == "79027291.66" and d["totalB"] == "67705208.33", d
assert [c["application"] for c in d["changes"]] == ["B-2019-104", "JN-2019-001", "YT-2019-015"]
assert [c["b"]["granted"] for c in d["changes"]] == ["5000000.00"] * 3
assert d["policies"][0]["builtin"] is True and d["policies"][1]["source"] == "cap 5m"' "$tmp/out"
then pass "json totals and changes"; else fail "json totals and changes"; fi
run 0 "compare, text en" "$cli" compare --params default --params "$cap" --lang en "$@"
has "text totals" "Total provincial award: A 79,027,291.66; B 67,705,208.33; difference -11,322,083.33"
run 0 "compare, text zh" "$cli" compare --params "$ex/params/params-2019.xml" --params default --lang zh "$@"
has "zh totals, the other way round" "省级奖补合计：A 72,589,708.33；B 79,027,291.66；差额 +6,437,583.33"
run 0 "compare, --as-of" "$cli" compare --params default --params "$cap" --as-of 2019-12-31 --format xml "$ex/yantai-scaled.xml"
has "as of 2019-12-31" 'asOf="2019-12-31"'
run 0 "compare, standard input" sh -c "\"$cli\" compare --params default --params \"$cap\" --format xml - <\"$ex/batch.xml\""
has "stdin" 'applications="4" changed="1"'

run 1 "compare, a bad input among good ones" "$cli" compare --params default --params "$cap" --format xml "$ex/params/params-2019.xml" "$ex/jinan-comprehensive.xml"
has "bad input listed" '<error line="'
has "good input compared" 'applications="1" changed="1"'
run 2 "compare, one --params" "$cli" compare --params "$cap" "$ex/batch.xml"
run 2 "compare, three --params" "$cli" compare --params "$cap" --params "$cap" --params "$cap" "$ex/batch.xml"
run 2 "compare, no file" "$cli" compare --params default --params "$cap"
run 2 "compare, bad format" "$cli" compare --params default --params "$cap" --format csv "$ex/batch.xml"
run 3 "compare, missing file" "$cli" compare --params default --params "$cap" "$tmp/nothing.xml"
run 3 "compare, missing params file" "$cli" compare --params default --params "$tmp/nothing.xml" "$ex/batch.xml"
run 0 "compare --help" "$cli" compare --help
has "compare --help names default" "'default'"
run 0 "help compare" "$cli" help compare

run 0 "report" "$cli" report --html "$tmp/r.html" "$@"
if grep -q 'id="total-granted" data-fen="7902729166"' "$tmp/r.html"; then pass "report total"; else fail "report total"; fi
run 0 "report to standard output" "$cli" report --html - --lang en "$ex/batch.xml"
has "report html on stdout" '<html lang="en">'
run 1 "report, a bad input" "$cli" report --html "$tmp/r2.html" "$ex/params/params-2019.xml" "$ex/batch.xml"
if grep -q 'id="count-errors" data-count="1"' "$tmp/r2.html"; then pass "report lists the bad input"; else fail "report lists the bad input"; fi
run 2 "report, no --html" "$cli" report "$ex/batch.xml"
run 2 "report, two --params" "$cli" report --html "$tmp/x.html" --params "$cap" --params "$cap" "$ex/batch.xml"
run 2 "report, --format" "$cli" report --html "$tmp/x.html" --format json "$ex/batch.xml"
run 3 "report, unwritable output" "$cli" report --html "$tmp/no/such/dir/r.html" "$ex/batch.xml"
run 0 "report --help" "$cli" report --help
has "report --help" "--html OUT"

echo "1..$n"
