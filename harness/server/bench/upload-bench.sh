#!/usr/bin/env bash
# Portal upload benchmark (docs/benchmarks.md, "Portal uploads"): N concurrent uploads of a 50 MB VCF with curl and
# an API token against 'harness serve --demo' on loopback; prints wall time, throughput and the server's resident
# memory before and at its peak (VmHWM). Usage: upload-bench.sh N [intake|store]
#   store  (default) the VCF has no header, so intake stops at once: measures streaming, hashing and storing
#   intake a VCF of ~1M records: intake reads it all, as for a real submission
set -euo pipefail
N=${1:?usage: upload-bench.sh N [intake|store]}; MODE=${2:-store}
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
JAR=${JAR:-$ROOT/harness/cli/target/harness.jar}
WORK=${WORK:-/tmp/harness-portal-bench}; mkdir -p "$WORK"
PORT=$((18500 + N)); DATA=$WORK/data-$N-$MODE; rm -rf "$DATA" "$DATA".*
java -Xmx512m -jar "$JAR" serve --demo --data "$DATA" --port $PORT --contig-length 20000 > "$DATA.out" 2> "$DATA.err" &
PID=$!
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:$PORT/health >/dev/null 2>&1 && break; sleep 1; done
VCF=$WORK/bench50-$MODE.vcf
if [[ ! -f $VCF ]]; then
  python3 - "$DATA/demo-cohort/units/north/HG002.vcf.gz" "$VCF" "$MODE" <<'PY'
import gzip, sys
src, out, mode = sys.argv[1:]
hdr = [l for l in gzip.open(src, 'rt') if l.startswith('#')] if mode == 'intake' else ['not a VCF header\n']
with open(out, 'w') as f:
    f.writelines(hdr); size = sum(map(len, hdr)); pos = 1000
    while size < 50 * 1024 * 1024:
        l = f'chr1\t{pos}\t.\tA\tT\t36.0\tPASS\tDP=34\tGT:GQ:DP\t0/1:32:34\n'; f.write(l); size += len(l); pos += 1
PY
fi
B=http://127.0.0.1:$PORT; PW=$(grep '^north-user' "$DATA/demo-logins.txt" | cut -d' ' -f2); J=$DATA.cj
field() { grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
csrf=$(curl -s -c "$J" -b "$J" $B/login | field)
curl -s -o /dev/null -c "$J" -b "$J" --data-urlencode login=north-user --data-urlencode "password=$PW" \
  --data-urlencode "csrf=$csrf" $B/login
csrf=$(curl -s -c "$J" -b "$J" $B/account | field)
TOKEN=$(curl -s -c "$J" -b "$J" -H 'Accept: application/json' --data-urlencode "csrf=$csrf" $B/account/tokens \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
RSS0=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
start=$(date +%s.%N)
pids=()
for _ in $(seq 1 "$N"); do
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" -F round=demo-round-1 -F sample=HG002 \
    -F "vcf=@$VCF" -F "spec=@$ROOT/pipelines-spec/examples/unit-north.yaml" $B/api/submissions >> "$DATA.codes" &
  pids+=($!)
done
wait "${pids[@]}"
end=$(date +%s.%N)
HWM=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)
kill -TERM $PID; wait $PID 2>/dev/null || true
python3 - "$N" "$MODE" "$start" "$end" "$RSS0" "$HWM" "$DATA.codes" <<'PY'
import sys
n, mode, s, e, r0, h, codes = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
c = open(codes).read().split()
print(f"{mode}: {n} uploads of 50 MB: {e - s:.1f} s, {n * 50 / (e - s):.1f} MB/s, HTTP {sorted(set(c))} x{len(c)}, "
      f"RSS {r0 // 1024} MB before, peak {h // 1024} MB")
PY
