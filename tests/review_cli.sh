#!/bin/sh
# geshibai review (docs/review.md) and geshibai validate on review records:
# show, advance (stdout, -o, --in-place), --check, both languages, --help,
# the rules a refusal names. TAP.
srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli=${GSB_CLI:-$builddir/cli/geshibai}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-review.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C
export LANG
example=$srcdir/examples/review/review-QD-2019-007.xml
early=$srcdir/tests/data/review-disbursed-early.xml
backwards=$srcdir/tests/data/review-dates-backwards.xml

n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() {
	n=$((n + 1))
	echo "not ok $n - $1"
	sed -n '1,6s/^/#   out: /p' "$tmp/out"
	sed -n '1,6s/^/#   err: /p' "$tmp/err"
}
# run WANT DESC CMD...: exit status WANT; stdout in $tmp/out, stderr in $tmp/err
run() {
	want=$1 desc=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -eq "$want" ]; then ok "$desc (exit $want)"; else notok "$desc (exit $got, expected $want)"; fi
}
# has FILE TEXT DESC: FILE holds TEXT (fixed string)
has() { if grep -qF -- "$2" "$1"; then ok "$3"; else notok "$3"; fi; }

# --help in both languages
run 0 "review --help" "$cli" review --help
has "$tmp/out" "geshibai review --to STATE --date DATE" "--help shows the synopsis"
run 0 "review --help --lang zh" "$cli" review --help --lang zh
has "$tmp/out" "用法" "--help in Chinese"
LANG=zh_CN.UTF-8 run 0 "review --help under LANG=zh_CN.UTF-8" "$cli" review --help
has "$tmp/out" "公示期" "--help follows LANG"
"$cli" --help >"$tmp/out" 2>&1
has "$tmp/out" "review " "geshibai --help lists review"

# show a record
run 0 "review shows a disbursed record" "$cli" review "$example"
has "$tmp/out" "state: disbursed (award disbursed) since 2019-09-05" "show: the state and its date"
has "$tmp/out" "2019-08-02  expert-reviewed (expert review) — 专家评审得分 88.5" "show: the history with notes"
has "$tmp/out" "next: none (the record has ended)" "show: nothing after disbursement"
run 0 "review --lang zh" "$cli" review --lang zh "$example"
has "$tmp/out" "当前状态：拨付奖励资金（disbursed），2019-09-05" "show in Chinese"
has "$tmp/out" "下一步可为：无（程序已结束）" "show in Chinese: the record has ended"

# a publicised record: what may come next, with the dates of the period
grep -v 'state="disbursed"' "$example" >"$tmp/pub.xml"
run 0 "review shows a publicised record" "$cli" review "$tmp/pub.xml"
has "$tmp/out" "publicity period: 2019-08-19 to 2019-08-23 (5 days); disbursement allowed from 2019-08-24" "show: the publicity period"
has "$tmp/out" "disbursed (award disbursed), from 2019-08-24" "show: disbursement from the end of the period"
has "$tmp/out" "objection-upheld (objection upheld during publicity), until 2019-08-23" "show: an objection until the end of the period"
has "$tmp/out" "withdrawn (withdrawn)" "show: withdrawal"

# advancing: refused steps change nothing and name the rule
cp "$tmp/pub.xml" "$tmp/pub.orig"
run 1 "disbursed inside the publicity period refused" \
	"$cli" review --to disbursed --date 2019-08-20 "$tmp/pub.xml"
has "$tmp/err" "publicity period of 5 days from 2019-08-19 ends 2019-08-23" "the refusal names the publicity period"
if [ ! -s "$tmp/out" ] && cmp -s "$tmp/pub.xml" "$tmp/pub.orig"; then ok "a refused step writes nothing"; else notok "a refused step writes nothing"; fi
run 1 "objection upheld after the period refused" \
	"$cli" review --to objection-upheld --date 2019-08-24 "$tmp/pub.xml"
has "$tmp/err" "only inside the publicity period" "the refusal says when an objection may be upheld"
run 1 "a date before the last step refused" \
	"$cli" review --to disbursed --date 2019-08-18 "$tmp/pub.xml"
has "$tmp/err" "dates never go backwards" "the refusal names the order of dates"
run 1 "an objection dismissed needs a note" \
	"$cli" review --to publicised --date 2019-08-20 "$tmp/pub.xml"

