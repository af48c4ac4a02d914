#!/bin/sh
# The programme report (geshibai report, issue 7) checked in a real browser,
# as TAP: the HTML for the bundled examples (examples/*.xml that are
# applications or batches) is rendered by headless Chromium (Debian package
# "chromium"); assertions read the rendered DOM (--dump-dom): tier counts and
# targets, totals, cities, incomplete applications; a screenshot must be a
# non-empty PNG. Without Chromium the test FAILS (install: apt-get install
# chromium).
# Environment: GSB_BUILDDIR (cli/geshibai), GSB_SRCDIR (examples, tests/data),
# GSB_CHROMIUM (default chromium), GSB_REPORT_PNG (keep the screenshot there).

srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
chromium=${GSB_CHROMIUM:-chromium}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-report.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C
export LANG

n=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); echo "not ok $n - $1"; }
is() { # DESCRIPTION GOT WANT
	if [ "$2" = "$3" ]; then pass "$1 = $3"; else fail "$1 = '$2', expected '$3'"; fi
}
finish() { echo "1..$n"; exit 0; }

# attr FILE ID NAME: the value of attribute NAME of the element with id ID
attr() {
	grep -o "<[a-z]* id=\"$2\"[^>]*>" "$1" | head -n 1 |
		sed -n "s/.* $3=\"\([^\"]*\)\".*/\1/p"
}

# browse HTML PNG: DOM in HTML.dom, screenshot in PNG ("-": none); a fresh profile each time
browse() {
	profile=$(mktemp -d "$tmp/profile.XXXXXX")
	set -- "$1" "$2" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" --window-size=1200,1600
	html=$1 png=$2
	shift 2
	timeout 180 "$chromium" "$@" --dump-dom "file://$html" >"$html.dom" 2>"$tmp/chromium.err"
	dom_status=$?
	png_status=
	[ "$png" = - ] && return
	timeout 180 "$chromium" "$@" --screenshot="$png" "file://$html" >/dev/null 2>>"$tmp/chromium.err"
	png_status=$?
}

# ------------------------------------------------------------ prerequisites
if command -v "$chromium" >/dev/null 2>&1; then
	pass "chromium is installed ($(command -v "$chromium"))"
else
	fail "chromium is installed (apt-get install chromium; or set GSB_CHROMIUM)"
	finish
fi
if [ -x "$cli" ]; then pass "geshibai built"; else fail "geshibai built ($cli)"; finish; fi

apps=
for f in "$srcdir"/examples/*.xml; do
	grep -Eq '<applications?[[:space:]>]' "$f" && apps="$apps $f"
done
set -- $apps
is "bundled application documents" "$#" 9

# ------------------------------------------------------------ Chinese report
"$cli" report --html "$tmp/zh.html" "$@" 2>"$tmp/err"
is "report exit status" "$?" 0
browse "$tmp/zh.html" "$tmp/zh.png"
is "chromium --dump-dom exit status" "$dom_status" 0
is "chromium --screenshot exit status" "$png_status" 0
dom=$tmp/zh.html.dom
if grep -q '<html lang="zh-CN"' "$dom"; then pass "rendered, in Chinese"; else fail "rendered, in Chinese"; fi
if grep -q '<script' "$dom"; then fail "no script in the page"; else pass "no script in the page"; fi
if grep -q 'src=\|href=' "$dom"; then fail "nothing referenced"; else pass "nothing referenced"; fi
if [ -s "$tmp/zh.png" ] && [ "$(head -c 4 "$tmp/zh.png" | tail -c 3)" = PNG ]; then
	pass "screenshot is a non-empty PNG ($(wc -c <"$tmp/zh.png") bytes)"
else
	fail "screenshot is a non-empty PNG"
fi
[ -n "$GSB_REPORT_PNG" ] && cp "$tmp/zh.png" "$GSB_REPORT_PNG"

is "applications" "$(attr "$dom" count-applications data-count)" 12
is "eligible" "$(attr "$dom" count-eligible data-count)" 8
is "incomplete" "$(attr "$dom" count-incomplete data-count)" 2
is "ineligible" "$(attr "$dom" count-ineligible data-count)" 2
is "recognised" "$(attr "$dom" count-recognised data-count)" 7
is "个 recognised" "$(attr "$dom" tier-comprehensive data-recognised)" 1
is "个 target" "$(attr "$dom" tier-comprehensive data-target)" 1
is "个 met" "$(attr "$dom" tier-comprehensive data-met)" true
is "十 recognised" "$(attr "$dom" tier-cross-domain data-recognised)" 3
is "十 target" "$(attr "$dom" tier-cross-domain data-target)" 10
is "十 met" "$(attr "$dom" tier-cross-domain data-met)" false
is "百 recognised" "$(attr "$dom" tier-enterprise data-recognised)" 3
is "百 target" "$(attr "$dom" tier-enterprise data-target)" 100
is "total granted (fen)" "$(attr "$dom" total-granted data-fen)" 7902729166
is "total requested (fen)" "$(attr "$dom" total-requested data-fen)" 10391179166
is "city and county support (fen)" "$(attr "$dom" total-local data-fen)" 780000000
is "青岛 award (fen)" "$(attr "$dom" city-3702 data-fen)" 1920520833
is "济南 recognised" "$(attr "$dom" city-3701 data-recognised)" 1
if grep -q '79,027,291.66 元' "$dom"; then pass "total shown in yuan"; else fail "total shown in yuan"; fi
sum=$(grep -o '<tr id="city-[^>]*' "$dom" | sed -n 's/.* data-fen="\([0-9]*\)".*/\1/p' |
	awk '{ s += $1 } END { printf "%.0f", s }') # exact below 2^53
