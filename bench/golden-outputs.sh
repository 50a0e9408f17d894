#!/usr/bin/env bash
# Checks that a change leaves every output of `harness compare` byte-identical (compressed files by content):
#   bench/golden-outputs.sh record DIR   # run the cases, store their digests in DIR/digests.txt
#   bench/golden-outputs.sh check DIR    # run them again and compare with DIR/digests.txt
# Cases: the tiled-1 bench data (real HG002 chr21 truth, 12 strata, confident BED) against each of the three
# real callers (query0..2: HaplotypeCaller, bcftools, Strelka2 with filtered records), once with --roc QUAL and
# once with --roc GQ. Needs the data of `bench/compare-bench.sh --tiles 1 --generate-only`.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
MODE="${1:?record or check}"
DIR="${2:?output folder}"
DATA="${BENCH_CACHE:-$ROOT/target/bench}/tiled-1"
[[ -f "$DATA/READY" ]] || "$ROOT/bench/compare-bench.sh" --tiles 1 --generate-only
mkdir -p "$DIR/run"
digests() {
  for f in "$DIR"/run/*; do
    case "$f" in
      *.tbi) continue ;; # the index follows the compressed bytes; its content is checked through the VCF
      *.gz) printf '%s  %s\n' "$(gzip -dc "$f" | sha256sum | cut -d' ' -f1)" "$(basename "$f")" ;;
      *) printf '%s  %s\n' "$(sha256sum < "$f" | cut -d' ' -f1)" "$(basename "$f")" ;;
    esac
  done
}
for q in 0 1 2; do
  for roc in QUAL GQ; do
    "$ROOT/bin/harness" compare -q --truth "$DATA/truth.vcf.gz" --query "$DATA/query$q.vcf.gz" \
      --reference "$DATA/ref.fa" --confident "$DATA/confident.bed" --stratification "$DATA/strata.tsv" \
      --roc "$roc" --threads 2 -o "$DIR/run/q$q-$roc" 2>/dev/null
  done
done
# metrics.json carries input paths and the harness version only; it is compared like the rest.
if [[ "$MODE" == record ]]; then
  digests > "$DIR/digests.txt"
  echo "recorded $(wc -l < "$DIR/digests.txt") digests in $DIR/digests.txt"
else
  if diff <(digests) "$DIR/digests.txt"; then
    echo "all $(wc -l < "$DIR/digests.txt") outputs identical"
  else
    echo "OUTPUTS DIFFER" >&2
    exit 1
  fi
fi
