#!/usr/bin/env bash
# LDAP dump benchmark: `hardmatch dump --format ndjson`, over one connection and over
# several (partitioned by uSNCreated), against `ldapsearch -LLL` for the same attributes,
# over verified LDAPS on the same test DC, alternating runs.
#
# Usage: Benchmarks/ldap/run.sh [RUNS] [CONNECTIONS...]   (default 7 runs; connections 1 2 4)
# Needs a running, seeded test DC (scripts/testdc reset; scripts/testdc seed-bulk N);
# HARDMATCH_DC_DIR names it (default /tmp/hardmatch-testdc).
# Prints, for each, the median wall time, its ratio to ldapsearch's, client CPU and peak RSS,
# and checks that every variant printed the same users.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-7}"
shift || true
connections=("$@")
((${#connections[@]})) || connections=(1 2 4)

# shellcheck disable=SC1091
. "${HARDMATCH_DC_DIR:-/tmp/hardmatch-testdc}/env"
swift build -c release --product hardmatch >/dev/null
binary=.build/release/hardmatch
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
password_file="$results/password"
umask 077
printf '%s' "$HARDMATCH_BIND_PASSWORD" > "$password_file"
attributes=(objectGUID mS-DS-ConsistencyGuid userPrincipalName mail proxyAddresses sAMAccountName displayName mailNickname userAccountControl objectClass)
filter='(&(objectCategory=person)(objectClass=user))'

dump=("$binary" dump --uri "$HARDMATCH_LDAP_URI" --ca-file "$HARDMATCH_CA_FILE"
    --bind-dn "$HARDMATCH_BIND_DN" --password-file "$password_file" --format ndjson)
hardmatch() { "${dump[@]}" --connections "$1"; }

# The same users, whatever the number of connections: sorted outputs are byte for byte equal.
hardmatch 1 | sort > "$results/expected"
users="$(wc -l < "$results/expected")"
for n in "${connections[@]}"; do
    hardmatch "$n" | sort | cmp -s - "$results/expected" || { echo "error: --connections $n printed other users than --connections 1" >&2; exit 1; }
done
echo "users: $users (the same with --connections ${connections[*]}), runs: $runs (alternating), page size 1000, LDAPS with a verified certificate"

for ((i = 1; i <= runs; i++)); do
    for n in "${connections[@]}"; do
        /usr/bin/time -f "%e %U %S %M" -o "$results/hardmatch-$n.$i" "${dump[@]}" --connections "$n" > /dev/null
    done
    LDAPTLS_CACERT="$HARDMATCH_CA_FILE" /usr/bin/time -f "%e %U %S %M" -o "$results/ldapsearch.$i" \
        ldapsearch -LLL -E pr=1000/noprompt -H "$HARDMATCH_LDAP_URI" -x -D "$HARDMATCH_BIND_DN" -y "$password_file" \
        -b "$HARDMATCH_BASE_DN" "$filter" "${attributes[@]}" > /dev/null
done

python3 - "$results" "$runs" "${connections[@]}" <<'PY'
import statistics, sys
folder, runs, connections = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def load(name):
    rows = [list(map(float, open(f"{folder}/{name}.{i}").read().split())) for i in range(1, runs + 1)]
    wall = statistics.median(r[0] for r in rows)
    cpu = statistics.median(r[1] + r[2] for r in rows)
    rss = max(r[3] for r in rows) / 1024
    return wall, cpu, rss
base = load("ldapsearch")
print(f"{'':26} {'median wall s':>14} {'vs ldapsearch':>14} {'median CPU s':>13} {'peak RSS MiB':>13}")
for name, label in [(f"hardmatch-{n}", f"hardmatch --connections {n}") for n in connections] + [("ldapsearch", "ldapsearch")]:
    wall, cpu, rss = load(name)
    print(f"{label:26} {wall:14.3f} {wall / base[0]:14.3f} {cpu:13.3f} {rss:13.1f}")
PY
