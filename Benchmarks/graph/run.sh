#!/bin/sh
# Graph write benchmark: `hardmatch apply --yes` of N plan entries against the local Graph
# (scripts/test-servers/graph_server.py), then `undo` of its journal. Reports wall time and
# the HTTP requests the server received (its own request log, not the client's claims).
#
# usage: Benchmarks/graph/run.sh [USERS] [SERVER-DELAY-SECONDS]   (default 10000, 0; run from the package root)
set -eu

users=${1:-10000}
delay=${2:-0}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scratch=${SCRATCH_PATH:-$root/.build-graph}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

python3 "$here/generate.py" "$users" "$work/users.json" "$work/plan.json"
swift build -c release --scratch-path "$scratch" --product hardmatch >&2
binary="$scratch/release/hardmatch"

python3 "$root/scripts/test-servers/graph_server.py" "$work/users.json" --delay "$delay" >"$work/port" &
server=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
port=$(head -n 1 "$work/port")
export HARDMATCH_BENCH_TOKEN=test-token
graph="--graph-url http://127.0.0.1:$port --token-env HARDMATCH_BENCH_TOKEN"

measure() {
    label=$1
    shift
    start=$(date +%s.%N)
    "$binary" "$@" $graph >"$work/out" 2>&1 || { tail -n 3 "$work/out" >&2; exit 1; }
    end=$(date +%s.%N)
    curl -s "http://127.0.0.1:$port/_control/log" >"$work/log.json"
    python3 - "$label" "$start" "$end" "$users" "$work/log.json" <<'PY'
import json, sys
label, start, end, users = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
log = json.load(open(sys.argv[5]))
seconds = end - start
http = log["http"]
print("%-6s %d users in %.2f s (%.0f users/s); cumulative HTTP requests: %s; writes applied: %d" % (
    label, users, seconds, users / seconds, ", ".join("%s %d" % item for item in sorted(http.items())), sum(log["patches"].values())))
PY
}

measure apply apply "$work/plan.json" --yes --journal "$work/journal"
measure rerun apply "$work/plan.json" --yes --journal "$work/journal"
measure undo undo "$work/journal" --yes --journal "$work/undo-journal"
