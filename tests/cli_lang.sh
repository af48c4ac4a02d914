#!/bin/sh
# The command in the user's language (issue 15): --lang on every command and
# LANG by default, --help in both languages, errors in Chinese with what was
# expected and the nearest name, --as-of in Chinese and slashed forms, a
# mistyped command, a ledger given to evaluate and an application to audit;
# the Chinese messages have no English left over. TAP.
srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
ex=$srcdir/examples
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-lang.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C
export LANG

n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; sed 's/^/#   /' "$tmp/err" 2>/dev/null | head -5; fi; }
has() { grep -q -F -- "$2" "$1"; }

# --help in both languages, for every command; --lang and LANG
commands="evaluate audit validate industries lookup uscc compare report serve notice review"
for c in $commands; do
	"$cli" $c --help --lang zh >"$tmp/zh" 2>"$tmp/err"
	"$cli" $c --help --lang en >"$tmp/en" 2>>"$tmp/err"
	ok "$c --help in Chinese and English" "has '$tmp/zh' 名称 && has '$tmp/zh' 退出状态 && has '$tmp/en' NAME && ! has '$tmp/en' 名称"
	# every option of the English help is in the Chinese help too
	missing=
	for o in $(grep -o -E -- '(^|[][ ,(|])--?[a-zA-Z][a-z-]*' "$tmp/en" | sed 's/^[^-]*//' | sort -u); do
		grep -q -E -- "(^|[^a-z-])$o([^a-z-]|\$)" "$tmp/zh" || missing="$missing $o"
	done
	[ -n "$missing" ] && echo "$c: missing from the Chinese help:$missing" >"$tmp/err"
	ok "$c --help in Chinese names every option of the English help" "[ -z '$missing' ]"
done
"$cli" --help --lang en >"$tmp/en" 2>"$tmp/err"
"$cli" --help --lang zh >"$tmp/zh" 2>>"$tmp/err"
missing=
for c in $commands; do
	has "$tmp/en" "  $c " || missing="$missing $c(en)"
	has "$tmp/zh" "  $c " || missing="$missing $c"
done
echo "commands missing:$missing" >"$tmp/err"
ok "geshibai --help lists every command in both languages" "[ -z '$missing' ]"
LANG=zh_CN.UTF-8 "$cli" --help >"$tmp/zh" 2>"$tmp/err"
ok "geshibai --help follows LANG=zh_CN.UTF-8 (no installed locale needed)" "has '$tmp/zh' 用法 && has '$tmp/zh' 命令"
LC_ALL=en_US.UTF-8 LANG=zh_CN.UTF-8 "$cli" --help >"$tmp/en" 2>"$tmp/err"
ok "LC_ALL wins over LANG for --help" "has '$tmp/en' Usage"

# validate --lang zh, and errors in Chinese with what was expected
sed 's/<builder>/<bulider>/; s#</builder>#</bulider>#' "$ex/qingdao-cross-domain.xml" >"$tmp/misspelt.xml"
"$cli" validate --lang zh "$tmp/misspelt.xml" >"$tmp/out" 2>"$tmp/err"
ok "validate --lang zh: an unknown element, the nearest name, file, line, application" \
	"has '$tmp/err' '未知元素“bulider”（是否应为 builder？）' && has '$tmp/err' 'misspelt.xml:12:' && has '$tmp/err' '（申报 QD-2019-007）'"
"$cli" validate --lang en "$tmp/misspelt.xml" >"$tmp/out" 2>"$tmp/err"
ok "validate --lang en: did you mean builder?" "has '$tmp/err' \"unknown element 'bulider' (did you mean builder?)\""
sed 's/2019-06-14/2019-06-31/' "$ex/qingdao-cross-domain.xml" >"$tmp/date.xml"
LANG=zh_CN.UTF-8 "$cli" evaluate "$tmp/date.xml" >"$tmp/out" 2>"$tmp/err"
ok "evaluate under LANG=zh: June has 30 days, in Chinese, in the report too" \
	"has '$tmp/err' '2019年6月只有30天' && has '$tmp/out' '2019年6月只有30天'"
sed 's/12000000.00/12,000,000.00/' "$ex/qingdao-cross-domain.xml" >"$tmp/amount.xml"
"$cli" evaluate --lang zh "$tmp/amount.xml" >"$tmp/out" 2>"$tmp/err"
ok "an amount with separators: written without, e.g. 12000000.00" "has '$tmp/err' '不加千位分隔符，例如 12000000.00'"
sed 's#</builder>#</owner>#' "$ex/qingdao-cross-domain.xml" >"$tmp/tags.xml"
"$cli" validate --lang zh "$tmp/tags.xml" >"$tmp/out" 2>"$tmp/err"
ok "a tag mismatch in Chinese, not the parser's English" "has '$tmp/err' '开始标签和结束标签须一致' && ! has '$tmp/err' Opening"

# --as-of: ISO, slashed and Chinese dates alike
"$cli" evaluate --format json --as-of 2019-06-14 "$ex/qingdao-cross-domain.xml" >"$tmp/iso" 2>"$tmp/err"
"$cli" evaluate --format json --as-of 2019/06/14 "$ex/qingdao-cross-domain.xml" >"$tmp/slash" 2>>"$tmp/err"
"$cli" evaluate --format json --as-of 2019年6月14日 "$ex/qingdao-cross-domain.xml" >"$tmp/han" 2>>"$tmp/err"
ok "--as-of 2019/06/14 and 2019年6月14日 decide as 2019-06-14" "cmp -s '$tmp/iso' '$tmp/slash' && cmp -s '$tmp/iso' '$tmp/han'"
"$cli" evaluate --lang zh --as-of 2019年6月31日 "$ex/qingdao-cross-domain.xml" >"$tmp/out" 2>"$tmp/err"
ok "--as-of 2019年6月31日 is refused, in Chinese (exit 2)" "[ $? -eq 2 ] && has '$tmp/err' '不是日期'"

