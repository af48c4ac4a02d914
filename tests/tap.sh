# The TAP helpers the command-line tests share; sourced after $tmp is made.
# ok DESC; not_ok DESC [NOTE...]: one result line (a failure shows its notes
# and the start of $tmp/out and $tmp/err); $n counts them, $failed the failures.
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
	n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"
	shift
	for line in "$@"; do echo "# $line"; done
	if [ -s "$tmp/out" ]; then echo "# stdout:"; head -c 600 "$tmp/out" | sed 's/^/#   /'; echo; fi
	if [ -s "$tmp/err" ]; then echo "# stderr:"; head -c 600 "$tmp/err" | sed 's/^/#   /'; echo; fi
	return 0
}
