#!/usr/bin/env bash
# LDAP dump benchmark: `hardmatch dump --format ndjson` against `ldapsearch -LLL`
# for the same attributes, over verified LDAPS on the same test DC, alternating runs.
#
# Usage: Benchmarks/ldap/run.sh [RUNS]      (default 7)
# Needs a running, seeded test DC (scripts/testdc reset; scripts/testdc seed-bulk N).
# Prints the median wall time of each, the ratio, client CPU, and peak RSS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-7}"

# shellcheck disable=SC1091
. "${HARDMATCH_DC_DIR:-/tmp/hardmatch-testdc}/env"
swift build -c release --product hardmatch >/dev/null
binary=.build/release/hardmatch
results="$(mktemp -d)"
password_file="$results/password"
umask 077
printf '%s' "$HARDMATCH_BIND_PASSWORD" > "$password_file"
attributes=(objectGUID mS-DS-ConsistencyGuid userPrincipalName mail proxyAddresses sAMAccountName displayName mailNickname userAccountControl objectClass)
filter='(&(objectCategory=person)(objectClass=user))'

users="$("$binary" dump --uri "$HARDMATCH_LDAP_URI" --ca-file "$HARDMATCH_CA_FILE" --bind-dn "$HARDMATCH_BIND_DN" --password-file "$password_file" --format ndjson | wc -l)"
echo "users: $users, runs: $runs (alternating), page size 1000, LDAPS with a verified certificate"

for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$results/hardmatch.$i" \
        "$binary" dump --uri "$HARDMATCH_LDAP_URI" --ca-file "$HARDMATCH_CA_FILE" \
        --bind-dn "$HARDMATCH_BIND_DN" --password-file "$password_file" --format ndjson > /dev/null
    LDAPTLS_CACERT="$HARDMATCH_CA_FILE" /usr/bin/time -f "%e %U %S %M" -o "$results/ldapsearch.$i" \
        ldapsearch -LLL -E pr=1000/noprompt -H "$HARDMATCH_LDAP_URI" -x -D "$HARDMATCH_BIND_DN" -y "$password_file" \
        -b "$HARDMATCH_BASE_DN" "$filter" "${attributes[@]}" > /dev/null
done

python3 - "$results" "$runs" <<'PY'
import statistics, sys
folder, runs = sys.argv[1], int(sys.argv[2])
def load(name):
    rows = [list(map(float, open(f"{folder}/{name}.{i}").read().split())) for i in range(1, runs + 1)]
    wall = statistics.median(r[0] for r in rows)
    cpu = statistics.median(r[1] + r[2] for r in rows)
    rss = max(r[3] for r in rows) / 1024
    return wall, cpu, rss
h, l = load("hardmatch"), load("ldapsearch")
print(f"{'':12} {'median wall s':>14} {'median CPU s':>13} {'CPU/wall':>9} {'peak RSS MiB':>13}")
for name, (wall, cpu, rss) in (("hardmatch", h), ("ldapsearch", l)):
    print(f"{name:12} {wall:14.3f} {cpu:13.3f} {cpu / wall:9.2f} {rss:13.1f}")
print(f"ratio hardmatch/ldapsearch (median wall): {h[0] / l[0]:.3f}")
PY
rm -rf "$results"
