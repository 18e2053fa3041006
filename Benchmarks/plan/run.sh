#!/bin/sh
# End-to-end benchmark of `hardmatch plan`: N on-premises users (LDIF) against N cloud users
# (one Graph page), timed with /usr/bin/time -v, with the phases from the hidden --timings
# flag, next to Python's json.load of the same cloud file.
#
# usage: Benchmarks/plan/run.sh [USERS]     (default 1000000; run from the package root)
set -eu

users=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scratch=${SCRATCH_PATH:-$root/.build-plan}
data=${PLAN_BENCH_DIR:-/tmp/hardmatch-plan-bench-$users}

if [ ! -s "$data/cloud.json" ]; then
    echo "generating $users users into $data" >&2
    python3 "$here/generate.py" "$users" "$data"
fi

swift build -c release --scratch-path "$scratch" --product hardmatch >&2
binary="$scratch/release/hardmatch"

report=$(mktemp)
trap 'rm -f "$report"' EXIT

measure() { # label, command...
    label=$1
    shift
    /usr/bin/time -v "$@" >/dev/null 2>"$report" || { cat "$report" >&2; exit 1; }
    grep '^timing:' "$report" | sed 's/^/    /' || true
    awk -F': ' -v label="$label" '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        END { printf "%-44s %8.2f s   max RSS %7.1f MB\n", label, s, rss / 1024 }' "$report"
}

printf "inputs: %s (%.0f MB), %s (%.0f MB)\n" \
    "$data/onprem.ldif" "$(wc -c <"$data/onprem.ldif")e-6" "$data/cloud.json" "$(wc -c <"$data/cloud.json")e-6"
measure "python3 json.load(cloud.json)" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$data/cloud.json"
measure "hardmatch plan --format json" "$binary" plan --ldif "$data/onprem.ldif" --cloud "$data/cloud.json" --format json --timings