is "cities add up to the total (fen)" "$sum" 7902729166
is "incomplete rows" "$(grep -o '<tr class="incomplete"' "$dom" | wc -l)" 2
is "WF-2019-003 missing facts" \
	"$(grep -o '<tr class="incomplete" data-missing="[0-9]*" data-application="WF-2019-003"' "$dom" |
		sed 's/.*data-missing="\([0-9]*\)".*/\1/')" 3
is "operating-cost met" "$(attr "$dom" kpi-operating-cost data-met)" 2
# what the incomplete ones lack and would be granted, against the JSON report's relevance
"$cli" evaluate --format json --lang zh "$@" >"$tmp/all.json" 2>/dev/null
if python3 -c '
import json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
decisions = [d for d in json.load(open(sys.argv[2], encoding="utf-8")) if d["eligibility"]["outcome"] == "incomplete"]
assert len(decisions) == 2, len(decisions)
extra = 0
for d in decisions:
    rel = d["relevance"]
    row = re.search(r"<tr class=\"incomplete\" [^>]*data-application=\"%s\".*?</tr>" % d["application"], dom, re.S)
    assert row, d["application"]
    row = row.group(0)
    assert "data-needs=\"%d\"" % len(rel["needs"]) in row, (d["application"], row[:120])
    for n in rel["needs"]:
        assert n["label"] in row and n["proof"] in row, (d["application"], n["label"])
        assert n["fact"] not in row, n["fact"]  # words, never fact paths
    cell = re.search(r"<td class=\"potential\" data-outcome=\"([a-z-]+)\" data-tier=\"([a-z-]+)\" data-fen=\"(\d+)\"", row)
    p = rel["potential"]
    assert cell and cell.groups() == (p["outcome"], p["tier"], p["granted"].replace(".", "").lstrip("0") or "0"), (cell and cell.groups(), p)
    extra += int(p["granted"].replace(".", ""))
m = re.search(r"<p id=\"incomplete-potential\" data-applications=\"(\d+)\" data-fen=\"(\d+)\" [^>]*data-total-fen=\"(\d+)\"", dom)
granted = int(re.search(r"<dd id=\"total-granted\" data-fen=\"(\d+)\"", dom).group(1))
assert m and m.groups() == ("2", str(extra), str(granted + extra)), (m and m.groups(), extra, granted)
' "$dom" "$tmp/all.json" >"$tmp/py" 2>&1; then
	pass "incomplete ones: the needs in words with their proofs, the potential per application and in total"
else
	fail "incomplete ones: needs and potential: $(tail -n 2 "$tmp/py")"
fi
is "if all were supplied: 6,000,000.00 more (fen)" "$(grep -o '<p id="incomplete-potential"[^>]*' "$dom" | sed -n 's/.* data-fen="\([0-9]*\)".*/\1/p')" 600000000
is "charts" "$(grep -o '<svg id="chart-[a-z]*"' "$dom" | wc -l)" 3
# cities ranked by provincial award, largest first
awards=$(grep -o '<tr id="city-[^>]*' "$dom" | sed -n 's/.* data-fen="\([0-9]*\)".*/\1/p' | tr '\n' ' ')
if [ "$(echo $awards | tr ' ' '\n')" = "$(echo $awards | tr ' ' '\n' | sort -rn)" ]; then
	pass "cities ranked by award ($awards)"
else
	fail "cities ranked by award ($awards)"
fi
awards=$(grep -o '<tr id="industry-[a-z-]*"[^>]*' "$dom" | grep -v 'industry-other\|industry-none' |
	sed -n 's/.* data-fen="\([0-9]*\)".*/\1/p' | tr '\n' ' ')
