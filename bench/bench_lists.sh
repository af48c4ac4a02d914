#!/bin/sh
# Long lists (issue 13 item 4): one application with N distinct industries,
# clusters or scenarios costs time linear in N. Prints the wall time of
# `geshibai evaluate` at 160,000 and 1,000,000 items of each list (quadratic
# time took 35 s at 160,000 industries) and the ratio: about 6.25 when linear.
# Usage: bench_lists.sh [BUILDDIR]
set -eu
build=${1:-.}
tmp=${TMPDIR:-/tmp}/gsb-bench-lists.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM

# app N LIST ITEM: one application whose LIST holds N distinct ITEMs
app() {
	echo '<application xmlns="urn:geshibai:1" id="L1" year="2019"><applicant><name>L</name>'
	echo '<division>370502</division></applicant><platform name="P">'
	echo "<$2>"
	awk -v n="$1" -v item="$3" 'BEGIN{for(i=1;i<=n;i++)printf "<%s>item %d</%s>\n",item,i,item}'
	echo "</$2></platform></application>"
}

for list in "industries industry" "clusters cluster" "scenarios scenario"; do
	set -- $list
	line="bench lists: $1:"
	for n in 160000 1000000; do
		app "$n" "$1" "$2" >"$tmp/app.xml"
		/usr/bin/time -f '%e' -o "$tmp/time" "$build/cli/geshibai" evaluate --format xml \
			"$tmp/app.xml" >/dev/null
		eval "t_$n=\$(cat \"\$tmp/time\")"
		line="$line $n items $(cat "$tmp/time")s,"
	done
	echo "$line ratio $(awk "BEGIN{printf \"%.1f\", $t_1000000/($t_160000>0?$t_160000:0.01)}")" \
	     "(linear: about 6.2)"
done
