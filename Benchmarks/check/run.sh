#!/bin/sh
# `hardmatch check --ldif FILE --format json` over N generated users, and
# `hardmatch dump --ldif FILE --format ndjson` over the same file, alternately, each run
# timed with /usr/bin/time -v (release build). Reports, for each, the median wall time,
# users/s and the highest maximum resident set size, the ratio of the medians (check /
# dump, the issue's measure), and checks the summary against the problems the generator
# planted. Alternating and taking medians keeps a build on the other core from tilting
# the ratio.
#
# usage: Benchmarks/check/run.sh [USERS...]     (default: 200000 1000000; run from the package root)
# RUNS: runs of each command per size (default 3); LDIF_DIR: where the generated files go
# (default /tmp); KEEP=1 keeps them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scratch=${SCRATCH_PATH:-$root/.build-check}
runs=${RUNS:-3}
[ $# -gt 0 ] || set -- 200000 1000000

swift build -c release --scratch-path "$scratch" --product hardmatch >&2
binary="$scratch/release/hardmatch"

# measure REPORT: "WALL CPU RSS_KB" from a `/usr/bin/time -v` report.
measure() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, part, ":"); for (i = 1; i <= n; i++) wall = wall * 60 + part[i] }
        /User time|System time/ { cpu += $2 }
        /Maximum resident set size/ { rss = $2 }
        END { print wall, cpu, rss }' "$1"
}

# summarise NAME USERS FILE: median wall and CPU, users/s and peak RSS of the runs in FILE.
summarise() {
    sort -n "$3" | awk -v name="$1" -v users="$2" '
        { wall[NR] = $1; cpu[NR] = $2; if ($3 > rss) rss = $3 }
        END {
            m = int((NR + 1) / 2)
            printf "%s median %.2f s of %d runs (%.2f to %.2f), %.0f users/s, CPU %.2f s, max RSS %.1f MiB\n",
                name, wall[m], NR, wall[1], wall[NR], users / wall[m], cpu[m], rss / 1024
        }'
}

for users in "$@"; do
    file=${LDIF_DIR:-/tmp}/hardmatch-check-bench-$users.ldif
    expected=$(mktemp)
    python3 "$here/generate.py" "$users" "$file" 2>"$expected"
    report=$(mktemp)
    checks=$(mktemp)
    dumps=$(mktemp)
    run=0
    while [ "$run" -lt "$runs" ]; do
        status=0
        /usr/bin/time -v "$binary" check --ldif "$file" --verified-domain contoso.com --format json >/dev/null 2>"$report" || status=$?
        if [ "$status" -ne 3 ]; then
            cat "$report" >&2
            echo "unexpected exit status $status (3: findings)" >&2
            exit 1
        fi
        measure "$report" >>"$checks"
        summary=$(grep ' users checked' "$report")
        /usr/bin/time -v "$binary" dump --ldif "$file" --format ndjson >/dev/null 2>"$report" || {
            cat "$report" >&2
            exit 1
        }
        measure "$report" >>"$dumps"
        run=$((run + 1))
    done
    echo "$users users ($(($(wc -c <"$file") / 1000000)) MB):"
    summarise "  check" "$users" "$checks"
    summarise "  dump " "$users" "$dumps"
    check_median=$(sort -n "$checks" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')
    dump_median=$(sort -n "$dumps" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')
    awk -v c="$check_median" -v d="$dump_median" 'BEGIN { printf "  check / dump (medians): %.2f\n", c / d }'
    echo "  $(cat "$expected")"
    echo "  got:      $summary"
    rm -f "$report" "$checks" "$dumps" "$expected"
    [ "${KEEP:-0}" = 1 ] || rm -f "$file"
done
