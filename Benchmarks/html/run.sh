#!/bin/sh
# Time until the HTML plan of N entries is interactive in headless chromium.
#
# Generates N on-premises and N cloud users with Benchmarks/plan/generate.py (the plan
# benchmark's realistic mix), writes `hardmatch plan --format html`, then opens the page
# RUNS times in a fresh headless chromium. The page's script stamps `data-ready` on <html>
# (milliseconds since navigation started) once the table is rendered and every control is
# wired (parsing the page, the JSON of every row, the first rows built), and `data-painted`
# once the frame after that is drawn. Reported for the page as opened, opened with a text
# filter (`?q=`: the search index is built and every row scanned) and opened sorted by the
# longest column (`?sort=detail`); then the wall time from starting chromium to its
# screenshot of the first screen. (`--dump-dom` itself is not timed: serialising the
# 15 MB data block takes chromium seconds that a person opening the page never waits.)
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

open_page() { # query -> prints "ready-ms painted-ms"
    root_tag=$(chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
        --dump-dom "file://$data/plan.html$1" 2>/dev/null | grep -o -m 1 '<html[^>]*>' || true)
    ready=$(echo "$root_tag" | sed -n 's/.* data-ready="\([0-9]*\)".*/\1/p')
    painted=$(echo "$root_tag" | sed -n 's/.* data-painted="\([0-9]*\)".*/\1/p')
    [ -n "$ready" ] || { echo "the page never became ready (query '$1')" >&2; exit 1; }
    echo "$ready ${painted:-0}"
}

screenshot_wall() { # prints seconds from starting chromium to its screenshot of the first screen
    start=$(date +%s.%N)
    chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
        --screenshot="$profile/shot.png" --window-size=1280,900 "file://$data/plan.html" >/dev/null 2>&1
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

median() { # values... -> "median (min-max)"
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%s (%s-%s)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

for query in "" "?q=sales" "?sort=detail"; do
    readies=""
    paints=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        set -- $(open_page "$query")
        readies="$readies $1"
        paints="$paints $2"
        i=$((i + 1))
    done
    printf "%-14s script done %s ms, first frame %s ms after navigation (median of %s)\n" \
        "${query:-(as opened)}" "$(median $readies)" "$(median $paints)" "$runs"
done
walls=""
i=0
while [ "$i" -lt "$runs" ]; do
    walls="$walls $(screenshot_wall)"
    i=$((i + 1))
done
printf "chromium started to first screen captured: %s s (median of %s; start-up included)\n" "$(median $walls)" "$runs"
