#!/usr/bin/env bash
# Whole-process benchmark of `harness compare-sv` against `truvari bench` on a whole-genome-sized SV set
# (docs/benchmarks.md, "Structural variants").
#
#   bench/sv-bench.sh [--runs N] [--calls manta|pbsv] [--truvari "CMD"] [--no-truvari] [--warm] [--jfr]
#                     [--cache DIR] [--java-opts "OPTS"]
#
# 1. Builds the data once (cached): the shared HG002 SV Tier1 v0.6 chr21 truth, its BED and the Manta and pbsv
#    calls of ../shared/data/hg002-chr21-sv tiled over 22 contigs by renaming chr21 to 1..22 (the hg19 names the
#    files' own ##contig lines declare; chr21 is the shortest, so every position fits): 32,208 truth records
#    (5,038 PASS), 52,690 Manta or 9,306 pbsv calls; bgzip + tabix. pbsv is the shared data's derived file with
#    SVLEN declared and SVTYPE removed (see PROVENANCE.md), as in expected/truvari/pbsv/command.txt.
# 2. Times, interleaved --runs times (default 5), `truvari bench` and `bin/harness compare-sv` (whole processes,
#    JVM start included) with the GIAB parameters of expected/truvari/*/command.txt, under /usr/bin/time -v (wall
#    clock, CPU, peak RSS), with the 1-minute load average before each run.
# 3. Checks TP-base, TP-comp, FP and FN of the two summary.json files are identical; prints medians and ratios.
# The truvari command: --truvari "CMD" or $TRUVARI (default: `truvari` on PATH). Truvari is never part of this
# repository; without it (or with --no-truvari) only the harness is timed. --warm adds the in-process measure
# (dk.harness.bench.SvWarm: JVM warm, truth loaded once); --jfr one extra, untimed harness run with a JFR recording
# and its hot spots. Results: $CACHE/results/<calls>-<time>/ (summary.txt, runs.tsv).
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=bench/timing.sh
source "$ROOT/bench/timing.sh" # runs.tsv rows, stat, median
RUNS=5
CALLS=manta
TRUVARI_CMD="${TRUVARI:-truvari}"
USE_TRUVARI=1
WARM=0
JFR=0
JAVA_OPTS_EXTRA=""
CACHE="${BENCH_CACHE:-$ROOT/target/sv-bench}"
SHARED="${HARNESS_SHARED_DATA:-$ROOT/../shared/data}"
SV="$SHARED/hg002-chr21-sv"
TILES=22

die() { echo "sv-bench: error: $*" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --calls) CALLS="$2"; shift 2 ;;
    --truvari) TRUVARI_CMD="$2"; shift 2 ;;
    --no-truvari) USE_TRUVARI=0; shift ;;
    --warm) WARM=1; shift ;;
    --jfr) JFR=1; shift ;;
    --cache) CACHE="$2"; shift 2 ;;
    --java-opts) JAVA_OPTS_EXTRA="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
done
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 1 ]] || die "--runs must be a positive integer"
case "$CALLS" in
  manta) CALLS_SRC="$SV/calls/HG002_manta_SV_hg19_genotype.chr21.vcf.gz"; CALLS_EXPECTED=52690 ;;
  pbsv) CALLS_SRC="$SV/derived/hg19.HG002.pbsv.chr21.svlen-header.no-svtype.vcf.gz"; CALLS_EXPECTED=9306 ;;
  *) die "--calls must be manta or pbsv" ;;
esac
[[ -d "$SV" ]] || die "shared data not found at $SV (set HARNESS_SHARED_DATA)"
TRUTH_SRC="$SV/truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz"
BED_SRC="$SV/truth/HG002_SVs_Tier1_v0.6.chr21.bed"
# The GIAB parameters of expected/truvari/*/command.txt (Truvari's and the harness's option names are the same).
PARAMS=(--passonly --refdist 1000 --pctseq 0 --pctsize 0.7 --pctovl 0 --sizemin 50 --sizefilt 30 --sizemax 50000
  --pick single --chunksize 1000)

# ---- tools ------------------------------------------------------------------------------------------------
if ! command -v bgzip >/dev/null || ! command -v tabix >/dev/null; then
  echo "sv-bench: installing tabix (bgzip, tabix) with apt-get" >&2
  apt-get install -y tabix >/dev/null
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "sv-bench: installing GNU time with apt-get" >&2
  apt-get install -y time >/dev/null
fi
HARNESS="$ROOT/bin/harness"
"$HARNESS" --version >/dev/null # builds harness.jar when stale
if [[ "$USE_TRUVARI" == 1 ]] && ! $TRUVARI_CMD version >/dev/null 2>&1; then
  echo "sv-bench: no working truvari ('$TRUVARI_CMD version' failed); timing the harness only" >&2
  USE_TRUVARI=0
