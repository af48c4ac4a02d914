#!/bin/sh
# Tests of the geshibai command (docs/formats.md "Command line"), as TAP.
# Every command, --help of each, every exit status, standard input, a batch
# with a bad member, XML output against data/decision.xsd, JSON parseable.
# Environment: GSB_BUILDDIR (cli/geshibai), GSB_SRCDIR (examples, data).

srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
ex=$srcdir/examples
xsd=$srcdir/data/decision.xsd
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-cli.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
# a fixed locale unless a test sets one
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C
export LANG

n=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() {
	n=$((n + 1))
	echo "not ok $n - $1"
	sed -n '1,6s/^/#   stderr: /p' "$tmp/err" 2>/dev/null
}
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

# run WANT_STATUS DESCRIPTION COMMAND...: stdout in $tmp/out, stderr in $tmp/err
run() {
	want=$1 desc=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -eq "$want" ]; then pass "$desc (exit $want)"; else fail "$desc (exit $got, expected $want)"; fi
}

# check DESCRIPTION COMMAND...: passes when the command succeeds
check() {
	desc=$1
	shift
	if "$@" >/dev/null 2>&1; then pass "$desc"; else fail "$desc"; fi
}

# json PYTHON-EXPRESSION: true when it holds for d = the JSON of $tmp/out
json() {
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$tmp/out" "$1"
}

# valid FILE: FILE is valid against the decision schema
valid() {
	xmllint --noout --schema "$xsd" "$1"
}

has_python=no
python3 -c 'import json' 2>/dev/null && has_python=yes
has_xmllint=no
command -v xmllint >/dev/null 2>&1 && has_xmllint=yes

check_json() {
	if [ $has_python = yes ]; then check "$1" json "$2"; else skip "$1" "no python3"; fi
}

check_valid() {
	if [ $has_xmllint = yes ]; then check "$1" valid "$2"; else skip "$1" "no xmllint"; fi
}

# ------------------------------------------------------------ program-wide
run 0 "--version" "$cli" --version
check "--version names the version" grep -q '1\.0\.0' "$tmp/out"
run 0 "--help" "$cli" --help
check "--help lists the commands" grep -q 'industries' "$tmp/out"
run 2 "no command is a usage error" "$cli"
run 2 "an unknown command is a usage error" "$cli" frobnicate
check "usage errors go to stderr" grep -q 'frobnicate' "$tmp/err"

for c in evaluate audit validate industries lookup uscc; do
	run 0 "$c --help" "$cli" $c --help
	check "$c --help prints a help text" test -s "$tmp/out"
done
run 0 "help evaluate" "$cli" help evaluate
for section in SYNOPSIS OPTIONS 'EXIT STATUS' EXAMPLES; do
	check "evaluate --help has $section" grep -q "$section" "$tmp/out"
done

# ---------------------------------------------------------------- evaluate
run 0 "evaluate one application as text (zh)" "$cli" evaluate --lang zh "$ex/qingdao-cross-domain.xml"
check "text shows the application id" grep -q 'QD-2019-007' "$tmp/out"
check "text shows the amount in capitals" grep -q '元' "$tmp/out"
check "text cites the provisions" grep -q '3\.2\.1' "$tmp/out"

run 0 "evaluate one application as JSON" "$cli" evaluate --format json "$ex/qingdao-cross-domain.xml"
check_json "one application gives one JSON object" \
	'isinstance(d, dict) and d["application"] == "QD-2019-007" and len(d["eligibility"]["checks"]) == 15'
check_json "as-of defaults to the submitted date" 'd["asOf"] == "2019-06-14"'
check_json "amounts are decimal strings, flags booleans" \
	'isinstance(d["subsidy"]["granted"], str) and isinstance(d["subsidy"]["national"], bool)'
check_json "results are three-valued strings" \
	'all(c["result"] in ("true", "false", "unknown") for c in d["eligibility"]["checks"])'

run 0 "evaluate with --as-of" "$cli" evaluate --format json --as-of 2019-06-30 "$ex/qingdao-cross-domain.xml"
check_json "--as-of is used" 'd["asOf"] == "2019-06-30"'
run 0 "evaluate with --as-of=DATE" "$cli" evaluate --format=json --as-of=2019-07-01 "$ex/qingdao-cross-domain.xml"
check_json "--as-of=DATE is used" 'd["asOf"] == "2019-07-01"'

