#!/bin/sh
# Applications as JSON through the geshibai command (docs/json.md), as TAP:
# the JSON twins of the examples are up to date and valid against
# data/application.schema.json; XML and JSON forms (object, array, JSON
# Lines, standard input) of every example, of a generated corpus and of a
# corpus with bad applications give byte-identical reports (apart from
# where an error was: file, line, element); malformed JSON is refused with
# line and JSON Pointer. Environment: GSB_BUILDDIR, GSB_SRCDIR.

srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
gen=$builddir/bench/gen_apps
conv="python3 $srcdir/tests/xml2json.py"
schema=$srcdir/data/application.schema.json
ex=$srcdir/examples
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-json.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C
export LANG

n=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "#   $l"; done; }

# report FORMAT FILE OUT: the command's report, without where errors were
report() {
	"$cli" evaluate --as-of 2019-09-30 --format "$1" "$2" >"$3.raw" 2>/dev/null
	echo "status $?" >>"$3.raw"
	grep -v -e '"line":' -e '"file":' -e '"element":' "$3.raw" |
		sed -e 's/ line="[^"]*"//; s/ file="[^"]*"//; s/ element="[^"]*"//' >"$3"
}

# same DESC XML JSON...: every JSON form reports as the XML, in json and xml
same() {
	desc=$1 x=$2
	shift 2
	for fmt in json xml; do
		report "$fmt" "$x" "$tmp/x.$fmt"
		for j in "$@"; do
			report "$fmt" "$j" "$tmp/j.$fmt"
			if ! cmp -s "$tmp/x.$fmt" "$tmp/j.$fmt"; then
				fail "$desc ($fmt, $(basename "$j"))" \
					"$(diff "$tmp/x.$fmt" "$tmp/j.$fmt" | head -n 6)"
				return
			fi
		done
	done
	pass "$desc"
}

