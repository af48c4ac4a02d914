#!/bin/sh
# Hostile input for `geshibai evaluate --format json` (issue 5, docs/security.md).
#
# Every case runs under `timeout 10` and must end with the exit status the
# command line promises (docs/formats.md): 1 for an invalid input, with an error
# that names the line where there is one; 3 for an I/O error (a directory, a
# missing file); never a crash, a hang, or a sanitizer report. The inputs
# that are too big or too binary to keep in git (XXE with a canary file,
# quadratic blow-up, 10,000 levels of nesting, 1 MB and 11 MB attributes,
# invalid UTF-8, a NUL byte) are generated here, in a temporary directory.
#
# Environment: GSB_BUILDDIR (the build tree, for cli/geshibai), GSB_SRCDIR
# (the source tree, for tests/hostile/); both default to ".". TAP output.

srcdir=${GSB_SRCDIR:-.}
builddir=${GSB_BUILDDIR:-.}
cli="$builddir/cli/geshibai"
in="$srcdir/tests/hostile"
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-hostile.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

. "$srcdir/tests/tap.sh"

if [ ! -x "$cli" ]; then
	echo "1..0 # SKIP $cli not built"
	exit 0
fi
have_python=no
command -v python3 >/dev/null 2>&1 && have_python=yes

# Run the command line; $rc holds its exit status, $tmp/out and $tmp/err its output.
run() {
	timeout 10 "$cli" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
run_stdin() {
	input=$1; shift
	timeout 10 "$cli" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# A sanitizer or a crash leaves its mark on standard error.
sanitizer_clean() {
	! grep -E -q 'AddressSanitizer|LeakSanitizer|runtime error:|ThreadSanitizer|Segmentation fault|core dumped' "$tmp/err"
}

# The line number appears in the error (JSON "line": N, "line N", "file:N:").
names_line() {
	grep -E -q "(\"line\" *: *$1([^0-9]|\$))|([Ll]ine $1([^0-9]|\$))|(:$1:)|(行 *$1([^0-9]|\$))|(第 *$1 *行)" \
		"$tmp/out" "$tmp/err"
}

# check DESCRIPTION EXPECTED-STATUS [LINE]
check() {
	desc=$1 want=$2 line=${3:-}
	if [ "$rc" -eq 124 ]; then
		not_ok "$desc" "timed out after 10 s"
	elif [ "$rc" -ge 126 ]; then
		not_ok "$desc" "killed or crashed: exit status $rc"
	elif ! sanitizer_clean; then
		not_ok "$desc" "sanitizer report or crash on stderr"
	elif [ "$rc" -ne "$want" ]; then
		not_ok "$desc" "exit status $rc, expected $want"
	elif [ "$want" -ne 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then
		not_ok "$desc" "exit status $rc but no error message at all"
	elif [ -n "$line" ] && ! names_line "$line"; then
		not_ok "$desc" "the error does not name line $line"
	else
		ok "$desc"
	fi
}

# check_one_of DESCRIPTION "0 1": for inputs where deciding and refusing are both allowed.
check_one_of() {
	desc=$1 allowed=$2
	if [ "$rc" -eq 124 ]; then
		not_ok "$desc" "timed out after 10 s"
	elif [ "$rc" -ge 126 ]; then
		not_ok "$desc" "killed or crashed: exit status $rc"
	elif ! sanitizer_clean; then
		not_ok "$desc" "sanitizer report or crash on stderr"
	else
		case " $allowed " in
		*" $rc "*)
			if [ "$rc" -ne 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then
				not_ok "$desc" "exit status $rc but no error message"
			else
				ok "$desc (exit $rc)"
			fi ;;
		*) not_ok "$desc" "exit status $rc, expected one of: $allowed" ;;
		esac
	fi
}

# json_check DESCRIPTION PYTHON-EXPRESSION over `d`, the JSON on stdout.
json_check() {
	desc=$1 expr=$2
	if [ "$have_python" != yes ]; then
		n=$((n + 1)); echo "ok $n - $desc # SKIP python3 not found"; return
	fi
	if python3 - "$tmp/out" "$expr" >"$tmp/py" 2>&1 <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
def dec(x):   # a decided application
    return isinstance(x, dict) and "eligibility" in x and "error" not in x
def err(x):   # an error entry
    return isinstance(x, dict) and "error" in x
sys.exit(0 if eval(sys.argv[2]) else 1)
EOF
	then ok "$desc"
	else not_ok "$desc" "JSON check failed: $expr" "$(head -c 300 "$tmp/py")"
	fi
}

# ---------------------------------------------------------------- baseline
run evaluate --format json "$in/good.xml"
check "a good application is decided (exit 0)" 0
json_check "a good application gives one decision object" 'dec(d) and d.get("application") == "H-OK"'

# ------------------------------------------------------ XXE and DOCTYPE
canary_text="GSB-CANARY-$$-$(date +%s)-never-in-output"
printf '%s\n' "$canary_text" >"$tmp/canary.txt"
canary_uri="file://$tmp/canary.txt"
no_canary() {
	if grep -F -q "GSB-CANARY-" "$tmp/out" "$tmp/err"; then
		not_ok "$1" "the content of a local file named by an entity appears in the output"
	else
		ok "$1"
	fi
}

cat >"$tmp/xxe.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE application [
  <!ENTITY xxe SYSTEM "$canary_uri">
]>
<application xmlns="urn:geshibai:1" id="H-XXE" year="2019" submitted="2019-06-14">
  <applicant>
    <name>&xxe;</name>
    <uscc>&xxe;</uscc>
  </applicant>
  <platform name="p">
    <industries><industry>&xxe;</industry></industries>
  </platform>
</application>
EOF
cat >"$tmp/xxe-relative.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE application [
  <!ENTITY xxe SYSTEM "canary.txt">
]>
<application xmlns="urn:geshibai:1" id="H-XXE2" year="2019" submitted="2019-06-14">
  <applicant><uscc>&xxe;</uscc></applicant>
  <platform/>
