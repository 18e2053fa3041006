#!/bin/sh
# `hardmatch check --ldif FILE --format json` over N generated users, and
# `hardmatch dump --ldif FILE --format ndjson` over the same file, each timed with
# /usr/bin/time -v (release build). Reports users/s and maximum resident set size of both,
# the ratio of check's wall time to dump's, and checks the summary against the problems
# the generator planted.
#
# usage: Benchmarks/check/run.sh [USERS...]     (default: 200000 1000000; run from the package root)
# LDIF_DIR: where the generated files go (default /tmp); KEEP=1 keeps them for a re-run.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../throughput.sh"
scratch=${SCRATCH_PATH:-$root/.build-check}
[ $# -gt 0 ] || set -- 200000 1000000

swift build -c release --scratch-path "$scratch" --product hardmatch >&2
binary="$scratch/release/hardmatch"

# wall REPORT: the elapsed wall-clock seconds in a `/usr/bin/time -v` report.
wall() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, part, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + part[i]
        print s
    }' "$1"
}

for users in "$@"; do
    file=${LDIF_DIR:-/tmp}/hardmatch-check-bench-$users.ldif
    expected=$(mktemp)
    python3 "$here/generate.py" "$users" "$file" 2>"$expected"
    checked=$(mktemp)
    dumped=$(mktemp)
    status=0
    /usr/bin/time -v "$binary" check --ldif "$file" --verified-domain contoso.com --format json >/dev/null 2>"$checked" || status=$?
    if [ "$status" -ne 3 ]; then
        cat "$checked" >&2
        echo "unexpected exit status $status (3: findings)" >&2
        exit 1
    fi
    /usr/bin/time -v "$binary" dump --ldif "$file" --format ndjson >/dev/null 2>"$dumped" || {
        cat "$dumped" >&2
        exit 1
    }
    echo "check: $(throughput "$users" "$file" "$checked")"
    echo "dump:  $(throughput "$users" "$file" "$dumped")"
    awk -v c="$(wall "$checked")" -v d="$(wall "$dumped")" 'BEGIN { printf "  check / dump wall time: %.2f\n", c / d }'
    echo "  $(cat "$expected")"
    echo "  got:      $(grep ' users checked' "$checked")"
    rm -f "$checked" "$dumped" "$expected"
    [ "${KEEP:-0}" = 1 ] || rm -f "$file"
done
