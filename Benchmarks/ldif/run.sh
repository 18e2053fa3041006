#!/bin/sh
# End-to-end LDIF benchmark: `hardmatch dump --ldif FILE --format ndjson` over N generated
# users, timed with /usr/bin/time -v. Reports users/s and maximum resident set size.
#
# usage: Benchmarks/ldif/run.sh [USERS]     (default 1000000; run from the package root)
set -eu

users=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../throughput.sh"
scratch=${SCRATCH_PATH:-$root/.build-ldif}
file=${LDIF_FILE:-/tmp/hardmatch-bench-$users.ldif}

if [ ! -s "$file" ]; then
    echo "generating $users users into $file" >&2
    python3 "$here/generate.py" "$users" "$file"
fi

swift build -c release --scratch-path "$scratch" --product hardmatch >&2
binary="$scratch/release/hardmatch"

report=$(mktemp)
trap 'rm -f "$report"' EXIT
/usr/bin/time -v "$binary" dump --ldif "$file" --format ndjson >/dev/null 2>"$report" || {
    cat "$report" >&2
    exit 1
}

throughput "$users" "$file" "$report"