run 0 "evaluate one application as XML" "$cli" evaluate --format xml "$ex/qingdao-cross-domain.xml"
cp "$tmp/out" "$tmp/one.xml"
check_valid "XML decision validates against decision.xsd" "$tmp/one.xml"
check "XML has the decision namespace" grep -q 'xmlns="urn:geshibai:1"' "$tmp/one.xml"

examples="qingdao-cross-domain jinan-comprehensive yantai-scaled weifang-incomplete
	zibo-ineligible linyi-tier-none weihai-national-cap rizhao-region"
files=
count=0
for f in $examples; do
	files="$files $ex/$f.xml"
	count=$((count + 1))
done
# shellcheck disable=SC2086
run 0 "evaluate every example application as one batch" "$cli" evaluate --format json $files
check_json "several files give an array, one decision each" "isinstance(d, list) and len(d) == $count"
ids=$(for f in $files; do sed -n 's/.*<application[^>]* id="\([^"]*\)".*/\1/p' "$f" | head -1; done | tr '\n' ' ')
check_json "decisions come in input order" "[x['application'] for x in d] == '$ids'.split()"
check_json "the examples reach every outcome" \
	'{x["eligibility"]["outcome"] for x in d} == {"eligible", "ineligible", "incomplete"}'
check_json "the examples reach every tier" \
	'{x["tier"]["classified"] for x in d} == {"comprehensive", "cross-domain", "enterprise", "none"}'
check_json "the examples reach priority and the national cap" \
	'any(x["priority"]["value"] for x in d) and any(x["subsidy"]["national"] and x["subsidy"]["capApplied"] for x in d)'
check_json "an example is scaled to its cap" \
	'any(x["subsidy"]["capApplied"] and x["subsidy"]["requested"] != x["subsidy"]["granted"] and x["subsidy"]["granted"] == x["subsidy"]["cap"] for x in d)'
# shellcheck disable=SC2086
run 0 "evaluate every example as XML" "$cli" evaluate --format xml $files
cp "$tmp/out" "$tmp/all.xml"
check_valid "XML <decisions> validates against decision.xsd" "$tmp/all.xml"
# shellcheck disable=SC2086
run 0 "evaluate every example as text (en)" "$cli" evaluate --lang en $files

run 0 "evaluate the example batch" "$cli" evaluate --format json "$ex/batch.xml"
check_json "a batch document gives an array" 'isinstance(d, list) and len(d) == 4'
check "no progress line when stderr is not a terminal" test ! -s "$tmp/err"

run 0 "standard input as '-'" sh -c "\"$cli\" evaluate --format json - < \"$ex/jinan-comprehensive.xml\""
check_json "standard input is decided" 'isinstance(d, dict) and d["application"] == "JN-2019-001"'
run 0 "a batch on standard input" sh -c "\"$cli\" evaluate --format json - < \"$ex/batch.xml\""
check_json "the batch on standard input gives an array" 'isinstance(d, list) and len(d) == 4'

# --lang and the locale
"$cli" evaluate --lang zh "$ex/zibo-ineligible.xml" >"$tmp/zh.txt" 2>/dev/null
"$cli" evaluate --lang en "$ex/zibo-ineligible.xml" >"$tmp/en.txt" 2>/dev/null
check "--lang zh and --lang en differ" sh -c "! cmp -s \"$tmp/zh.txt\" \"$tmp/en.txt\""
LANG=zh_CN.UTF-8 "$cli" evaluate "$ex/zibo-ineligible.xml" >"$tmp/lang.txt" 2>/dev/null
check "LANG=zh_CN.UTF-8 defaults to zh" cmp -s "$tmp/zh.txt" "$tmp/lang.txt"
LC_ALL=en_US.UTF-8 LANG=zh_CN.UTF-8 "$cli" evaluate "$ex/zibo-ineligible.xml" >"$tmp/lang.txt" 2>/dev/null
check "LC_ALL wins over LANG" cmp -s "$tmp/en.txt" "$tmp/lang.txt"