</application>
EOF
cat >"$tmp/canary.dtd" <<EOF
<!ENTITY % file SYSTEM "$canary_uri">
<!ENTITY % wrap "<!ENTITY leak '%file;'>">
%wrap;
EOF
cat >"$tmp/xxe-parameter.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE application SYSTEM "file://$tmp/canary.dtd">
<application xmlns="urn:geshibai:1" id="H-XXE3" year="2019" submitted="2019-06-14">
  <applicant><uscc>&leak;</uscc></applicant>
  <platform/>
</application>
EOF
cat >"$tmp/xxe-batch.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE applications [
  <!ENTITY xxe SYSTEM "$canary_uri">
]>
<applications xmlns="urn:geshibai:1">
  <application id="H-XXE4" year="2019" submitted="2019-06-14">
    <applicant><uscc>&xxe;</uscc></applicant>
    <platform/>
  </application>
</applications>
EOF
cat >"$tmp/xinclude.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<application xmlns="urn:geshibai:1" xmlns:xi="http://www.w3.org/2001/XInclude"
             id="H-XI" year="2019" submitted="2019-06-14">
  <applicant><name><xi:include href="$canary_uri" parse="text"/></name></applicant>
  <platform/>
</application>
EOF
cat >"$tmp/xxe-params.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE parameters [
  <!ENTITY xxe SYSTEM "$canary_uri">
]>
<parameters xmlns="urn:geshibai:1" name="&xxe;">
  <param name="award.cap" value="10000000.00" reference="&xxe;"/>
</parameters>
EOF
cat >"$tmp/xxe-ledger.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE ledger [
  <!ENTITY xxe SYSTEM "$canary_uri">
]>
<ledger xmlns="urn:geshibai:1" application="H-XXE5" asOf="2020-06-30">
  <award amount="100.00"/>
  <expense id="e1" date="2019-11-01" amount="1.00" category="x" invoice="&xxe;" payee="&xxe;"/>
