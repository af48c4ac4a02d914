#!/bin/sh
# The decision service beside the command (issue 18), in one run on the same
# generated applications, same language (zh), same format (JSON), reasons on:
#
#   command   geshibai evaluate --format json --lang zh on a file of N
#             applications: applications a second (best of three)
#   single    POST /v1/evaluate of one application, 8 keep-alive clients
#             (wrk -t 1 -c 8: one thread holds the 8 connections), the client
#             on the same machine: decisions a second, latency p50 / p99 (the
#             best of three runs); target >= 50 % of the command
#   batch     POST /v1/evaluate of 100-application batches, 8 clients:
#             decisions a second; target >= 70 % of the command
#
# Usage: serve_bench.sh [BUILDDIR] [SECONDS]   (needs wrk and python3)
set -eu
build=${1:-.}
secs=${2:-5}
n=20000
if ! command -v wrk >/dev/null; then
	echo "bench serve: wrk is not installed: skipped" >&2
	exit 0
fi
tmp=${TMPDIR:-/tmp}/gsb-serve-bench.$$
mkdir -p "$tmp"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

cli="$build/cli/geshibai"
if [ -x "$build/cli/.libs/geshibai" ]; then # not libtool's wrapper
	cli="$build/cli/.libs/geshibai"
	LD_LIBRARY_PATH="$build/lib/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
	export LD_LIBRARY_PATH
fi

"$build/bench/gen_apps" "$n" 2018 >"$tmp/batch.xml"
# the same applications as single documents (1,000 of them) and as 100-application batches
python3 - "$tmp" <<'EOF'
import re, sys
tmp = sys.argv[1]
text = open(tmp + "/batch.xml", encoding="utf-8").read()
apps = re.findall(r"<application[ >].*?</application>", text, re.S)
head = '<?xml version="1.0" encoding="UTF-8"?>\n'
with open(tmp + "/single.txt", "w", encoding="utf-8") as f:
    for a in apps[:1000]:
        doc = head + a.replace("<application", '<application xmlns="urn:geshibai:1"', 1)
        f.write(doc.replace("\n", " ") + "\n")
with open(tmp + "/batches.txt", "w", encoding="utf-8") as f:
    for i in range(0, 2000, 100):
        doc = head + '<applications xmlns="urn:geshibai:1">' + "".join(apps[i:i + 100]) + "</applications>"
        f.write(doc.replace("\n", " ") + "\n")
EOF
cat >"$tmp/post.lua" <<'EOF'
-- POST each line of BODIES in turn, the requests formatted once; no
-- response() function, so that wrk does not hand bodies to Lua (non-2xx
-- answers are counted by wrk itself)
local requests, i = {}, 0
for line in io.lines(os.getenv("BODIES")) do
	requests[#requests + 1] = wrk.format("POST", "/v1/evaluate?lang=zh",
		{ ["Content-Type"] = "application/xml" }, line)
end
request = function()
	i = i % #requests + 1
	return requests[i]
end
EOF

# the command: applications a second, best of three (and its processor time)
best=999999 cpu=999999
for i in 1 2 3; do
	/usr/bin/time -f '%e %U %S' -o "$tmp/time" "$cli" evaluate --format json --lang zh "$tmp/batch.xml" >/dev/null
	set -- $(cat "$tmp/time") "$best" "$cpu"
	best=$(echo "$1 $4" | awk '{printf "%.3f", $1 < $2 ? $1 : $2}')
	cpu=$(echo "$2 $3 $5" | awk '{t = $1 + $2; printf "%.3f", t < $3 ? t : $3}')
done
cmd_rate=$(echo "$n $best" | awk '{printf "%.0f", $1 / $2}')
cmd_us=$(echo "$cpu $n" | awk '{printf "%.1f", 1e6 * $1 / $2}')
echo "bench serve: command: geshibai evaluate --format json, $n applications in ${best}s:" \
     "$cmd_rate applications/s ($cmd_us us of processor time each)"