fi

# ---- data -------------------------------------------------------------------------------------------------
DATA="$CACHE/data"
VERSION="sv-tiles-1 $TILES"
if [[ "$(cat "$DATA/READY" 2>/dev/null || true)" != "$VERSION" ]]; then
  echo "sv-bench: building $DATA ($TILES tiles of chr21)" >&2
  rm -rf "$DATA"
  mkdir -p "$DATA"
  # tile SRC OUT: the header as it is (its ##contig lines already declare 1..22), then the records once per contig
  # 1..22 with CHROM renamed, in the header's contig order.
  tile() {
    {
      bgzip -dc "$1" | grep '^#'
      for c in $(seq 1 "$TILES"); do
        bgzip -dc "$1" | grep -v '^#' | awk -v c="$c" 'BEGIN { FS = OFS = "\t" } { $1 = c; print }'
      done
    } | bgzip -@2 > "$2"
    tabix -f -p vcf "$2"
  }
  tile "$TRUTH_SRC" "$DATA/truth.vcf.gz"
  tile "$SV/calls/HG002_manta_SV_hg19_genotype.chr21.vcf.gz" "$DATA/manta.vcf.gz"
  tile "$SV/derived/hg19.HG002.pbsv.chr21.svlen-header.no-svtype.vcf.gz" "$DATA/pbsv.vcf.gz"
  for c in $(seq 1 "$TILES"); do
    awk -v c="$c" 'BEGIN { FS = OFS = "\t" } { $1 = c; print }' "$BED_SRC"
  done > "$DATA/truth.bed"
  echo "$VERSION" > "$DATA/READY"
fi
TRUTH="$DATA/truth.vcf.gz"
QVCF="$DATA/$CALLS.vcf.gz"
BED="$DATA/truth.bed"
count() { bgzip -dc "$1" | grep -vc '^#'; }
TRUTH_N="$(count "$TRUTH")"
TRUTH_PASS="$(bgzip -dc "$TRUTH" | grep -v '^#' | awk -F'\t' '$7 == "PASS" || $7 == "."' | wc -l)"
CALLS_N="$(count "$QVCF")"
[[ "$TRUTH_N" == 32208 && "$TRUTH_PASS" == 5038 && "$CALLS_N" == "$CALLS_EXPECTED" ]] \
  || die "tiled data has $TRUTH_N truth ($TRUTH_PASS PASS) and $CALLS_N $CALLS records; expected 32208 (5038) and $CALLS_EXPECTED"

OUT="$CACHE/results/$CALLS-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
RUNS_TSV="$OUT/runs.tsv"
runs_tsv_start

# timed TOOL RUN CMD...: runs CMD under /usr/bin/time -v and appends a row to runs.tsv.
timed() {
  local tool="$1" run="$2"
  shift 2
  local tf="$OUT/time.$tool.$run.txt"
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if ! /usr/bin/time -v -o "$tf" "$@" > "$OUT/$tool.$run.stdout" 2> "$OUT/$tool.$run.stderr"; then
    echo "sv-bench: $tool run $run failed; see $OUT/$tool.$run.stderr" >&2
    tail -5 "$OUT/$tool.$run.stderr" >&2
    return 1
  fi
  time_row "$tool" "$run" "$load" "$tf"
}


HOST_INFO="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
HOST_INFO+=" $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(java -version 2>&1 | head -1)"
{
  echo "sv-bench: truth $TRUTH_N records ($TRUTH_PASS PASS), $CALLS $CALLS_N calls, $TILES tiles of chr21;"\
    "$RUNS interleaved run(s); $HOST_INFO"
  echo "  harness: HARNESS_JAVA_OPTS='$JAVA_OPTS_EXTRA' bin/harness compare-sv -b truth.vcf.gz -c $CALLS.vcf.gz"\
    "--includebed truth.bed -o OUT ${PARAMS[*]}"
  if [[ "$USE_TRUVARI" == 1 ]]; then
    echo "  truvari: $TRUVARI_CMD bench -b truth.vcf.gz -c $CALLS.vcf.gz --includebed truth.bed -o OUT"\
      "${PARAMS[*]}   ($($TRUVARI_CMD version 2>&1 | tail -1))"
  fi
} | tee "$OUT/summary.txt"