</ledger>
EOF

for f in xxe xxe-relative xxe-parameter xxe-batch; do
	for fmt in json xml text; do
		run evaluate --format "$fmt" "$tmp/$f.xml"
		[ "$fmt" = json ] && check "$f.xml (external entity) is refused with exit 1 at the DOCTYPE line" 1 2
		no_canary "$f.xml --format $fmt: the canary file's content is in no output"
	done
done
run_stdin "$tmp/xxe.xml" evaluate --format json -
check "xxe.xml on standard input is refused with exit 1" 1 2
no_canary "xxe.xml on standard input: no canary in any output"
run validate "$tmp/xxe.xml"
check "validate refuses xxe.xml with exit 1" 1 2
no_canary "validate xxe.xml: no canary in any output"
run evaluate --format json "$tmp/xinclude.xml"
check "an XInclude element is not processed (schema error, exit 1)" 1 4
no_canary "xinclude.xml: no canary in any output"
run evaluate --format json --params "$tmp/xxe-params.xml" "$in/good.xml"
check_one_of "a parameters file with an external entity is refused" "1 3"
no_canary "parameters file with XXE: no canary in any output"
run audit --format json "$tmp/xxe-ledger.xml"
check_one_of "a ledger with an external entity is refused" "1"
no_canary "ledger with XXE: no canary in any output"

run evaluate --format json "$in/doctype-plain.xml"
check "a bare DOCTYPE is refused (exit 1, line 2)" 1 2
run evaluate --format json "$in/doctype-external.xml"
check "a DOCTYPE naming an external DTD over the network is refused without fetching it" 1 2

# ----------------------------------------------------------- entity bombs
run evaluate --format json "$in/billion-laughs.xml"
check "billion laughs is refused quickly (exit 1, line 2)" 1 2
run evaluate --format json "$in/billion-laughs-batch.xml"
check "billion laughs in a batch is refused quickly (exit 1, line 2)" 1 2
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	printf '<!DOCTYPE application [<!ENTITY big "'
	head -c 100000 /dev/zero | tr '\0' 'x'
	echo '">]>'
	echo '<application xmlns="urn:geshibai:1" id="H-QUAD" year="2019" submitted="2019-06-14">'
	printf '  <applicant><name>'
	i=0
	while [ $i -lt 200 ]; do
		printf '&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;&big;'
		i=$((i + 1))
	done
	echo '</name></applicant>'
	echo '  <platform/>'
	echo '</application>'
} >"$tmp/quadratic.xml"
run evaluate --format json "$tmp/quadratic.xml"
check "quadratic blow-up (100 kB entity x 10,000) is refused quickly (exit 1, line 2)" 1 2

# ---------------------------------------------------------- broken bytes
run evaluate --format json "$in/empty.xml"
check "an empty file is refused (exit 1)" 1
run evaluate --format json "$in/truncated.xml"
check "a truncated file is refused (exit 1)" 1
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<application xmlns="urn:geshibai:1" id="H-UTF8" year="2019" submitted="2019-06-14">'
	echo '  <applicant>'
	printf '    <name>\303\050 \355\240\200 \300\257 \370\210\200\200\200</name>\n'
	echo '  </applicant>'
	echo '  <platform/>'
	echo '</application>'
} >"$tmp/invalid-utf8.xml"
run evaluate --format json "$tmp/invalid-utf8.xml"
check "invalid UTF-8 is refused with its line (exit 1, line 4)" 1 4
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<application xmlns="urn:geshibai:1" id="H-UTF8B" year="2019" submitted="2019-06-14">'
	printf '  <applicant><uscc>91370200718018514\377</uscc></applicant>\n'
	echo '  <platform/>'
	echo '</application>'
} >"$tmp/invalid-utf8-uscc.xml"
run evaluate --format json "$tmp/invalid-utf8-uscc.xml"
check "invalid UTF-8 in a USCC is refused with its line (exit 1, line 3)" 1 3
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<application xmlns="urn:geshibai:1" id="H-NUL" year="2019" submitted="2019-06-14">'
	printf '  <applicant><name>a\000b</name></applicant>\n'
	echo '  <platform/>'
	echo '</application>'
} >"$tmp/nul.xml"
run evaluate --format json "$tmp/nul.xml"
check "a NUL byte is refused (exit 1, line 3)" 1 3
run evaluate --format json "$in/unknown-encoding.xml"
check "an unknown encoding is refused (exit 1)" 1
head -c 4096 /dev/urandom >"$tmp/random.bin" 2>/dev/null || head -c 4096 /dev/zero >"$tmp/random.bin"
run evaluate --format json "$tmp/random.bin"
check "4 kB of random bytes are refused (exit 1)" 1