# advancing: to standard output, to -o, in place
run 0 "advance to standard output" "$cli" review --to disbursed --date 2019-08-24 --note 拨付 "$tmp/pub.xml"
has "$tmp/out" '<step state="disbursed" date="2019-08-24">拨付</step>' "the advanced record on standard output"
"$cli" validate - <"$tmp/out" >/dev/null 2>"$tmp/err" && ok "the advanced record validates" || notok "the advanced record validates"
run 0 "an objection dismissed, with a note" \
	"$cli" review --to publicised --date 2019-08-21 --note "异议不成立" -o "$tmp/dismissed.xml" "$tmp/pub.xml"
run 0 "the period still ends 2019-08-23 after a dismissed objection" "$cli" review "$tmp/dismissed.xml"
has "$tmp/out" "disbursement allowed from 2019-08-24" "a dismissed objection does not restart the period"
run 2 "-o the input refused" "$cli" review --to disbursed --date 2019-08-24 -o "$tmp/pub.xml" "$tmp/pub.xml"
has "$tmp/err" "refusing to overwrite an input file" "-o the input: the message"
ln "$tmp/pub.xml" "$tmp/link.xml"
run 2 "-o a hard link of the input refused" "$cli" review --to disbursed --date 2019-08-24 -o "$tmp/link.xml" "$tmp/pub.xml"
if cmp -s "$tmp/pub.xml" "$tmp/pub.orig"; then ok "the input is unchanged"; else notok "the input is unchanged"; fi
run 0 "advance to -o OUT" "$cli" review --to objection-upheld --date 2019-08-23 -o "$tmp/new.xml" "$tmp/pub.xml"
has "$tmp/new.xml" 'state="objection-upheld" date="2019-08-23"' "-o OUT holds the new step"
run 0 "advance --in-place" "$cli" review --to disbursed --date 2019-08-24 --in-place "$tmp/pub.xml"
has "$tmp/pub.xml" 'state="disbursed" date="2019-08-24"' "--in-place rewrote the record"
if [ "$(ls "$tmp" | grep -c 'pub.xml\.')" -eq 0 ]; then ok "--in-place leaves no temporary file"; else notok "--in-place leaves no temporary file"; fi
grep -v 'state="task-force-reviewed"\|state="expert-reviewed"\|state="selected"\|state="publicised"\|state="disbursed"' "$example" >"$tmp/rec.xml"
run 0 "the task force rejects" "$cli" review --to task-force-rejected --date 2019-07-15 -o "$tmp/tfr.xml" "$tmp/rec.xml"
run 0 "show a task-force rejection" "$cli" review --lang zh "$tmp/tfr.xml"
has "$tmp/out" "专班初审未通过（task-force-rejected）" "the rejection's Chinese label"
has "$tmp/out" "撤回（withdrawn）" "only withdrawal may follow"

# usage errors
run 2 "--to without --date" "$cli" review --to disbursed "$tmp/pub.xml"
run 2 "an unknown state" "$cli" review --to approved --date 2019-08-24 "$tmp/pub.xml"
has "$tmp/err" "'approved' is not a review state" "the unknown state is named"
run 2 "--check with --to" "$cli" review --check --to disbursed --date 2019-08-24 "$tmp/pub.xml"
run 2 "-o and --in-place together" "$cli" review --to disbursed --date 2019-08-24 -o x --in-place "$tmp/pub.xml"
run 2 "no record" "$cli" review

# whole records: review --check and validate
run 1 "review --check: one valid, two not" "$cli" review --check "$example" "$early" "$backwards"
has "$tmp/out" "review-QD-2019-007.xml: valid, disbursed (award disbursed)" "--check: the valid one and its state"
has "$tmp/err" "review-disbursed-early.xml:10: review/step: transition from publicised to disbursed refused: publicity period" "--check: the early disbursement, its line and rule"
has "$tmp/err" "review-dates-backwards.xml:7: review/step: review: expert-reviewed on 2019-06-20 is before task-force-reviewed on 2019-06-28 (dates never go backwards)" "--check: the dates out of order"
run 1 "validate: a disbursement one day after publicity began" "$cli" validate "$early"
has "$tmp/err" "publicity period of 5 days from 2019-08-19" "validate names the publicity period"
run 1 "validate: an expert review dated before the step before it" "$cli" validate "$backwards"
has "$tmp/err" "dates never go backwards" "validate names the order of dates"
run 0 "validate: the example record" "$cli" validate "$example"

echo "1..$n"