if [ "$(echo $awards | tr ' ' '\n')" = "$(echo $awards | tr ' ' '\n' | sort -rn)" ]; then
	pass "industries ranked by award ($awards)"
else
	fail "industries ranked by award ($awards)"
fi
if grep -o '<h[1-6][^>]*>[^<]*' "$dom" | grep -q '§\|\[[0-9.]*\]'; then
	fail "no section marks in headings"
else
	pass "no section marks in headings"
fi
if grep -q '<dd id="total-granted"[^>]*><span class="amount" title="79,027,291.66 元">7,902.73 万元</span>' "$dom"; then
	pass "total in 万元, the exact yuan on hover"
else
	fail "total in 万元, the exact yuan on hover"
fi
if grep -q '<td class="reason">[^<]' "$dom"; then
	pass "a recognised platform granted nothing has its reason"
else
	fail "a recognised platform granted nothing has its reason"
fi
if grep -q '<footer>' "$dom" && grep -q 'id="generated" data-date="[0-9-]*"' "$dom" &&
	grep -q 'id="footer-policy"[^<]*sd-2018-ge-shi-bai' "$dom" &&
	grep -q 'id="footer-parameters"' "$dom"; then
	pass "footer: generation date, policy, parameters"
else
	fail "footer: generation date, policy, parameters"
fi
if grep -q '@media print{@page{size:A4' "$dom"; then pass "a print stylesheet for A4"; else fail "a print stylesheet for A4"; fi
is "十 bar: 3 of 10, no overshoot" "$(attr "$dom" bar-cross-domain data-bar)" 168

# ------------------------------------------------------------ an overshot target
"$cli" report --html "$tmp/over.html" --params "$srcdir/tests/data/params-target-2.xml" "$@" 2>"$tmp/err"
is "report with target.enterprise 2: exit status" "$?" 0
browse "$tmp/over.html" -
dom=$tmp/over.html.dom
is "百 recognised" "$(attr "$dom" bar-enterprise data-recognised)" 3
is "百 bar: full" "$(attr "$dom" bar-enterprise data-bar)" 560
is "百 target mark at 2 of 3" "$(attr "$dom" bar-enterprise data-mark)" 373
if grep -q '<g id="bar-enterprise" class="target-bar"[^>]*>.*<rect class="bar over"[^>]*>.*(150%)' "$dom"; then
	pass "the overshoot drawn and captioned (3 / 2, 150%)"
else
	fail "the overshoot drawn and captioned"
fi

# ------------------------------------------------------------ English, a lower cap
"$cli" report --html "$tmp/en.html" --lang en --params "$srcdir/tests/data/params-cap-5m.xml" \
	"$@" 2>"$tmp/err"
is "report --lang en --params exit status" "$?" 0
browse "$tmp/en.html" -
dom=$tmp/en.html.dom
if grep -q '<html lang="en"' "$dom"; then pass "rendered, in English"; else fail "rendered, in English"; fi
is "cap 5,000,000.00: total granted (fen)" "$(attr "$dom" total-granted data-fen)" 6770520833
is "cap 5,000,000.00: recognised" "$(attr "$dom" count-recognised data-count)" 7
if grep -q 'cap 5m' "$dom"; then pass "the parameters named"; else fail "the parameters named"; fi
if grep -q '<th>Once supplied</th>' "$dom" && grep -q '<li>the applicant can carry out the project' "$dom"; then
	pass "the needs in English"
else
	fail "the needs in English"
fi

# ------------------------------------------------------------ 莱芜, one date each side
sed -e 's/<division>370102</<division>371202</' -e 's/id="JN-2019-001"/id="LW-1"/' \
	"$srcdir/examples/jinan-comprehensive.xml" >"$tmp/laiwu.xml"
"$cli" report --html "$tmp/before.html" --as-of 2019-01-08 "$tmp/laiwu.xml" 2>"$tmp/err"
"$cli" report --html "$tmp/after.html" --as-of 2019-01-09 "$tmp/laiwu.xml" 2>>"$tmp/err"
browse "$tmp/before.html" -
browse "$tmp/after.html" -
is "3712 as of 2019-01-08: 莱芜" "$(attr "$tmp/before.html.dom" city-3712 data-applications)" 1
is "3712 as of 2019-01-09: 济南" "$(attr "$tmp/after.html.dom" city-3701 data-applications)" 1
is "no 莱芜 row from 2019-01-09" "$(grep -c 'id="city-3712"' "$tmp/after.html.dom")" 0

finish