# --params: the 2019 guide raises the cap to 12,000,000.00 in 2019
run 0 "evaluate with --params" "$cli" evaluate --format json --params "$ex/params/params-2019.xml" "$ex/yantai-scaled.xml"
check_json "the parameters file changes the cap" 'd["subsidy"]["cap"] == "12000000.00"'
check_json "the decision names its parameter set and file" \
	'd["params"] == "2019 申报指南（示例）" and d["paramsFile"].endswith("examples/params/params-2019.xml")'
check_json "the award's reason cites the cap's reference" \
	'd["subsidy"]["reason"].endswith("(per 2019年度申报指南 第三条)")'
run 0 "evaluate with --params, text in Chinese" "$cli" evaluate --lang zh --params "$ex/params/params-2019.xml" "$ex/yantai-scaled.xml"
check "the text report names the parameter set beside the policy" \
	grep -q '政策 sd-2018-ge-shi-bai（参数 2019 申报指南（示例），.*params-2019.xml）' "$tmp/out"
run 0 "evaluate with the built-in parameters" "$cli" evaluate --format json "$ex/yantai-scaled.xml"
check_json "no parameter set named for the built-in parameters" '"params" not in d and "paramsFile" not in d'
run 3 "an unreadable --params file" "$cli" evaluate --params "$tmp/none.xml" "$ex/yantai-scaled.xml"

# a batch with a bad member: reported in place, the others still decided
sed -e 's|<division>370902</division>|<division>3709</division>|' "$ex/batch.xml" >"$tmp/bad-batch.xml"
run 1 "a batch with a bad member" "$cli" evaluate --format json "$tmp/bad-batch.xml"
check_json "decisions + errors = applications" \
	'len(d) == 4 and sum("error" in x for x in d) == 1 and sum("eligibility" in x for x in d) == 3'
check_json "the error entry names application, line and element" \
	'[x for x in d if "error" in x][0]["application"] == "B-2019-102" and [x for x in d if "error" in x][0]["line"] > 1'
check "stderr has FILE:LINE: ELEMENT: message" grep -q 'bad-batch\.xml:[0-9][0-9]*: .*division' "$tmp/err"
run 1 "a batch with a bad member as XML" "$cli" evaluate --format xml "$tmp/bad-batch.xml"
cp "$tmp/out" "$tmp/bad.xml"
check_valid "XML with an error entry validates" "$tmp/bad.xml"
check "the XML has the error entry" grep -q '<error ' "$tmp/bad.xml"

# a bad member, then XML that breaks right after the next one: every
# application before the break is still decided, the break names the one
# it is in
sed -e 's|<division>370902</division>|<division>3709</division>|' \
    -e '/B-2019-104/,$s|</platform>|</platfrom>|' "$ex/batch.xml" >"$tmp/broken-batch.xml"
run 1 "a batch that breaks in its last member" "$cli" evaluate --format json "$tmp/broken-batch.xml"
check_json "the members before the break are decided or reported, in order" \
	'len(d) == 4 and "eligibility" in d[0] and "error" in d[1] and "eligibility" in d[2]'
check_json "the schema error names its application" \
	'd[1]["application"] == "B-2019-102" and "division" in d[1]["element"]'
check_json "the break is reported in the member it is in" \
	'd[3]["application"] == "B-2019-104" and d[3]["code"] == "GSB_EPARSE"'

# --threads: one or two threads give the same report
for fmt in json xml text; do
	"$cli" evaluate --threads 1 --format $fmt "$tmp/broken-batch.xml" >"$tmp/t1" 2>"$tmp/e1"
	"$cli" evaluate --threads 2 --format $fmt "$tmp/broken-batch.xml" >"$tmp/t2" 2>"$tmp/e2"
	check "--threads 1 and 2 give the same $fmt report and errors" \
		sh -c "cmp \"$tmp/t1\" \"$tmp/t2\" && cmp \"$tmp/e1\" \"$tmp/e2\""
done
run 2 "--threads takes 1 or 2" "$cli" evaluate --threads 3 "$ex/jinan-comprehensive.xml"
run 2 "--threads is an option of evaluate only" "$cli" validate --threads 1 "$ex/batch.xml"

