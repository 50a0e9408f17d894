#!/usr/bin/env bash
# Fixed-cost benchmark on the shared HG002 chr21 data (docs/benchmarks.md, "Round 3"): `harness compare` against
# `rtg vcfeval` on the GIAB v4.2.1 truth with its confident BED and the HaplotypeCaller calls, interleaved, and
# `harness run` with one truth and one vs five submissions.
#
#   bench/fixed-cost-bench.sh [--runs N] [--no-rtg] [--no-run] [--variants "before java17 aot launcher"]
#
# Variants of harness (each run as `bin/harness compare`, with HARNESS_JAVA / HARNESS_JAVA_OPTS set):
#   before    the launcher's JVM settings before round 3: `java` (Java 17), ParallelGC, C1 and C2 (tiered)
#   java17    bin/harness on `java` (Java 17): ParallelGC, C1 only for small inputs, no cache
#   java25    the JDK 25 that built the AOT cache, tiered, without the cache
#   aot       that JDK 25 with the AOT cache, tiered
#   launcher  bin/harness as it is (JDK 25 + AOT cache when the build made one, C1 only for small inputs)
# rtg vcfeval runs if `rtg` is on PATH (RTG Tools, built separately, never part of this repository); its SDF of
# the pseudo-reference is made once into the cache. Every run's wall, CPU (user+sys), peak RSS and the 1-minute
# load average before it go to runs.tsv; the summary prints median [min-max] per variant and the ratios, and
# checks that harness's PASS counts equal vcfeval's. Results: $CACHE/results/fixed-TIME/.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=bench/timing.sh
source "$ROOT/bench/timing.sh" # runs.tsv rows, stat, median
RUNS=3
USE_RTG=1
USE_RUN=1
VARIANTS="before launcher"
CACHE="${BENCH_CACHE:-$ROOT/target/bench}"
SHARED="${HARNESS_SHARED_DATA:-$ROOT/../shared/data}"
die() { echo "fixed-cost-bench: error: $*" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --no-rtg) USE_RTG=0; shift ;;
    --no-run) USE_RUN=0; shift ;;
    --variants) VARIANTS="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
done
[[ -d "$SHARED/hg002-chr21-pseudoref" ]] || die "shared data not found at $SHARED (set HARNESS_SHARED_DATA)"
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is needed: apt-get install time"
TRUTH="$SHARED/hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz"
CONF="$SHARED/hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.bed"
CALLS="$SHARED/hg002-chr21-sarek/sarek/hg37"
QUERY="$CALLS/HG002.haplotypecaller.chr21.vcf.gz"
REF="$SHARED/hg002-chr21-pseudoref/chr21.pseudo.fa.gz"
HARNESS="$ROOT/bin/harness"
"$HARNESS" --version >/dev/null # builds harness.jar (and its AOT cache) when stale
AOT_JAVA="$(cat "$ROOT/harness/cli/target/harness.aot.java" 2>/dev/null || true)"

OUT="$CACHE/results/fixed-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
RUNS_TSV="$OUT/runs.tsv"
runs_tsv_start

# timed TOOL RUN CMD...: as in compare-bench.sh, one runs.tsv row per run.
timed() {
  local tool="$1" run="$2" tf load
  shift 2
  tf="$OUT/time.$tool.$run.txt"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  local rc=0
  /usr/bin/time -v -o "$tf" "$@" > "$OUT/$tool.$run.stdout" 2> "$OUT/$tool.$run.stderr" || rc=$?
  # `run` exits 3 when a submission FAILs a council gate (the chr21 calls do): the run itself completed.
  if [[ "$rc" != 0 && ! ( "$tool" == run* && "$rc" == 3 ) ]]; then
    echo "fixed-cost-bench: $tool run $run failed (exit $rc); see $OUT/$tool.$run.stderr" >&2
    tail -5 "$OUT/$tool.$run.stderr" >&2
    return 1
  fi
  time_row "$tool" "$run" "$load" "$tf"
}

# harness_variant NAME RUN: one `bin/harness compare` with the variant's JVM.
harness_variant() {
  local v="$1" i="$2" java="" opts=""
  case "$v" in
    launcher) ;;
    before) java=java; opts="-XX:TieredStopAtLevel=4" ;; # 4, the JVM's default, keeps the launcher from choosing C1
    java17) java=java ;;
    java25|aot) [[ -n "$AOT_JAVA" ]] || { echo "fixed-cost-bench: no JDK 25 cache; skipping $v" >&2; return 0; }
      java="$AOT_JAVA"; opts="-XX:TieredStopAtLevel=4"
      [[ "$v" == aot ]] || opts+=" -XX:AOTMode=off" ;;
    *) die "unknown variant $v" ;;
  esac
  HARNESS_JAVA="$java" HARNESS_JAVA_OPTS="$opts" timed "$v" "$i" "$HARNESS" compare -q --truth "$TRUTH" \
    --query "$QUERY" --confident "$CONF" --reference "$REF" --threads 2 -o "$OUT/$v$i/out"
}

