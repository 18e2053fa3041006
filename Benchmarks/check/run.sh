#!/bin/sh
# `hardmatch check --ldif FILE --format json` over N generated users, timed with
# /usr/bin/time -v (release build). Reports users/s and maximum resident set size, and
# checks the summary against the problems the generator planted.
#
# usage: Benchmarks/check/run.sh [USERS...]     (default: 250000 1000000; run from the package root)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../throughput.sh"
scratch=${SCRATCH_PATH:-$root/.build-check}
[ $# -gt 0 ] || set -- 250000 1000000

swift build -c release --scratch-path "$scratch" --product hardmatch >&2
binary="$scratch/release/hardmatch"

for users in "$@"; do
    file=${LDIF_DIR:-/tmp}/hardmatch-check-bench-$users.ldif
    expected=$(mktemp)
    python3 "$here/generate.py" "$users" "$file" 2>"$expected"
    report=$(mktemp)
    status=0
    /usr/bin/time -v "$binary" check --ldif "$file" --verified-domain contoso.com --format json >/dev/null 2>"$report" || status=$?
    if [ "$status" -ne 3 ]; then
        cat "$report" >&2
        echo "unexpected exit status $status (3: findings)" >&2
        exit 1
    fi
    summary=$(grep ' users checked' "$report")
    throughput "$users" "$file" "$report"
    echo "  $(cat "$expected")"
    echo "  got:      $summary"
    rm -f "$report" "$expected" "$file"
done