# ------------------------------------------------------------- structure
run evaluate --format json "$in/wrong-root.xml"
check "a document with the wrong root is refused (exit 1, line 2)" 1 2
run evaluate --format json "$in/wrong-namespace.xml"
check "a document in the wrong namespace is refused (exit 1, line 2)" 1 2
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<application xmlns="urn:geshibai:1" id="H-DEEP" year="2019" submitted="2019-06-14">'
	echo '<applicant/>'
	i=0
	while [ $i -lt 10000 ]; do echo '<platform>'; i=$((i + 1)); done
	i=0
	while [ $i -lt 10000 ]; do echo '</platform>'; i=$((i + 1)); done
	echo '</application>'
} >"$tmp/deep.xml"
run evaluate --format json "$tmp/deep.xml"
check "10,000 levels of nesting are refused quickly (exit 1)" 1
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<applications xmlns="urn:geshibai:1">'
	i=0
	while [ $i -lt 10000 ]; do echo '<applications>'; i=$((i + 1)); done
	i=0
	while [ $i -lt 10000 ]; do echo '</applications>'; i=$((i + 1)); done
	echo '</applications>'
} >"$tmp/deep-batch.xml"
run evaluate --format json "$tmp/deep-batch.xml"
check "10,000 nested batches are refused quickly (exit 1)" 1

# A 1 MB attribute is below libxml2's 10,000,000-byte limit on one text or
# attribute value: the library may decide or refuse it (docs/security.md),
# but within the time limit. An 11 MB one is past the limit: refused.
big_attr() {
	{
		echo '<?xml version="1.0" encoding="UTF-8"?>'
		echo '<application xmlns="urn:geshibai:1" id="H-BIG-ATTR" year="2019" submitted="2019-06-14">'
		echo '  <applicant/>'
		printf '  <platform name="'
		head -c "$1" /dev/zero | tr '\0' 'A'
		echo '"/>'
		echo '</application>'
	} >"$2"
}
big_attr 1048576 "$tmp/attr-1mb.xml"
run evaluate --format json "$tmp/attr-1mb.xml"
check_one_of "a 1 MB attribute is decided or refused within 10 s" "0 1"
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	printf '<application xmlns="urn:geshibai:1" year="2019" submitted="2019-06-14" id="'
	head -c 1048576 /dev/zero | tr '\0' 'I'
	echo '">'
	echo '  <applicant/>'
	echo '  <platform/>'
	echo '</application>'
} >"$tmp/id-1mb.xml"
run evaluate --format json "$tmp/id-1mb.xml"
check_one_of "a 1 MB application id is decided or refused within 10 s" "0 1"
big_attr 11000000 "$tmp/attr-11mb.xml"
run evaluate --format json "$tmp/attr-11mb.xml"
check "an 11 MB attribute (past libxml2's 10 MB limit) is refused (exit 1, line 4)" 1 4

