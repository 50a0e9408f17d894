#!/usr/bin/env bash
# Whole-process benchmark of `harness compare` on a whole-genome-scale input (docs/benchmarks.md).
#
#   bench/compare-bench.sh [--tiles N] [--runs N] [--threads N] [--xmx SIZE] [--query K] [--no-strata]
#                          [--no-rtg] [--jfr] [--reuse] [--cache DIR] [--generate-only] [--java-opts "OPTS"]
#                          [--data tiled|simulated] [--strata-set bench|giab]
#
# 1. Generates the data (once, cached). tiled (default): N tiles of the real HG002 chr21 data of ../shared/data
#    (48.1 Mbp each; 62 tiles = 2.98 Gbp, 3.4 M truth and 4.9 M query records), see harness/bench TiledGenome;
#    bgzip + tabix. simulated: a `harness simulate` cohort of the same genome size in contigs of about 125 Mbp
#    (units north, central, south as queries 0-2), with the 12 bench strata added to simulate's own.
#    --strata-set giab replaces the strata by a GIAB-sized set made for the data's reference and truth (once,
#    cached in DATA/giab-strata): about 150 strata, 39 M intervals on 62 tiles (harness/bench GiabSizedStrata).
# 2. Times the I/O floor: `{ bgzip -dc truth.vcf.gz; bgzip -dc query.vcf.gz; } | wc -l`.
# 3. Times `bin/harness compare` (confident BED, the strata, --threads N, -Xmx SIZE) under /usr/bin/time -v.
# 4. If an `rtg` executable is on PATH (RTG Tools, built separately; never part of this repository), times
#    `rtg vcfeval` with the same threads and RTG_MEM=SIZE, and checks that TP/FP/FN are identical.
# Each is run --runs times (default 3); prints median [min-max] and the ratios. --jfr adds one extra, untimed
# harness run with a JFR recording and prints its hot spots; --reuse times one truth against 3 queries, loading
# the truth per query vs once (TruthSetData). Results: $CACHE/results/<data><tiles>[-giab]-<time>/ (summary.txt,
# runs.tsv); the summary names the strata (set, count, intervals, size).
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=bench/timing.sh
source "$ROOT/bench/timing.sh" # runs.tsv rows, stat, median
STAT_DECIMALS=1 # this script's tables print one decimal
TILES=7
RUNS=3
THREADS=2
XMX=3g
QUERY=0
STRATA=1
USE_RTG=1
JFR=0
REUSE=0
GENERATE_ONLY=0
JAVA_OPTS_EXTRA=""
DATA_KIND=tiled
STRATA_SET=bench
CACHE="${BENCH_CACHE:-$ROOT/target/bench}"
SHARED="${HARNESS_SHARED_DATA:-$ROOT/../shared/data}"

die() { echo "compare-bench: error: $*" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tiles) TILES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --xmx) XMX="$2"; shift 2 ;;
    --query) QUERY="$2"; shift 2 ;;
    --cache) CACHE="$2"; shift 2 ;;
    --no-strata) STRATA=0; shift ;;
    --no-rtg) USE_RTG=0; shift ;;
    --jfr) JFR=1; shift ;;
    --reuse) REUSE=1; shift ;;
    --generate-only) GENERATE_ONLY=1; shift ;;
    --java-opts) JAVA_OPTS_EXTRA="$2"; shift 2 ;;
    --data) DATA_KIND="$2"; shift 2 ;;
    --strata-set) STRATA_SET="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
done
[[ "$TILES" =~ ^[0-9]+$ && "$TILES" -ge 1 ]] || die "--tiles must be a positive integer"
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 1 ]] || die "--runs must be a positive integer"
[[ "$DATA_KIND" == tiled || "$DATA_KIND" == simulated ]] || die "--data must be tiled or simulated"
[[ "$STRATA_SET" == bench || "$STRATA_SET" == giab ]] || die "--strata-set must be bench or giab"
[[ -d "$SHARED/hg002-chr21-pseudoref" ]] || die "shared data not found at $SHARED (set HARNESS_SHARED_DATA)"

# ---- tools ------------------------------------------------------------------------------------------------
if ! command -v bgzip >/dev/null || ! command -v tabix >/dev/null; then
  echo "compare-bench: installing tabix (bgzip, tabix) with apt-get" >&2
  apt-get install -y tabix >/dev/null
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "compare-bench: installing GNU time with apt-get" >&2
  apt-get install -y time >/dev/null