# The run plans: one truth, one submission (HaplotypeCaller) and five (the three callers, then HaplotypeCaller
# and bcftools again as two more units).
plan() { # FILE N
  local units=(north central south capital zealand)
  local vcfs=("$QUERY" "$CALLS/HG002.bcftools.chr21.vcf.gz" "$CALLS/HG002.strelka.variants.chr21.vcf.gz" "$QUERY"
    "$CALLS/HG002.bcftools.chr21.vcf.gz")
  {
    printf 'plan_version: 1\nresults_dir: %s\ngates: %s\ntruth_sets:\n' "$OUT/results" "$ROOT/gates/council-criteria.yaml"
    printf '  - id: hg002-chr21\n    version: v4.2.1\n    sample: HG002\n    vcf: %s\n    confident: %s\n    reference: %s\n' \
      "$TRUTH" "$CONF" "$REF"
    printf 'submissions:\n'
    for ((k = 0; k < $2; k++)); do
      printf '  - unit: %s\n    sample: HG002\n    pipeline: {name: caller%s, version: "1"}\n    truth_set: hg002-chr21\n    vcf: %s\n' \
        "${units[$k]}" "$k" "${vcfs[$k]}"
    done
  } > "$1"
}
plan "$OUT/plan1.yaml" 1
plan "$OUT/plan5.yaml" 5

if [[ "$USE_RTG" == 1 ]] && command -v rtg >/dev/null; then
  SDF="$CACHE/chr21.pseudo.sdf"
  if [[ ! -f "$SDF/done" ]]; then
    echo "fixed-cost-bench: rtg format (once)" >&2
    rm -rf "$SDF"
    mkdir -p "$CACHE"
    RTG_MEM=3g rtg format -o "$SDF" "$REF" >/dev/null
    touch "$SDF/done"
  fi
else
  USE_RTG=0
fi

echo "fixed-cost-bench: $RUNS round(s) of: ${USE_RTG/1/rtg }$VARIANTS${USE_RUN/1/ run1 run5}; $(nproc) cores;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/summary.txt"
for ((i = 1; i <= RUNS; i++)); do
  echo "fixed-cost-bench: round $i/$RUNS" >&2
  if [[ "$USE_RTG" == 1 ]]; then
    RTG_MEM=3g timed rtg "$i" rtg vcfeval -b "$TRUTH" -c "$QUERY" -e "$CONF" -t "$SDF" -T 2 -o "$OUT/rtg$i"
  fi
  for v in $VARIANTS; do harness_variant "$v" "$i"; done
  if [[ "$USE_RUN" == 1 ]]; then
    timed run1 "$i" "$HARNESS" run -q --plan "$OUT/plan1.yaml" --run-id "one-$i" --threads 2 || true
    timed run5 "$i" "$HARNESS" run -q --plan "$OUT/plan5.yaml" --run-id "five-$i" --threads 2 || true
  fi
done

harness_counts() { # TP-baseline TP-call FP FN over the SNP+INDEL PASS rows of summary.csv
  awk -F, 'NR > 1 && $2 == "PASS" { tb += $4; fn += $5; tc += $6 - $7 - $8; fp += $7 }
    END { printf "%d %d %d %d", tb, tc, fp, fn }' "$1"
}
{
  first="${VARIANTS%% *}"
  echo
  echo "counts (PASS, confident regions): TP-baseline TP-call FP FN"
  HC="$(harness_counts "$OUT/${first}1/out.summary.csv")"
  echo "  harness  $HC"
  if [[ "$USE_RTG" == 1 ]]; then
    RC="$(awk '$1 == "None" { printf "%d %d %d %d", $2, $3, $4, $5 }' "$OUT/rtg1/summary.txt")"
    echo "  rtg      $RC   $([[ "$HC" == "$RC" ]] && echo identical || echo DIFFERENT)"
  fi
  echo
  printf '%-10s %-24s %-24s %-22s %s\n' tool "wall s" "CPU s" "peak RSS MiB" "load before"
  for t in $([[ "$USE_RTG" == 1 ]] && echo rtg) $VARIANTS $([[ "$USE_RUN" == 1 ]] && echo run1 run5); do
    grep -q "^$t	" "$RUNS_TSV" || continue
    printf '%-10s %-24s %-24s %-22s %s\n' "$t" "$(stat "$t" 3)" "$(stat "$t" cpu)" "$(stat "$t" 6 1024)" "$(stat "$t" 7)"
  done
  echo
  if [[ "$USE_RTG" == 1 ]]; then
    for v in $VARIANTS; do
      grep -q "^$v	" "$RUNS_TSV" || continue
      awk -v v="$v" -v h="$(median "$v" 3)" -v r="$(median rtg 3)" -v hc="$(median "$v" cpu)" -v rc="$(median rtg cpu)" \
        'BEGIN { printf "  rtg / %-9s wall %.2f x, CPU %.2f x (target: wall >= 5)\n", v, r / h, rc / hc }'
    done
  fi
  if [[ "$USE_RUN" == 1 ]] && grep -q '^run5' "$RUNS_TSV"; then
    awk -v r1="$(median run1 3)" -v r5="$(median run5 3)" -v c1="$(median run1 cpu)" -v c5="$(median run5 cpu)" \
      -v h="$(median "$first" 3)" -v hc="$(median "$first" cpu)" 'BEGIN {
        printf "  run: each submission after the first: wall %.2f s = %.0f%% of one compare (%s), CPU %.2f s = %.0f%% (target <= 60%%)\n",
          (r5 - r1) / 4, 100 * (r5 - r1) / 4 / h, "'"$first"'", (c5 - c1) / 4, 100 * (c5 - c1) / 4 / hc }'
  fi
} | tee -a "$OUT/summary.txt"
echo "fixed-cost-bench: results in $OUT" >&2
