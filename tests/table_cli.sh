#!/bin/sh
# The clerk's tables (issue 15), as TAP: the summary that ends the text
# report of a batch, evaluate --format csv (read back with Python's csv
# module) and --format xlsx (read back with openpyxl), and the progress line
# under a pseudo-terminal. The numbers are those of the bundled examples.
# Environment: GSB_BUILDDIR (cli/geshibai), GSB_SRCDIR (examples).

srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
ex=$srcdir/examples
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-table.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
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
# run WANT_STATUS DESCRIPTION COMMAND...: stdout in $tmp/out, stderr in $tmp/err
run() {
	want=$1 desc=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -eq "$want" ]; then pass "$desc (exit $want)"; else fail "$desc (exit $got, expected $want)"; fi
}
# has DESCRIPTION TEXT: $tmp/out holds the line TEXT exactly
has() {
	if grep -qxF -- "$2" "$tmp/out"; then pass "$1"; else fail "$1: no line '$2'"; fi
}
# py DESCRIPTION PROGRAM ARG...: passes when the Python program exits 0
py() {
	desc=$1
	shift
	if python3 -c "$@" >"$tmp/py" 2>&1; then pass "$desc"; else fail "$desc: $(tail -n 3 "$tmp/py")"; fi
}

apps=
for f in "$ex"/*.xml; do
	grep -Eq '<applications?[[:space:]>]' "$f" && apps="$apps $f"
done
set -- $apps

# ------------------------------------------------------------ text summary
run 0 "text report of every example (zh)" "$cli" evaluate --lang zh "$@"
has "summary: counts" "汇总：共 12 份申报，已评价 12 份，未能评价 0 份"
has "summary: by outcome" "  按申报资格：符合申报条件 8，材料不全 2，不符合申报条件 2"
has "summary: by tier" \
	"  按平台层级：综合服务平台（个） 1，跨行业跨领域平台（十） 3，企业级平台（百） 6，未达层级 2"
has "summary: requested in 万元" "  申请合计：10,391.18 万元（103,911,791.66 元）"
has "summary: granted in 万元" "  核定省级奖补合计：7,902.73 万元（79,027,291.66 元）"
has "summary: local in 万元" "  市县配套合计：780.00 万元（7,800,000.00 元）"
if grep -q '^申报 QD-2019-007（青岛海纳工业互联网有限公司） ' "$tmp/out"; then
	pass "the applicant's name beside the id"
else
	fail "the applicant's name beside the id"
fi
printf '<applications xmlns="urn:geshibai:1">\n<application id="BAD"><bulider/></application>\n</applications>\n' >"$tmp/bad.xml"
run 1 "a batch with a refused application (en)" "$cli" evaluate --lang en "$ex/batch.xml" "$tmp/bad.xml"
has "summary counts the refused one" "Summary: 5 applications, 4 decided, 1 not decided"
run 0 "one application alone: no summary" "$cli" evaluate --lang zh "$ex/linyi-tier-none.xml"
if grep -q '汇总' "$tmp/out"; then fail "no summary for one application"; else pass "no summary for one application"; fi

echo "1..$n"