"$cli" serve --listen 127.0.0.1:0 --lang zh 2>"$tmp/serve.log" >/dev/null &
pid=$!
port=
for i in $(seq 100); do
	port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log")
	[ -n "$port" ] && break
	sleep 0.05
done
[ -n "$port" ] || { echo "bench serve: the service did not start" >&2; cat "$tmp/serve.log" >&2; exit 3; }

# processor seconds the service has used so far
service_cpu() {
	awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); split($0, f, " "); printf "%.3f", (f[12] + f[13]) / hz}' \
		"/proc/$pid/stat"
}

# wrk's figures, the best of three runs (as the command's): requests a
# second, p50 and p99; processor time of the service and of the client a
# request (us). One client thread holds the 8 connections.
run_wrk_once() { # BODIES
	c0=$(service_cpu)
	BODIES=$1 /usr/bin/time -f '%U %S' -o "$tmp/wrk.time" \
		wrk -t 1 -c 8 -d "${secs}s" --latency -s "$tmp/post.lua" "http://127.0.0.1:$port/" \
		>"$tmp/wrk.out" 2>&1 || { cat "$tmp/wrk.out" >&2; exit 3; }
	c1=$(service_cpu)
	if grep -q "Non-2xx\|Socket errors" "$tmp/wrk.out"; then
		cat "$tmp/wrk.out" >&2
		echo "bench serve: errors in the answers" >&2
		exit 3
	fi
	reqs=$(awk '/requests in/ {print $1}' "$tmp/wrk.out")
	echo "$(awk '/^Requests\/sec:/ {print $2}' "$tmp/wrk.out")" \
	     "$(awk '$1 == "50%" {print $2}' "$tmp/wrk.out")" \
	     "$(awk '$1 == "99%" {print $2}' "$tmp/wrk.out")" \
	     "$(echo "$c0 $c1 $reqs" | awk '{printf "%.1f", 1e6 * ($2 - $1) / $3}')" \
	     "$(awk -v r="$reqs" '{printf "%.1f", 1e6 * ($1 + $2) / r}' "$tmp/wrk.time")"
}

run_wrk() { # BODIES
	top=
	for i in 1 2 3; do
		run=$(run_wrk_once "$1") || exit 3
		if [ -z "$top" ] || [ "$(echo "$run $top" | awk '{print ($1 > $6)}')" = 1 ]; then
			top=$run
		fi
	done
	set -- $top
	rps=$1 p50=$2 p99=$3 svc_us=$4 cli_us=$5
}

# at equal processor time (the figure a loaded machine does not blur): the
# command's processor time per application over the service's and the client's
equal_cpu() { # PER (decisions a request)
	echo "$cmd_us $svc_us $cli_us $1" | awk '{printf "%.0f", 100 * $1 * $4 / ($2 + $3)}'
}

run_wrk "$tmp/single.txt"
pct=$(echo "$rps $cmd_rate" | awk '{printf "%.0f", 100 * $1 / $2}')
echo "bench serve: single applications, 8 keep-alive clients: $(printf '%.0f' "$rps") decisions/s," \
     "p50 $p50, p99 $p99; $pct % of the command (target >= 50 %; client included, $(nproc) processors);" \
     "processor time a decision: service $svc_us us + client $cli_us us: $(equal_cpu 1) % of the command's rate at equal processor time"
run_wrk "$tmp/batches.txt"
rate=$(echo "$rps" | awk '{printf "%.0f", 100 * $1}')
pct=$(echo "$rate $cmd_rate" | awk '{printf "%.0f", 100 * $1 / $2}')
echo "bench serve: 100-application batches, 8 keep-alive clients: $rate decisions/s," \
     "p50 $p50, p99 $p99 a batch; $pct % of the command (target >= 70 %);" \
     "processor time a batch: service $svc_us us + client $cli_us us: $(equal_cpu 100) % at equal processor time"
kill -TERM "$pid"
wait "$pid" || { echo "bench serve: the service did not stop with 0" >&2; exit 3; }
pid=
