#!/bin/sh
# verify benchmark: `hardmatch verify` of N plan entries against the local Graph
# (scripts/test-servers/graph_server.py) after a simulated sync. Reports wall time, the
# summary line, and the HTTP requests the server received (its own log, not the client's).
#
# usage: Benchmarks/verify/run.sh [ENTRIES] [READS]   (default 100000 and "auto";
#        READS: auto, list or batch, or several: "auto batch"; run from the package root)
set -eu

entries=${1:-100000}
reads=${2:-auto}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scratch=${SCRATCH_PATH:-$root/.build-graph}
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

python3 "$here/generate.py" "$entries" "$work/users.json" "$work/plan.json"
swift build -c release --scratch-path "$scratch" --product hardmatch >&2
binary="$scratch/release/hardmatch"
export HARDMATCH_BENCH_TOKEN=test-token

for read in $reads; do
    # A fresh server per run, so that its request log counts this run alone.
    python3 "$root/scripts/test-servers/graph_server.py" "$work/users.json" >"$work/port" &
    server=$!
    while [ ! -s "$work/port" ]; do sleep 0.1; done
    port=$(head -n 1 "$work/port")
    start=$(date +%s.%N)
    status=0
    "$binary" verify "$work/plan.json" --read "$read" --format json --output "$work/verify.json" \
        --graph-url "http://127.0.0.1:$port" --token-env HARDMATCH_BENCH_TOKEN 2>"$work/err" || status=$?
    end=$(date +%s.%N)
    [ "$status" -eq 3 ] || { cat "$work/err" >&2; echo "verify exited $status, expected 3" >&2; exit 1; }
    curl -s "http://127.0.0.1:$port/_control/log" >"$work/log.json"
    python3 - "$read" "$start" "$end" "$entries" "$work/log.json" "$work/err" <<'PY'
import json, sys
read, start, end, entries = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
http = json.load(open(sys.argv[5]))["http"]
summary = open(sys.argv[6]).read().strip().splitlines()[-1]
seconds = end - start
print("--read %-5s %d entries in %.2f s (%.0f entries/s); HTTP requests %d (%s)\n  %s" % (
    read, entries, seconds, entries / seconds, sum(http.values()), ", ".join("%s %d" % item for item in sorted(http.items())), summary))
PY
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=
done
