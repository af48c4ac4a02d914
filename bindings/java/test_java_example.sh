#!/bin/sh
# Runs examples/java/BatchTable over examples/ and checks its table (TAP).
: "${GSB_BUILDDIR:=$(pwd)}"
: "${GSB_SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
echo "1..4"
out=$("$GSB_BUILDDIR/bindings/java/jrun" BatchTable "$GSB_SRCDIR/examples" 2>&1)
rc=$?
echo "$out" | sed 's/^/# /'
if test $rc -eq 0; then echo "ok 1 - BatchTable exits 0"; else echo "not ok 1 - BatchTable exits 0 (got $rc)"; fi
if echo "$out" | grep -q 'QD-2019-007.*cross-domain.*19205208\.33'; then
	echo "ok 2 - table holds the Qingdao example's tier and grant"
else
	echo "not ok 2 - table holds the Qingdao example's tier and grant"
fi

# The README's builder example, exactly as written there, compiled and run.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-readme.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
awk '/^```java$/ { on = 1; block = ""; next }
     on && /^```$/ { on = 0; if (block ~ /Application\.builder\(\)/) { printf "%s", block; exit } next }
     on { block = block $0 "\n" }' "$GSB_SRCDIR/README.md" >"$tmp/body"
{
	echo 'import java.math.BigDecimal;'
	echo 'import java.time.LocalDate;'
	echo 'import org.geshibai.*;'
	echo 'public class ReadmeBuilder {'
	echo '    public static void main(String[] args) {'
	cat "$tmp/body"
	echo '    }'
	echo '}'
} >"$tmp/ReadmeBuilder.java"
if grep -q 'Application.builder()' "$tmp/body" &&
   "${GSB_JAVAC:-javac}" -encoding UTF-8 -cp "$GSB_BUILDDIR/bindings/java/geshibai.jar" -d "$tmp" \
	"$tmp/ReadmeBuilder.java" >"$tmp/javac.out" 2>&1; then
	echo "ok 3 - the README's Java builder example compiles"
else
	echo "not ok 3 - the README's Java builder example compiles"
	sed 's/^/# /' "$tmp/javac.out" "$tmp/body"
fi
out=$("$GSB_BUILDDIR/bindings/java/jrun" -cp "$GSB_BUILDDIR/bindings/java/geshibai.jar:$tmp" ReadmeBuilder 2>&1)
rc=$?
echo "$out" | sed 's/^/# /'
if test $rc -eq 0 && echo "$out" | grep -q '^applicant.identity (3.2.1): true' &&
   test "$(echo "$out" | grep -c ' (.*): \(true\|false\|unknown\)')" -eq 15; then
	echo "ok 4 - the README's Java builder example runs: fifteen checks printed"
else
	echo "not ok 4 - the README's Java builder example runs: fifteen checks printed (exit $rc)"
fi
