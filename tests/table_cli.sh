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


# ------------------------------------------------------------ CSV
# The expected rows, from the JSON report of the same inputs (the same library
# decides both; the CSV must carry its numbers unchanged).
"$cli" evaluate --format json --lang zh "$@" >"$tmp/all.json" 2>"$tmp/err"
run 0 "evaluate --format csv (zh) to standard output" "$cli" evaluate --format csv --lang zh "$@"
cp "$tmp/out" "$tmp/zh.csv"
py "the CSV opens in Python's csv: a header and one row per application, the JSON's numbers" '
import csv, json, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
assert b"\r\n" in raw and raw.count(b"\r\n") == raw.count(b"\n"), "lines not CRLF"
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
head, rows = rows[0], rows[1:]
assert head[:4] == ["申报编号", "申报单位", "统一社会信用代码", "城市"], head
assert len(head) == 22 and all(len(r) == 22 for r in rows), [len(r) for r in rows]
assert head[-4:] == ["错误", "政策", "参数集", "参数文件"], head
decisions = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(rows) == len(decisions) == 12, (len(rows), len(decisions))
col = {h: i for i, h in enumerate(head)}
for r, d in zip(rows, decisions):
    assert r[0] == d["application"], (r[0], d["application"])
    s = d["subsidy"]
    for h, k in (("申请金额（元）", "requested"), ("核定省级奖补（元）", "granted"),
                 ("市县配套（元）", "local")):
        assert r[col[h]] == s[k], (r[0], h, r[col[h]], s[k])
    assert r[col["政策"]] == d["policy"], (r[0], r[col["政策"]])
    assert "params" not in d and r[col["参数集"]] == "内置（办法规定）", (r[0], r[col["参数集"]])
    assert r[col["参数文件"]] == "", (r[0], r[col["参数文件"]])
qd = next(r for r in rows if r[0] == "QD-2019-007")
assert qd[1] == "青岛海纳工业互联网有限公司" and qd[3] == "青岛", qd
assert qd[col["申报资格"]] == "符合申报条件", qd
wf = next(r for r in rows if r[0] == "WF-2019-003")
assert wf[col["缺少的事实"]] and "." not in wf[col["缺少的事实"]], wf  # words, not ids
' "$tmp/zh.csv" "$tmp/all.json"
py "the CSV says what it would take: the needs' labels and proofs in words, the potential as the JSON's" '
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
decisions = json.load(open(sys.argv[2], encoding="utf-8"))
with_relevance = 0
for r, d in zip(rows, decisions):
    rel = d.get("relevance")
    cells = [r[h] for h in ("需补正的事项", "证明材料", "补正后申报资格", "补正后平台层级", "补正后省级奖补（元）")]
    if rel is None:
        assert cells == [""] * 5, (r["申报编号"], cells)
        continue
    with_relevance += 1
    p = rel["potential"]
    assert r["补正后省级奖补（元）"] == p["granted"], (r["申报编号"], r["补正后省级奖补（元）"], p)
    assert r["补正后申报资格"] == {"eligible": "符合申报条件", "incomplete": "材料不全",
                                  "ineligible": "不符合申报条件"}[p["outcome"]], (r["申报编号"], p)
    needs = r["需补正的事项"].split("；")
    assert len(needs) == len(rel["needs"]), (r["申报编号"], needs)
    for cell, n in zip(needs, rel["needs"]):
        assert cell.startswith(n["label"]), (cell, n["label"])   # the label, never the path
        assert n["fact"] not in cell, cell
    proofs = r["证明材料"].split("；")
    assert len(proofs) == len(set(proofs)), proofs                # each document named once
    assert set(proofs) == {n["proof"] for n in rel["needs"]}, (proofs, rel["needs"])
assert with_relevance >= 3, with_relevance
wf = next(r for r in rows if r["申报编号"] == "WF-2019-003")
assert "申报单位具有承担项目建设的相应能力" in wf["需补正的事项"], wf
assert wf["补正后申报资格"] == "符合申报条件" and wf["补正后省级奖补（元）"] == "6000000.00", wf
' "$tmp/zh.csv" "$tmp/all.json"
run 0 "evaluate --format csv --no-relevance" "$cli" evaluate --format csv --no-relevance --lang en "$@"
py "with --no-relevance the columns of what it would take are empty" '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert len(rows) == 12, len(rows)
for r in rows:
    for h in ("Facts to supply", "Proof documents", "Outcome once supplied", "Tier once supplied",
              "Granted once supplied (yuan)"):
        assert r[h] == "", (r["Application"], h, r[h])
assert any(r["Missing facts"] for r in rows)
' "$tmp/out"
py "the CSV's amounts add up to the text summary's (granted 79,027,291.66 元)" '
import csv, sys
from decimal import Decimal
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
total = sum(Decimal(r["核定省级奖补（元）"]) for r in rows)
assert total == Decimal("79027291.66"), total
' "$tmp/zh.csv"