# ------------------------------------------------------ numbers and dates
run evaluate --format json "$in/amount-over-int64.xml"
check "an amount one fen beyond 64-bit fen is refused (exit 1, line 6)" 1 6
run evaluate --format json "$in/amount-huge.xml"
check "a 42-digit amount is refused (exit 1, line 6)" 1 6
run evaluate --format json "$in/amount-sum-overflow.xml"
check "amounts whose sum overflows 64-bit fen are refused (exit 1)" 1
run evaluate --format json "$in/loan-overflow.xml"
check "a loan whose interest overflows 64-bit fen is refused (exit 1)" 1
run evaluate --format json "$in/amount-negative.xml"
check "a negative award is refused (exit 1, line 6)" 1 6
run evaluate --format json "$in/amount-negative-loan.xml"
check "a negative loan principal is refused (exit 1, line 6)" 1 6
run evaluate --format json "$in/metric-huge.xml"
check "a metric beyond 64 bits is refused (exit 1, line 5)" 1 5
run evaluate --format json "$in/rate-decimals.xml"
check "a rate with six decimals is refused (exit 1, line 6)" 1 6
run evaluate --format json "$in/loan-backwards.xml"
check "a loan ending before it starts is refused (exit 1)" 1
run evaluate --format json "$in/bad-date.xml"
check "submitted 2019-02-30 is refused (exit 1, line 3)" 1 3
run evaluate --format json "$in/bad-date-loan.xml"
check "a loan starting 2019-02-30 is refused (exit 1, line 6)" 1 6
run evaluate --format json "$in/date-negative-year.xml"
check "a date in year -1 is refused (exit 1, line 3)" 1 3
run evaluate --format json "$in/date-extremes.xml"
check "dates 0001-01-01 and 9999-12-31 are decided (exit 0)" 0
run evaluate --format json --as-of 2019-02-30 "$in/good.xml"
check_one_of "--as-of 2019-02-30 is a usage error" "2"

# ------------------------------------------------------- not an error
run evaluate --format json "$in/malformed-uscc.xml"
check "a malformed USCC is not an error (exit 0, docs/rules.md §11.2)" 0
json_check "a malformed USCC makes applicant.identity false" \
	'dec(d) and [c["result"] for c in d["eligibility"]["checks"] if c["id"] == "applicant.identity"] == ["false"]'

# ----------------------------------------------------- I/O and batches
run evaluate --format json "$in"
check "a directory as FILE is an I/O error (exit 3)" 3
run evaluate --format json "$tmp/no-such-file.xml"
check "a missing file is an I/O error (exit 3)" 3

run evaluate --format json "$in/batch-broken-member.xml"
check "a batch with broken members exits 1" 1
json_check "a batch with broken members still decides every other application, in order" \
	'isinstance(d, list) and len(d) == 5 and dec(d[0]) and d[0]["application"] == "B-1" and err(d[1]) and err(d[2]) and err(d[3]) and dec(d[4]) and d[4]["application"] == "B-5"'
json_check "the errors of a batch name their application and line" \
	'd[1].get("application") == "B-2" and d[1].get("line") == 11 and d[2].get("application") == "B-3" and d[2].get("line") == 17 and d[3].get("application") == "B-4" and 19 <= int(d[3].get("line", 0)) <= 26'

run evaluate --format json "$in/batch-truncated.xml"
check "a truncated batch exits 1" 1
json_check "a truncated batch decides the applications before the break" \
	'isinstance(d, list) and len(d) >= 3 and dec(d[0]) and dec(d[1]) and any(err(x) for x in d[2:])'

run evaluate --format json "$in/good.xml" "$in/empty.xml" "$in/billion-laughs.xml" "$in/bad-date.xml" "$in/malformed-uscc.xml"
check "several files with broken ones among them exit 1" 1
json_check "several files: every good file is decided, every bad one has an error entry" \
	'isinstance(d, list) and len(d) == 5 and dec(d[0]) and err(d[1]) and err(d[2]) and err(d[3]) and dec(d[4])'

run evaluate --format json "$in/good.xml" "$tmp/no-such-file.xml" "$in/malformed-uscc.xml"
check "a missing file among others exits 3" 3
json_check "a missing file among others: the others are still decided" \
	'isinstance(d, list) and len(d) == 3 and dec(d[0]) and err(d[1]) and dec(d[2])'

echo "1..$n"
[ "$failed" -eq 0 ]