fi
HARNESS="$ROOT/bin/harness"
"$HARNESS" --version >/dev/null # builds harness.jar when stale
BENCH_JAR="$ROOT/harness/bench/target/harness-bench.jar"
if [[ ! -f "$BENCH_JAR" || -n "$(find "$ROOT/harness" -path '*/src/main/*' -newer "$BENCH_JAR" -print -quit)" ]]; then
  echo "compare-bench: building $BENCH_JAR (mvn -Pbench)" >&2
  (cd "$ROOT" && mvn -q -o -Pbench -pl harness/bench -am -DskipTests package >/dev/null 2>&1 \
    || mvn -q -Pbench -pl harness/bench -am -DskipTests package 1>&2)
fi

# ---- data -------------------------------------------------------------------------------------------------
if [[ "$DATA_KIND" == tiled ]]; then
  DATA="$CACHE/tiled-$TILES"
  VERSION="$(java -cp "$BENCH_JAR" dk.harness.bench.data.TiledGenome --version)"
  if [[ "$(cat "$DATA/READY" 2>/dev/null || true)" != "$VERSION" ]]; then
    echo "compare-bench: generating $DATA ($TILES x chr21)" >&2
    rm -rf "$DATA"
    mkdir -p "$DATA"
    java -Xmx3g -cp "$BENCH_JAR" dk.harness.bench.data.TiledGenome --tiles "$TILES" --out "$DATA" \
      --shared "$SHARED" --queries 3
    for v in truth query0 query1 query2; do
      bgzip -@2 -f "$DATA/$v.vcf"
      tabix -f -p vcf "$DATA/$v.vcf.gz"
    done
    echo "$VERSION" > "$DATA/READY"
  fi
  TRUTH="$DATA/truth.vcf.gz"
  QUERIES=("$DATA/query0.vcf.gz" "$DATA/query1.vcf.gz" "$DATA/query2.vcf.gz")
  REF="$DATA/ref.fa"
  CONF="$DATA/confident.bed"
  STRATA_TSV="$DATA/strata.tsv"
else
  DATA="$CACHE/simulated-$TILES"
  VERSION="simulated-1 $("$HARNESS" --version)"
  if [[ "$(cat "$DATA/READY" 2>/dev/null || true)" != "$VERSION" ]]; then
    TOTAL=$((TILES * 48129895))
    NCONTIGS=$(((TOTAL + 124999999) / 125000000))
    echo "compare-bench: simulating $DATA ($NCONTIGS contigs of $((TOTAL / NCONTIGS)) bp)" >&2
    rm -rf "$DATA"
    mkdir -p "$DATA"
    "$HARNESS" simulate -q --out "$DATA/cohort" --contigs "$NCONTIGS" --contig-length "$((TOTAL / NCONTIGS))" \
      --units north,central,south --samples HG002
    java -Xmx3g -cp "$BENCH_JAR" dk.harness.bench.data.StrataFor --reference "$DATA/cohort/reference/demo.fa" \
      --truth "$DATA/cohort/truth/HG002_truth.vcf.gz" --out "$DATA/strata" --append "$DATA/cohort/strata/strata.tsv"
    {
      printf 'genome_length\t%s\n' "$(awk '{s += $2} END {print s}' "$DATA/cohort/reference/demo.fa.fai")"
      printf 'truth_records\t%s\n' "$(bgzip -dc "$DATA/cohort/truth/HG002_truth.vcf.gz" | grep -vc '^#')"
      k=0
      for u in north central south; do
        printf 'query%s_records\t%s\n' "$k" "$(bgzip -dc "$DATA/cohort/units/$u/HG002.vcf.gz" | grep -vc '^#')"
        k=$((k + 1))
      done
    } > "$DATA/tiles.tsv"
    echo "$VERSION" > "$DATA/READY"
  fi
  TRUTH="$DATA/cohort/truth/HG002_truth.vcf.gz"
  QUERIES=("$DATA/cohort/units/north/HG002.vcf.gz" "$DATA/cohort/units/central/HG002.vcf.gz"
    "$DATA/cohort/units/south/HG002.vcf.gz")
  REF="$DATA/cohort/reference/demo.fa"
  CONF="$DATA/cohort/truth/HG002_confident.bed"
  STRATA_TSV="$DATA/strata/strata.tsv"
fi
if [[ "$STRATA_SET" == giab ]]; then
  GIAB="$DATA/giab-strata"
  GIAB_VERSION="$(java -cp "$BENCH_JAR" dk.harness.bench.data.GiabSizedStrata --version)"
  if [[ "$(cat "$GIAB/READY" 2>/dev/null || true)" != "$GIAB_VERSION" ]]; then
    echo "compare-bench: generating the GIAB-sized stratification set in $GIAB" >&2
    rm -rf "$GIAB"
    java -Xmx3g -cp "$BENCH_JAR" dk.harness.bench.data.GiabSizedStrata --reference "$REF" --truth "$TRUTH" \
      --out "$GIAB"
    echo "$GIAB_VERSION" > "$GIAB/READY"
  fi
  STRATA_TSV="$GIAB/strata.tsv"