# ---- the twins of the examples
for x in "$ex"/*.xml; do
	b=$(basename "$x" .xml)
	$conv "$x" >"$tmp/$b.json"
	if cmp -s "$tmp/$b.json" "$ex/json/$b.json"; then
		pass "examples/json/$b.json is the conversion of $b.xml"
	else
		fail "examples/json/$b.json is out of date (tests/xml2json.py $x)"
	fi
	if [ "$b" = batch ]; then
		$conv --lines "$x" >"$tmp/batch.jsonl"
		cmp -s "$tmp/batch.jsonl" "$ex/json/batch.jsonl" &&
			pass "examples/json/batch.jsonl is up to date" ||
			fail "examples/json/batch.jsonl is out of date"
		same "batch: XML, array, JSON Lines report alike" "$x" "$ex/json/batch.json" \
			"$ex/json/batch.jsonl"
	else
		same "$b: XML and JSON report alike" "$x" "$ex/json/$b.json"
	fi
done

# ---- standard input
"$cli" evaluate --as-of 2019-09-30 --format json "$ex/json/batch.jsonl" >"$tmp/f.out"
"$cli" evaluate --as-of 2019-09-30 --format json - <"$ex/json/batch.jsonl" >"$tmp/s.out"
cmp -s "$tmp/f.out" "$tmp/s.out" && pass "JSON Lines on standard input ('-')" ||
	fail "JSON Lines on standard input ('-')"
"$cli" evaluate --as-of 2019-09-30 --format json - <"$ex/qingdao-cross-domain.xml" >"$tmp/s.out"
"$cli" evaluate --as-of 2019-09-30 --format json - <"$ex/json/qingdao-cross-domain.json" >"$tmp/t.out"
cmp -s "$tmp/s.out" "$tmp/t.out" && pass "XML and JSON on standard input" ||
	fail "XML and JSON on standard input"
"$cli" validate "$ex/json/batch.json" >/dev/null 2>&1 && pass "validate accepts a JSON batch" ||
	fail "validate accepts a JSON batch"

# ---- the JSON Schema
python3 - "$schema" "$ex"/json/*.json "$ex/json/batch.jsonl" <<'EOF' >"$tmp/schema.out" 2>&1
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    docs = [json.loads(l) for l in open(path) if l.strip()] if path.endswith(".jsonl") \
        else [json.load(open(path))]
    for d in docs:
        for e in v.iter_errors(d):
            print(path, e.message)
            bad += 1
# it refuses what the library refuses
app = json.load(open(sys.argv[2]))
app = app[0] if isinstance(app, list) else app
for change in ({"nickname": None}, {"year": "2019"}, {"review": {"expertScore": 88.5}},
               {"submitted": "2019-2-1"}, {"funding": [{"kind": "grant", "amount": "1"}]}):
    if v.is_valid(dict(app, **change)):
        print("accepted", change)
        bad += 1
sys.exit(1 if bad else 0)
EOF
[ $? -eq 0 ] && pass "the twins are valid against application.schema.json, which refuses bad ones" ||
	fail "application.schema.json" "$(head -n 4 "$tmp/schema.out")"

# ---- a generated corpus, and the same with bad applications
"$gen" 400 16 >"$tmp/g.xml" || exit 99
$conv "$tmp/g.xml" >"$tmp/g.json" && $conv --lines "$tmp/g.xml" >"$tmp/g.jsonl" || exit 99
same "a generated corpus of 400: XML, array, JSON Lines report alike" "$tmp/g.xml" \
	"$tmp/g.json" "$tmp/g.jsonl"
# every few applications a value the library refuses (the same value in JSON)
awk '/<application /{i++}
	i%7==3  {sub(/submitted="[0-9-]*"/, "submitted=\"2020-02-30\"")}
	i%11==5 {sub(/expertScore="[0-9.]*"/, "expertScore=\"6x.2\"")}
	i%13==4 {sub(/<domain>rnd</, "<domain>cooking<")}
	i%17==6 {sub(/award amount="[0-9.]*"/, "award amount=\"99999999999999999999.00\"")}
	i%19==2 {sub(/<division>[0-9]*</, "<division>3702<")}
	i%23==8 {sub(/end="[0-9-]*"/, "end=\"2020-13-01\"")}
	i%29==1 {sub(/year="2020"/, "year=\"20\"")}
	{print}' "$tmp/g.xml" >"$tmp/b.xml"
$conv "$tmp/b.xml" >"$tmp/b.json" && $conv --lines "$tmp/b.xml" >"$tmp/b.jsonl" || exit 99
errors=$("$cli" evaluate --format json "$tmp/b.xml" 2>/dev/null | grep -c '"error":')
[ "$errors" -gt 40 ] && pass "the bad corpus has $errors bad applications" ||
	fail "the bad corpus has too few bad applications ($errors)"
same "a corpus with bad applications: the same errors in XML and JSON" "$tmp/b.xml" \
	"$tmp/b.json" "$tmp/b.jsonl"

# ---- malformed JSON through the command: line and pointer in the report
printf '%s\n' '{"id": "A", "applicant": {}, "platform": {}}' \
	'{"id": "B", "applicant": {}, "platform": {"industries": ["C13", 7]}}' \
	'{"id": "C", "applicant": {}, "platform": {}' \
	'{"id": "D", "applicant": {}, "platform": {}}' >"$tmp/m.jsonl"
"$cli" evaluate --as-of 2019-09-30 --format json "$tmp/m.jsonl" >"$tmp/m.out" 2>"$tmp/m.err"
status=$?
if [ $status -ne 0 ] && grep -q '"element": "/platform/industries/1"' "$tmp/m.out" &&
	grep -q '"line": 3' "$tmp/m.out" && [ "$(grep -c '"application":' "$tmp/m.out")" -eq 4 ] &&
	grep -q 'm.jsonl:2: /platform/industries/1: expected a string, not a number' "$tmp/m.err"; then
	pass "bad JSON Lines lines are reported with line and pointer, the others decided"
else
	fail "bad JSON Lines lines (status $status)" "$(head -n 3 "$tmp/m.err")"
fi
printf '[{"id": "A", "applicant": {}, "platform": {}},\n {"id": "B", "applicant": {}' >"$tmp/t.json"
"$cli" evaluate --format text "$tmp/t.json" >"$tmp/t.out" 2>"$tmp/t.err"
grep -q 't.json:2: /1/applicant: malformed JSON: premature EOF' "$tmp/t.err" &&
	pass "a truncated array: the open application gets the error" ||
	fail "a truncated array" "$(head -n 3 "$tmp/t.err")"

echo "1..$n"
