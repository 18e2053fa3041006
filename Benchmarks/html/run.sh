#!/bin/sh
# Time until the HTML plan of N entries is interactive in headless chromium.
#
# Generates N on-premises and N cloud users with Benchmarks/plan/generate.py (the plan
# benchmark's realistic mix), writes `hardmatch plan --format html`, then opens the page
# RUNS times in a fresh headless chromium. The page's script stamps `data-ready` on <html>
# (milliseconds since navigation started) once the table is rendered and every control is
# wired: parsing the page, the JSON of every row, the first rows drawn. Reported for the
# page as opened, opened with a text filter (`?q=`: the search index is built and all rows
# scanned) and opened sorted by the longest column (`?sort=detail`), with chromium's wall
# time (start-up included) beside it.
#
# usage: Benchmarks/html/run.sh [ENTRIES] [RUNS]    (default 100000 and 5; run from the package root)
#   HARDMATCH=path   the binary (default: a release build into .build-html); the page's
#                    time does not depend on how the binary was built
set -eu

users=${1:-100000}
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${HTML_BENCH_DIR:-/tmp/hardmatch-html-bench-$users}

if [ ! -s "$data/cloud.json" ]; then
    echo "generating $users users into $data" >&2
    python3 "$root/Benchmarks/plan/generate.py" "$users" "$data"
fi
if [ -z "${HARDMATCH:-}" ]; then
    swift build -c release --scratch-path "$root/.build-html" --product hardmatch >&2
    HARDMATCH="$root/.build-html/release/hardmatch"
fi
"$HARDMATCH" plan --ldif "$data/onprem.ldif" --cloud "$data/cloud.json" --format html --output "$data/plan.html" 2>/dev/null
printf "page: %s, %.1f MB, %s entries\n" "$data/plan.html" "$(wc -c <"$data/plan.html")e-6" \
    "$(sed -n 's/.*<output id="shown" data-count="\([0-9]*\)".*/\1/p' "$data/plan.html")"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

open_page() { # query -> prints "ready-ms wall-s"
    start=$(date +%s.%N)
    ready=$(chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
        --dump-dom "file://$data/plan.html$1" 2>/dev/null | sed -n 's/.*<html[^>]* data-ready="\([0-9]*\)".*/\1/p' | head -n 1)
    end=$(date +%s.%N)
    [ -n "$ready" ] || { echo "the page never became ready (query '$1')" >&2; exit 1; }
    echo "$ready $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')"
}

for query in "" "?q=sales" "?sort=detail"; do
    printf "%-14s" "${query:-(as opened)}"
    all=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        all="$all $(open_page "$query")"
        i=$((i + 1))
    done
    ready=$(echo "$all" | tr ' ' '\n' | awk 'NF && NR % 2 == 0' | sort -n)
    wall=$(echo "$all" | tr ' ' '\n' | awk 'NF && NR % 2 == 1' | sort -n)
    middle=$(((runs + 1) / 2))
    printf "  ready %5s ms (median of %s; %s-%s)   chromium wall %s s (median)\n" \
        "$(echo "$ready" | sed -n "${middle}p")" "$runs" "$(echo "$ready" | head -n 1)" "$(echo "$ready" | tail -n 1)" \
        "$(echo "$wall" | sed -n "${middle}p")"
done