# the parameter set that decided each row, beside the policy id, as the JSON report says
"$cli" evaluate --format json --lang en --params "$ex/params/params-2019.xml" "$@" >"$tmp/params.json" 2>"$tmp/err"
run 0 "evaluate --format csv --params FILE (en)" \
	"$cli" evaluate --format csv --lang en --params "$ex/params/params-2019.xml" "$@"
py "each CSV row names the policy, the parameter set and its file, as the JSON report does" '
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
decisions = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(rows) == len(decisions) == 12, len(rows)
for r, d in zip(rows, decisions):
    assert r["Application"] == d["application"], r
    assert (r["Policy"], r["Parameter set"], r["Parameter file"]) == \
        (d["policy"], d["params"], d["paramsFile"]), (r["Application"], r, d.get("params"))
assert rows[0]["Parameter set"] == "2019 申报指南（示例）", rows[0]["Parameter set"]
assert rows[0]["Parameter file"].endswith("params-2019.xml"), rows[0]["Parameter file"]
' "$tmp/out" "$tmp/params.json"

# a refused application, a comma and a quote in a name, a formula-like name, 莱芜 after the merger
sed -e 's/<division>370102</<division>371202</' -e 's/id="JN-2019-001"/id="LW-1"/' \
	"$ex/jinan-comprehensive.xml" >"$tmp/laiwu.xml"
sed -e 's|<name>[^<]*</name>|<name>=HYPERLINK("x"),"乙"</name>|' -e 's/id="QD-2019-007"/id="Q-2"/' \
	"$ex/qingdao-cross-domain.xml" >"$tmp/quoted.xml"
run 1 "evaluate --format csv -o FILE (en) with a refused application" \
	"$cli" evaluate --format csv --lang en -o "$tmp/en.csv" "$tmp/laiwu.xml" "$tmp/quoted.xml" "$tmp/bad.xml"
if [ -s "$tmp/out" ]; then fail "nothing on standard output with -o"; else pass "nothing on standard output with -o"; fi
py "English CSV: 莱芜 counts as Jinan from 2019-01-09; quotes kept; the refused one has its error" '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert [r["Application"] for r in rows] == ["LW-1", "Q-2", "BAD"], rows
assert rows[0]["City"] == "Jinan", rows[0]
assert rows[1]["Applicant"] == "\x27=HYPERLINK(\"x\"),\"乙\"", rows[1]["Applicant"]
assert rows[2]["Outcome"] == "not decided" and "bulider" in rows[2]["Error"], rows[2]
assert rows[2]["Requested (yuan)"] == "" and rows[0]["Requested (yuan)"] != "", rows
assert rows[0]["Parameter set"] == "built in (the measures)" and rows[0]["Policy"], rows[0]
assert rows[2]["Policy"] == rows[2]["Parameter set"] == "", rows[2]   # not decided: by nothing
' "$tmp/en.csv"

# ------------------------------------------------------------ XLSX
openpyxl_python=
for p in ${GSB_PYTHON:-} python3 /usr/bin/python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then openpyxl_python=$p; break; fi
done
if [ -n "$openpyxl_python" ]; then
	pass "a Python with openpyxl ($openpyxl_python)"
else
	fail "a Python with openpyxl (apt-get install python3-openpyxl)"
fi
run 2 "xlsx to standard output refused" "$cli" evaluate --format xlsx "$ex/batch.xml"
run 2 "xlsx to '-' refused" "$cli" evaluate --format xlsx -o - "$ex/batch.xml"
run 2 "-o with the text format refused" "$cli" evaluate -o "$tmp/x.txt" "$ex/batch.xml"
run 2 "-o naming an input refused" "$cli" evaluate --format csv -o "$tmp/laiwu.xml" "$tmp/laiwu.xml"
run 0 "evaluate --format xlsx -o FILE (zh)" "$cli" evaluate --format xlsx -o "$tmp/zh.xlsx" --lang zh "$@"
if [ -n "$openpyxl_python" ]; then
	if "$openpyxl_python" -c '
import json, sys
from decimal import Decimal
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == ["申报明细", "汇总"], book.sheetnames
ws = book["申报明细"]
rows = list(ws.iter_rows(values_only=True))
head, rows = rows[0], rows[1:]
assert head[0] == "申报编号" and head[1] == "申报单位", head
assert ws.freeze_panes == "A2", ws.freeze_panes
assert ws.column_dimensions["B"].width >= 30, ws.column_dimensions["B"].width
decisions = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(rows) == len(decisions) == 12, len(rows)
col = {h: i for i, h in enumerate(head)}
for r, d in zip(rows, decisions):
    assert r[0] == d["application"]
    for h, k in (("申请金额（元）", "requested"), ("核定省级奖补（元）", "granted")):
        v = r[col[h]]
        assert isinstance(v, (int, float)), (h, v)
        assert Decimal(str(round(v, 2))) == Decimal(d["subsidy"][k]), (r[0], h, v)