# a mistyped command
"$cli" evalute x >"$tmp/out" 2>"$tmp/err"
ok "a mistyped command: did you mean evaluate?" "[ $? -eq 2 ] && has '$tmp/err' 'did you mean evaluate?'"
"$cli" --lang zh valdate >"$tmp/out" 2>"$tmp/err"
ok "in Chinese: 是否应为 validate" "has '$tmp/err' '未知命令“valdate”（是否应为 validate？）'"

# a ledger to evaluate, an application to audit: the same words
"$cli" evaluate "$ex/ledgers/clean.xml" >"$tmp/out" 2>"$tmp/err"
ok "evaluate given a ledger says use audit" "has '$tmp/err' \"this is a ledger, not an application: use 'geshibai audit'\""
"$cli" audit "$ex/qingdao-cross-domain.xml" >"$tmp/out" 2>"$tmp/err"
ok "audit given an application says use evaluate, in the same words" "has '$tmp/err' \"this is an application, not a ledger: use 'geshibai evaluate'\""

# no English left over in the Chinese messages: ASCII words other than the
# ids, codes, names and values the messages quote on purpose
: >"$tmp/all"
for f in misspelt date amount tags; do "$cli" validate --lang zh "$tmp/$f.xml" 2>>"$tmp/all" >/dev/null; done
for mut in 's/<capable>true/<capable>是/' 's/operating-cost/operating-cots/' 's/industry-leader/industry-leadr/' \
	's/ratePercent="4.35"/ratePercent="4.3.5"/' 's/expertScore="88.5"/expertScor="88.5"/' 's/<review /<credit /' \
	's/year="2019"/year="19a"/' 's/370212/3702/' 's/ id="QD-2019-007"//' 's/<platform /<platfrm /'; do
	sed "$mut" "$ex/qingdao-cross-domain.xml" >"$tmp/m.xml"
	"$cli" evaluate --lang zh "$tmp/m.xml" 2>>"$tmp/all" >/dev/null
done
"$cli" evaluate --lang zh "$ex/ledgers/clean.xml" 2>>"$tmp/all" >/dev/null
"$cli" evaluate --lang zh --bogus 2>>"$tmp/all" >/dev/null
"$cli" audit --lang zh 2>>"$tmp/all" >/dev/null
# strip what is quoted (“…”, <…>, '…'), paths, options, commands and examples
sed -e 's/“[^”]*”//g' -e 's/<[^>]*>//g' -e "s/'[^']*'//g" -e 's#[^ ：:]*\.xml:[0-9]*:##g' \
	-e 's#^ *[A-Za-z/@]*: ##' -e 's/--[a-z-]*//g' -e 's/geshibai [a-z]*//g' -e 's/geshibai//g' \
	-e 's/（是否应为 [^？]*？）//g' -e 's/此处应为 [^）]*//g' -e 's/(申报 [^）]*）//g' -e 's/（申报 [^）]*）//g' \
	"$tmp/all" >"$tmp/stripped"
grep -o -E '[A-Za-z]{2,}' "$tmp/stripped" | grep -v -x -E 'XML|UTF|true|false|application|applicant|platform|review|funding|effect|kpi|name|ledger|credit|listings|listing|domains|domain|capable|builder|owner|submitted|builderType|ratePercent|loan|year|division|expertScore|expertScor|award|amount|DOCTYPE' >"$tmp/english"
cp "$tmp/all" "$tmp/err"
ok "the Chinese messages have no English left over ($(wc -l <"$tmp/all") lines scanned)" "[ ! -s '$tmp/english' ]"
[ -s "$tmp/english" ] && sort -u "$tmp/english" | sed 's/^/#   english: /'
# the Chinese text report shows words: outcome, tier, relation, legal form,
# credit facts, booleans, subsidy status, missing facts by their labels
: >"$tmp/report"
for f in "$ex"/*.xml; do "$cli" evaluate --lang zh "$f" >>"$tmp/report" 2>/dev/null; done
ok "the Chinese report: 材料不全, 低于申报层级, 失信被执行人=否, 缺少的事实 by label" \
	"has '$tmp/report' '一、申报资格：材料不全' && has '$tmp/report' '低于申报层级' && has '$tmp/report' '失信被执行人=否' && has '$tmp/report' '缺少的事实：具备承担能力'"
# what remains in ASCII: application ids, the policy id and the provision 'notice'
sed -e 's/“[^”]*”//g' -e 's/政策 [a-z0-9-]*//' -e 's/申报 [A-Z0-9-]*//' -e 's/\[notice\]//' "$tmp/report" |
	grep -o -E '[A-Za-z]{2,}' >"$tmp/english"
cp "$tmp/report" "$tmp/err"
ok "the Chinese report has no English left over ($(wc -l <"$tmp/report") lines)" "[ ! -s '$tmp/english' ]"
[ -s "$tmp/english" ] && sort -u "$tmp/english" | sed 's/^/#   english: /'
echo "1..$n"
