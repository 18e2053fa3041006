#!/usr/bin/env bash
# convert benchmark: 1,000,000 values through `hardmatch convert --format csv -`.
# Usage: Benchmarks/convert/run.sh [COUNT]   (default 1000000)
# Generates COUNT random values in mixed forms (GUID strings and ImmutableIds), then
# times the conversion of all of them in one call and checks every line came out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
count="${1:-1000000}"
swift build -c release --product hardmatch >/dev/null
input="$(mktemp)"
trap 'rm -f "$input"' EXIT
python3 - "$count" > "$input" <<'PY'
import base64, random, sys, uuid
random.seed(2849)
for i in range(int(sys.argv[1])):
    raw = random.getrandbits(128).to_bytes(16, "little")
    print(base64.b64encode(raw).decode() if i % 2 else str(uuid.UUID(bytes_le=raw)))
PY
echo "values: $count ($(du -h "$input" | cut -f1))"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KiB" \
    .build/release/hardmatch convert --format csv - < "$input" > "$input.out"
echo "rows out (with header): $(wc -l < "$input.out")"
rm -f "$input.out"
