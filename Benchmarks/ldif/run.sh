#!/bin/sh
# End-to-end LDIF benchmark: `hardmatch dump --ldif FILE --format ndjson` over N generated
# users, timed with /usr/bin/time -v. Reports users/s and maximum resident set size.
#
# usage: Benchmarks/ldif/run.sh [USERS]     (default 1000000; run from the package root)
set -eu

users=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
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

seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, part, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + part[i]
    print s
}' "$report")
rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$report")
size=$(wc -c <"$file")
awk -v users="$users" -v seconds="$seconds" -v rss="$rss" -v size="$size" 'BEGIN {
    printf "%d users (%.0f MB) in %.2f s: %.0f users/s, max RSS %.1f MB\n",
        users, size / 1e6, seconds, users / seconds, rss / 1024
}'