fi
# strata_size TSV: "N strata, M intervals, B MB" of a stratification TSV (BED lines; .gz read with bgzip -dc),
# remembered in TSV.size until the TSV changes.
strata_size() {
  local tsv="$1" dir name path _ n=0 lines=0 bytes=0
  if [[ ! -f "$tsv.size" || "$tsv.size" -ot "$tsv" ]]; then
    dir="$(dirname "$tsv")"
    while IFS=$'\t' read -r name path _; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      [[ "$path" == /* ]] || path="$dir/$path"
      n=$((n + 1))
      bytes=$((bytes + $(wc -c < "$path")))
      if [[ "$path" == *.gz ]]; then
        lines=$((lines + $(bgzip -dc "$path" | wc -l)))
      else
        lines=$((lines + $(wc -l < "$path")))
      fi
    done < "$tsv"
    awk -v n="$n" -v l="$lines" -v b="$bytes" 'BEGIN { printf "%d strata, %.1f M intervals, %.0f MB\n", n, l / 1e6, b / 1e6 }' \
      > "$tsv.size"
  fi
  cat "$tsv.size"
}
STRATA_INFO="$STRATA_SET strata: $(strata_size "$STRATA_TSV")"
[[ "$GENERATE_ONLY" == 1 ]] && { echo "compare-bench: data ready in $DATA ($STRATA_INFO)" >&2; exit 0; }
[[ "$QUERY" =~ ^[012]$ ]] || die "--query must be 0, 1 or 2"
QVCF="${QUERIES[$QUERY]}"
STRAT_ARGS=()
[[ "$STRATA" == 1 ]] && STRAT_ARGS=(--stratification "$STRATA_TSV")
[[ "$STRATA" == 1 ]] || STRATA_INFO="no strata"

OUT="$CACHE/results/$DATA_KIND$TILES$([[ "$STRATA_SET" == giab ]] && echo -giab)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
RUNS_TSV="$OUT/runs.tsv"
runs_tsv_start

# timed TOOL RUN CMD...: runs CMD under /usr/bin/time -v, appends a row to runs.tsv (with the 1-minute load
# average before the run: other work on the machine stretches wall times, not CPU times).
timed() {
  local tool="$1" run="$2"
  shift 2
  local tf="$OUT/time.$tool.$run.txt"
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if ! /usr/bin/time -v -o "$tf" "$@" > "$OUT/$tool.$run.stdout" 2> "$OUT/$tool.$run.stderr"; then
    echo "compare-bench: $tool run $run failed; see $OUT/$tool.$run.stderr" >&2
    tail -5 "$OUT/$tool.$run.stderr" >&2
    return 1
  fi
  time_row "$tool" "$run" "$load" "$tf"
}


HOST_INFO="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))," \
HOST_INFO+=" $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(java -version 2>&1 | head -1)"
echo "compare-bench: $DATA_KIND data, $TILES tile(s) = $(awk '$1=="genome_length"{printf "%.2f Gbp", $2/1e9}' "$DATA/tiles.tsv"),"\
" truth $(awk '$1=="truth_records"{print $2}' "$DATA/tiles.tsv") and query $(awk -v k="query${QUERY}_records" \
'$1==k{print $2}' "$DATA/tiles.tsv") records; $STRATA_INFO; $RUNS run(s); threads $THREADS; heap $XMX; $HOST_INFO" \
  | tee "$OUT/summary.txt"

for ((i = 1; i <= RUNS; i++)); do
  echo "compare-bench: run $i/$RUNS" >&2
  # bgzip -dc reads only its first file argument, so decompress the two one after the other.
  timed floor "$i" bash -c "{ bgzip -dc '$TRUTH'; bgzip -dc '$QVCF'; } | wc -l"
  HARNESS_JAVA_OPTS="-Xmx$XMX $JAVA_OPTS_EXTRA" timed harness "$i" "$HARNESS" compare --truth "$TRUTH" --query "$QVCF" \
    --reference "$REF" --confident "$CONF" "${STRAT_ARGS[@]}" --threads "$THREADS" \
    -o "$OUT/harness$i/out"
  if [[ "$USE_RTG" == 1 ]] && command -v rtg >/dev/null; then
    if [[ ! -f "$DATA/ref.sdf/done" ]]; then
      echo "compare-bench: rtg format (once)" >&2
      rm -rf "$DATA/ref.sdf"
      RTG_MEM="$XMX" rtg format -o "$DATA/ref.sdf" "$REF" >/dev/null
      touch "$DATA/ref.sdf/done"
    fi
    RTG_MEM="$XMX" timed rtg "$i" rtg vcfeval -b "$TRUTH" -c "$QVCF" -e "$CONF" -t "$DATA/ref.sdf" \
      -T "$THREADS" -o "$OUT/rtg$i" || true
  fi
done

# ---- counts: harness PASS rows vs vcfeval (PASS only by default) ------------------------------------------
harness_counts() { # TP-baseline TP-call FP FN over SNP+INDEL PASS rows of summary.csv
  awk -F, 'NR > 1 && $2 == "PASS" { tb += $4; fn += $5; tc += $6 - $7 - $8; fp += $7 }
    END { printf "%d %d %d %d", tb, tc, fp, fn }' "$1"
}
rtg_counts() { # the "None" row of summary.txt
  awk '$1 == "None" { printf "%d %d %d %d", $2, $3, $4, $5 }' "$1"
}
HC="$(harness_counts "$OUT/harness1/out.summary.csv")"
{
  echo
  echo "counts (PASS, confident regions): TP-baseline TP-call FP FN"
  echo "  harness  $HC"
  if [[ -f "$OUT/rtg1/summary.txt" ]]; then
    RC="$(rtg_counts "$OUT/rtg1/summary.txt")"
    echo "  rtg      $RC   $([[ "$HC" == "$RC" ]] && echo identical || echo DIFFERENT)"
  fi
  echo
  printf '%-28s %s\n' "measure (median [min-max])" "value"
  printf '%-28s %s\n' "load average before runs" "$(stat harness 7)"
  printf '%-28s %s\n' "I/O floor wall s" "$(stat floor 3)"
  printf '%-28s %s\n' "harness wall s" "$(stat harness 3)"
  printf '%-28s %s\n' "harness CPU s (user+sys)" "$(stat harness cpu)"
  printf '%-28s %s\n' "harness peak RSS GiB" "$(stat harness 6 1048576)"
  if grep -q '^rtg' "$RUNS_TSV"; then
    printf '%-28s %s\n' "rtg vcfeval wall s" "$(stat rtg 3)"
    printf '%-28s %s\n' "rtg vcfeval CPU s" "$(stat rtg cpu)"
    printf '%-28s %s\n' "rtg vcfeval peak RSS GiB" "$(stat rtg 6 1048576)"
  fi
  echo
  echo "ratios (medians):"
  awk -v h="$(median harness 3)" -v f="$(median floor 3)" 'BEGIN { printf "  harness / I/O floor   %.2f x (target <= 4)\n", h / f }'
  awk -v h="$(median harness cpu)" -v f="$(median floor cpu)" 'BEGIN { printf "  harness / floor CPU   %.2f x\n", h / f }'
  if grep -q '^rtg' "$RUNS_TSV"; then
    awk -v h="$(median harness 3)" -v r="$(median rtg 3)" 'BEGIN { printf "  rtg / harness         %.2f x (target >= 10)\n", r / h }'
    awk -v h="$(median harness cpu)" -v r="$(median rtg cpu)" 'BEGIN { printf "  rtg / harness CPU     %.2f x\n", r / h }'
  fi
} | tee -a "$OUT/summary.txt"

# ---- optional: profile, truth reuse ------------------------------------------------------------------------
if [[ "$JFR" == 1 ]]; then
  echo "compare-bench: profiling run (JFR)" >&2
  HARNESS_JAVA_OPTS="-Xmx$XMX $JAVA_OPTS_EXTRA -XX:StartFlightRecording=filename=$OUT/harness.jfr,settings=profile" \
    "$HARNESS" compare --truth "$TRUTH" --query "$QVCF" --reference "$REF" \
    --confident "$CONF" "${STRAT_ARGS[@]}" --threads "$THREADS" -o "$OUT/jfr/out" -q 2>/dev/null
  python3 "$ROOT/bench/jfr-hotspots.py" "$OUT/harness.jfr" | tee "$OUT/jfr-hotspots.txt"
fi
if [[ "$REUSE" == 1 ]]; then
  QS="$(IFS=,; echo "${QUERIES[*]}")"
  for mode in files shared; do
    timed "reuse-$mode" 1 java "-Xmx$XMX" $JAVA_OPTS_EXTRA -cp "$BENCH_JAR" dk.harness.bench.TruthReuse --mode "$mode" \
      --truth "$TRUTH" --reference "$REF" --confident "$CONF" \
      $([[ "$STRATA" == 1 ]] && echo "--stratification $STRATA_TSV") \
      --queries "$QS" --threads "$THREADS" --out "$OUT/reuse"
  done
  {
    echo
    echo "one truth, three queries (one JVM): truth read per query vs loaded once"
    for mode in files shared; do
      sed "s/^/  $mode: /" "$OUT/reuse-$mode.1.stdout"
      echo "  $mode: peak RSS $(stat "reuse-$mode" 6 1048576) GiB"
    done
  } | tee -a "$OUT/summary.txt"
fi
echo "compare-bench: results in $OUT" >&2