printf '<?xml version="1.0"?>\n<!DOCTYPE application>\n<application xmlns="urn:geshibai:1"><applicant/><platform/></application>\n' >"$tmp/doctype.xml"
run 1 "a DOCTYPE is refused" "$cli" evaluate --format json "$tmp/doctype.xml"
check_json "a single invalid input gives one error object" 'isinstance(d, dict) and "error" in d'
printf 'not xml at all' >"$tmp/junk.xml"
run 1 "input that is not XML" "$cli" evaluate --format json "$tmp/junk.xml"
run 1 "invalid input on standard input" sh -c "\"$cli\" evaluate - < \"$tmp/junk.xml\""

run 3 "an unreadable file" "$cli" evaluate "$tmp/missing.xml"
run 3 "an unreadable file among others" "$cli" evaluate --format json "$ex/jinan-comprehensive.xml" "$tmp/missing.xml"
check_json "the others are still reported" 'len(d) == 2 and "eligibility" in d[0] and "error" in d[1]'

run 2 "evaluate without a file" "$cli" evaluate
run 2 "an unknown format" "$cli" evaluate --format yaml "$ex/jinan-comprehensive.xml"
run 2 "an unknown language" "$cli" evaluate --lang fr "$ex/jinan-comprehensive.xml"
run 2 "an impossible --as-of" "$cli" evaluate --as-of 2019-02-30 "$ex/jinan-comprehensive.xml"
run 2 "an unknown option" "$cli" evaluate --frobnicate "$ex/jinan-comprehensive.xml"
run 2 "an option without its value" "$cli" evaluate "$ex/jinan-comprehensive.xml" --format

# ---------------------------------------------------------------- validate
run 0 "validate the examples" "$cli" validate "$ex/qingdao-cross-domain.xml" "$ex/batch.xml" "$ex/params/params-2019.xml"
check "validate says valid" grep -q 'valid' "$tmp/out"
run 1 "validate an invalid document" "$cli" validate "$tmp/bad-batch.xml"
check "validate gives FILE:LINE" grep -q 'bad-batch\.xml:[0-9]' "$tmp/err"
run 3 "validate an unreadable file" "$cli" validate "$tmp/missing.xml"
run 0 "validate standard input" sh -c "\"$cli\" validate - < \"$ex/jinan-comprehensive.xml\""
run 2 "validate without a file" "$cli" validate

# ------------------------------------------------------ taxonomy and codes
run 0 "industries" "$cli" industries --lang zh
check "industries lists the ten in order" \
	sh -c "grep -q '^new-generation-it' \"$tmp/out\" && grep -q '^modern-finance' \"$tmp/out\""
check "industries has Chinese labels" grep -q '医养健康' "$tmp/out"
run 2 "industries takes no argument" "$cli" industries extra
run 0 "lookup" "$cli" lookup 醫養健康 'HIGH-END EQUIPMENT' 钢铁
check "lookup folds Traditional to Simplified" grep -q 'health-care' "$tmp/out"
check "lookup is case-insensitive" grep -q 'high-end-equipment' "$tmp/out"
check "lookup keeps other names" grep -q 'other' "$tmp/out"
run 2 "lookup without a name" "$cli" lookup

# names that fall to other near one of the ten: a warning, never a remapping
run 0 "lookup of near names" "$cli" lookup 高端装备制造 钢铁 'smart ocean industry'
check "lookup keeps a near name other" grep -q '^高端装备制造	other	' "$tmp/out"
check "lookup gives the nearest industry on a second line" \
	sh -c "sed -n 2p \"$tmp/out\" | grep -q 'nearest: High-end equipment (high-end-equipment)'"
check "lookup gives no nearest industry for a far name" \
	sh -c "sed -n 3p \"$tmp/out\" | grep -q '^钢铁	other	钢铁\$'"
check "lookup finds an English name with a suffix" grep -q 'nearest: Smart ocean' "$tmp/out"
run 0 "lookup of a near name in Chinese" "$cli" lookup --lang zh 高端装备制造
check "lookup's hint in Chinese" grep -q '最接近：高端装备（high-end-equipment）；仅供参考' "$tmp/out"
sed 's|<industry>高端装备</industry><industry>new-generation-it</industry>|<industry>高端装备制造</industry><industry>新一代信息技术产业</industry>|' \
	"$ex/qingdao-cross-domain.xml" >"$tmp/near.xml"