for ((i = 1; i <= RUNS; i++)); do
  echo "sv-bench: run $i/$RUNS" >&2
  # Alternate which tool goes first, so neither always meets the machine right after the other's run.
  order=(harness truvari)
  ((i % 2 == 0)) && order=(truvari harness)
  for tool in "${order[@]}"; do
    if [[ "$tool" == harness ]]; then
      HARNESS_JAVA_OPTS="$JAVA_OPTS_EXTRA" timed harness "$i" "$HARNESS" compare-sv -q -b "$TRUTH" -c "$QVCF" \
        --includebed "$BED" -o "$OUT/harness$i" "${PARAMS[@]}"
    elif [[ "$USE_TRUVARI" == 1 ]]; then
      timed truvari "$i" $TRUVARI_CMD bench -b "$TRUTH" -c "$QVCF" --includebed "$BED" -o "$OUT/truvari$i" \
        "${PARAMS[@]}"
    fi
  done
done

# ---- counts and figures -----------------------------------------------------------------------------------
counts() { # TP-base TP-comp FP FN of a summary.json
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(*(s[k] for k in ("TP-base","TP-comp","FP","FN")))' "$1"
}
{
  echo
  echo "counts: TP-base TP-comp FP FN"
  HC="$(counts "$OUT/harness1/summary.json")"
  echo "  harness  $HC"
  for ((i = 2; i <= RUNS; i++)); do
    [[ "$(counts "$OUT/harness$i/summary.json")" == "$HC" ]] || echo "  harness run $i: DIFFERENT counts"
  done
  if [[ "$USE_TRUVARI" == 1 ]]; then
    TC="$(counts "$OUT/truvari1/summary.json")"
    echo "  truvari  $TC   $([[ "$HC" == "$TC" ]] && echo identical || echo DIFFERENT)"
  fi
  echo
  printf '%-30s %s\n' "measure (median [min-max])" "value"
  printf '%-30s %s\n' "load average before runs" "$(stat harness 7)"
  printf '%-30s %s\n' "harness wall s" "$(stat harness 3)"
  printf '%-30s %s\n' "harness CPU s (user+sys)" "$(stat harness cpu)"
  printf '%-30s %s\n' "harness peak RSS MiB" "$(stat harness 6 1024)"
  if grep -q '^truvari' "$RUNS_TSV"; then
    printf '%-30s %s\n' "truvari wall s" "$(stat truvari 3)"
    printf '%-30s %s\n' "truvari CPU s (user+sys)" "$(stat truvari cpu)"
    printf '%-30s %s\n' "truvari peak RSS MiB" "$(stat truvari 6 1024)"
    echo
    echo "ratios (medians):"
    awk -v h="$(median harness 3)" -v t="$(median truvari 3)" \
      'BEGIN { printf "  truvari / harness wall  %.2f x (target >= 3)\n", t / h }'
    awk -v h="$(median harness cpu)" -v t="$(median truvari cpu)" \
      'BEGIN { printf "  truvari / harness CPU   %.2f x\n", t / h }'
  fi
} | tee -a "$OUT/summary.txt"

# ---- optional: in-process (warm) measure, profile --------------------------------------------------------------
if [[ "$WARM" == 1 ]]; then
  BENCH_JAR="$ROOT/harness/bench/target/harness-bench.jar"
  if [[ ! -f "$BENCH_JAR" || -n "$(find "$ROOT/harness" -path '*/src/main/*' -newer "$BENCH_JAR" -print -quit)" ]]; then
    echo "sv-bench: building $BENCH_JAR (mvn -Pbench)" >&2
    (cd "$ROOT" && mvn -q -o -Pbench -pl harness/bench -am -DskipTests package >/dev/null 2>&1 \
      || mvn -q -Pbench -pl harness/bench -am -DskipTests package 1>&2)
  fi
  {
    echo
    echo "inside one JVM (JIT warm, truth loaded once): java -cp harness-bench.jar dk.harness.bench.SvWarm"
    java -XX:+UseParallelGC $JAVA_OPTS_EXTRA -cp "$BENCH_JAR" dk.harness.bench.SvWarm --truth "$TRUTH" \
      --query "$QVCF" --includebed "$BED" --out "$OUT/warm" --warmups 5 --runs 11 | sed 's/^/  /'
  } | tee -a "$OUT/summary.txt"
fi
if [[ "$JFR" == 1 ]]; then
  echo "sv-bench: profiling run (JFR)" >&2
  HARNESS_JAVA_OPTS="$JAVA_OPTS_EXTRA -XX:StartFlightRecording=filename=$OUT/harness.jfr,settings=profile" \
    "$HARNESS" compare-sv -q -b "$TRUTH" -c "$QVCF" --includebed "$BED" -o "$OUT/jfr" "${PARAMS[@]}" 2>/dev/null
  python3 "$ROOT/bench/jfr-hotspots.py" "$OUT/harness.jfr" | tee "$OUT/jfr-hotspots.txt"
fi
echo "sv-bench: results in $OUT" >&2
