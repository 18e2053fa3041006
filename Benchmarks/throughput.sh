# Sourced by the benchmarks that read an export (Benchmarks/ldif, Benchmarks/check): the
# one line they report from a `/usr/bin/time -v` report.

# throughput USERS FILE REPORT: "N users (M MB) in S s: R users/s, max RSS X MB".
throughput() {
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, part, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + part[i]
        print s
    }' "$3")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$3")
    size=$(wc -c <"$2")
    awk -v users="$1" -v seconds="$seconds" -v rss="$rss" -v size="$size" 'BEGIN {
        printf "%d users (%.0f MB) in %.2f s: %.0f users/s, max RSS %.1f MB\n",
            users, size / 1e6, seconds, users / seconds, rss / 1024
    }'
}