run 0 "validate with near industry names" "$cli" validate "$tmp/near.xml"
check "still valid" grep -q 'near.xml: valid' "$tmp/out"
check "validate warns with the nearest industry, file, line and application" \
	grep -q "near.xml:4: warning: industry '高端装备制造' is none of the ten strong industries.*high-end-equipment.*(application QD-2019-007)" "$tmp/err"
check "validate warns of each near name" sh -c "test \$(grep -c warning: \"$tmp/err\") -eq 2"
run 0 "validate --lang zh with near industry names" "$cli" validate --lang zh "$tmp/near.xml"
check "validate says 有效 in Chinese, as its help says" grep -q 'near.xml：有效$' "$tmp/out"
check "validate warns in Chinese" grep -q '提示：行业“新一代信息技术产业”不是十强产业的名称，按“其他”计；最接近的是“新一代信息技术”' "$tmp/err"
run 0 "validate of the examples" "$cli" validate "$ex/qingdao-cross-domain.xml" "$ex/batch.xml"
check "no warning for names near none (纺织)" test ! -s "$tmp/err"
run 0 "evaluate with near industry names" "$cli" evaluate --format xml "$tmp/near.xml"
check "the decision's tier drops (the names count as other)" grep -q 'classified="enterprise"' "$tmp/out"
check "the decision carries the warnings" grep -q '<warning name="高端装备制造" nearest="high-end-equipment">' "$tmp/out"
if [ $has_xmllint = yes ]; then
	cp "$tmp/out" "$tmp/near-decision.xml"
	check "a decision with warnings is valid against decision.xsd" valid "$tmp/near-decision.xml"
else
	skip "a decision with warnings is valid against decision.xsd" "xmllint not installed"
fi
run 0 "evaluate --lang zh text with near industry names" "$cli" evaluate --lang zh "$tmp/near.xml"
check "the text report shows the warning" grep -q '! 提示：行业“高端装备制造”' "$tmp/out"
run 0 "uscc with a valid code" "$cli" uscc 91370200718018514D
check "uscc decodes the division" grep -q '370200' "$tmp/out"
run 1 "uscc with an invalid code" "$cli" uscc 91370200718018514D 91370200718018514A
run 2 "uscc without a code" "$cli" uscc

# ------------------------------------------------------------------- audit
run 2 "audit without a ledger" "$cli" audit
run 3 "audit of an unreadable ledger" "$cli" audit "$tmp/missing.xml"
# the parameter set beside the policy id, in every form of the audit report
params=$ex/params/params-2019.xml
audit_valid() { xmllint --noout --schema "$srcdir/data/audit.xsd" "$1"; }
run 0 "audit --params --format xml" "$cli" audit --params "$params" --format xml "$ex/ledgers/clean.xml"
check "the audit names the parameter set and its file beside the policy id" \
	grep -qF "policy=\"sd-2018-ge-shi-bai\" params=\"2019 申报指南（示例）\" paramsFile=\"$params\" clean=\"true\"" "$tmp/out"
cp "$tmp/out" "$tmp/audit-params.xml"
if [ $has_xmllint = yes ]; then
	check "that audit validates against audit.xsd" audit_valid "$tmp/audit-params.xml"
else
	skip "that audit validates against audit.xsd" "no xmllint"
fi
run 0 "audit --params --format json of every example ledger" \
	"$cli" audit --params "$params" --format json "$ex"/ledgers/*.xml
check_json "each audit's JSON names the parameter set and its file" \
	"len(d) == 6 and all(a['params'] == '2019 申报指南（示例）' and a['paramsFile'] == '$params' for a in d)"
run 0 "audit --params --lang en (text)" "$cli" audit --params "$params" --lang en "$ex/ledgers/withholding.xml"
check "the text audit names the parameter set under its first line" \
	grep -qxF "  policy sd-2018-ge-shi-bai (parameters 2019 申报指南（示例）, $params)" "$tmp/out"
run 0 "audit with the built-in parameters --format json" "$cli" audit --format json "$ex"/ledgers/*.xml
check_json "no parameter set named under the built-in parameters" \
	"len(d) == 6 and all(a['policy'] and 'params' not in a and 'paramsFile' not in a for a in d)"

echo "1..$n"