cell = ws.cell(row=2, column=col["核定省级奖补（元）"] + 1)
assert "元" in cell.number_format and "0.00" in cell.number_format, cell.number_format
qd = next(r for r in rows if r[0] == "QD-2019-007")
assert qd[1] == "青岛海纳工业互联网有限公司" and qd[3] == "青岛", qd
totals = {r[0]: r[1] for r in book["汇总"].iter_rows(min_row=2, values_only=True)}
assert totals["申报数"] == 12 and totals["符合申报条件"] == 8, totals
assert round(totals["核定省级奖补（元）"], 2) == 79027291.66, totals
assert totals["参数"] == "内置（办法规定）", totals
for r, d in zip(rows, decisions):
    assert (r[col["政策"]], r[col["参数集"]], r[col["参数文件"]]) == (d["policy"], "内置（办法规定）", None), r
for r, d in zip(rows, decisions):
    v, rel = r[col["补正后省级奖补（元）"]], d.get("relevance")
    if rel is None:
        assert v is None and r[col["需补正的事项"]] is None, (r[0], v)
    else:
        assert isinstance(v, (int, float)) and Decimal(str(round(v, 2))) == Decimal(rel["potential"]["granted"]), (r[0], v)
        assert r[col["证明材料"]], r[0]

' "$tmp/zh.xlsx" "$tmp/all.json" >"$tmp/py" 2>&1; then
		pass "the XLSX opens in openpyxl: sheets, frozen header, numbers in yuan, Chinese text, totals"
	else
		fail "the XLSX opens in openpyxl: $(tail -n 3 "$tmp/py")"
	fi
fi

# ------------------------------------------------------------ progress under a terminal
# A batch of 400 applications (the Qingdao example, renumbered) decided with
# standard output and standard error on one pseudo-terminal: the progress
# line appears (with the share done and the time left), each one is cleared
# before anything else is written, and what remains is exactly the report
# and the error line that a run without a terminal writes.
python3 -c '
import re, sys
app = open(sys.argv[1], encoding="utf-8").read()
app = app[app.index("<application"):]
body = re.sub(r"<\?xml[^>]*>", "", app)
out = ["<applications xmlns=\"urn:geshibai:1\">"]
for i in range(400):
    out.append(body.replace("id=\"QD-2019-007\"", "id=\"P-%03d\"" % i).replace(" xmlns=\"urn:geshibai:1\"", "", 1))
out.append("</applications>\n")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
' "$ex/qingdao-cross-domain.xml" "$tmp/many.xml"
GSB_PROGRESS_DELAY=0 "$cli" evaluate --lang en --threads 1 "$tmp/many.xml" "$tmp/bad.xml" \
	>"$tmp/plain.out" 2>"$tmp/plain.err"
py "no progress line when standard error is not a terminal" '
import sys
assert open(sys.argv[1]).read().count("\n") == 1 and "evaluated" not in open(sys.argv[1]).read()
' "$tmp/plain.err"
py "under a pseudo-terminal: progress with share and time left, cleared before report and error lines" '
import os, pty, re, subprocess, sys, tty
cli, many, bad, plain, plain_err = sys.argv[1:6]
master, slave = pty.openpty()
tty.setraw(slave)  # no CR/LF translation: the bytes as written
env = dict(os.environ, GSB_PROGRESS_DELAY="0")
p = subprocess.Popen([cli, "evaluate", "--lang", "en", "--threads", "1", many, bad],
                     stdout=slave, stderr=slave, stdin=subprocess.DEVNULL, env=env)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
assert p.wait() == 1, p.returncode
text = data.decode("utf-8")
draw = re.compile(r"\rgeshibai: (\d+) applications evaluated \([^)]*\)( · \d+% · about [^\r\n\x1b]* left)?\x1b\[K")
draws = draw.findall(text)
assert len(draws) >= 3, len(draws)
assert any(d[1] for d in draws), "no share or time left shown"
# every drawn line is followed by another drawing or by its clearing
for m in draw.finditer(text):
    assert text.startswith("\r", m.end()), repr(text[m.start():m.end() + 40])
rest = draw.sub("", text).replace("\r\x1b[K", "")
assert "applications evaluated" not in rest
want = open(plain).read()
err = open(plain_err).read()
assert err in rest, "the error line is not whole"
assert rest.replace(err, "", 1) == want, "the report was broken by the progress line"
' "$cli" "$tmp/many.xml" "$tmp/bad.xml" "$tmp/plain.out" "$tmp/plain.err"

echo "1..$n"
