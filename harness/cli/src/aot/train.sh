#!/usr/bin/env bash
# Builds the JVM start-up cache that bin/harness uses, from one training comparison (run by the cli module's
# package phase; docs/benchmarks.md, "Round 3"):
#   train.sh TARGET_DIR
# With a JDK 25 or newer (HARNESS_AOT_JAVA, else JAVA_HOME, else `java` on PATH, else the newest under
# /usr/lib/jvm, or HARNESS_AOT_JVMS): an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) in
# TARGET_DIR/harness.aot, and TARGET_DIR/harness.aot.java naming the java that made it (a cache only fits the
# JVM build that wrote it). Without one it says so and stops with success: bin/harness then runs plain Java 17.
# The training input is a small `harness simulate` cohort (self-contained: no shared data, no network), compared
# with a reference, confident regions and strata so that every stage of `compare` is loaded and profiled, then its
# SV calls with `compare-sv`, in the same JVM (dk.harness.cli.AotTraining: a cache records one process).
# -Dharness.aot.skip (HARNESS_AOT_SKIP=1) skips it.
set -euo pipefail
# The cache remembers the jar's path as given: canonical, as bin/harness gives it.
TARGET="$(readlink -f "${1:?target folder}")"
JAR="$TARGET/harness.jar"
AOT="$TARGET/harness.aot"
say() { echo "harness AOT cache: $*" >&2; }

[[ "${HARNESS_AOT_SKIP:-false}" != true && "${HARNESS_AOT_SKIP:-}" != 1 ]] || { say "skipped (harness.aot.skip)"; exit 0; }
[[ -f "$JAR" ]] || { say "skipped: $JAR is missing"; exit 0; }
# Whatever happens below, no cache from an older jar may survive next to the new one.
rm -f "$AOT" "$AOT.java"

# feature JAVA: the major version of a java executable (0 when it does not run).
feature() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { v = $2 }
    END { print (v == "" ? 0 : v) }' || echo 0
}
JAVA25=""
for j in "${HARNESS_AOT_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" \
    $(ls -d "${HARNESS_AOT_JVMS:-/usr/lib/jvm}"/*/bin/java 2>/dev/null | sort -rV); do
  [[ -n "$j" && -x "$j" ]] || continue
  if [[ "$(feature "$j")" -ge 25 ]]; then JAVA25="$(readlink -f "$j")"; break; fi
done
if [[ -z "$JAVA25" ]]; then
  say "skipped: no JDK 25+ found (set HARNESS_AOT_JAVA); bin/harness runs on plain Java without it"
  exit 0
fi

WORK="$TARGET/aot-training"
rm -rf "$WORK"
mkdir -p "$WORK"
# The flags bin/harness gives the JVM with the cache: a cache is refused by a JVM whose module options (here
# --enable-native-access) differ from the training run's, and the collector is kept the same.
"$JAVA25" -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -jar "$JAR" simulate -q --out "$WORK/cohort" --contigs 2 \
  --contig-length 3000000 --units north >"$WORK/simulate.log" 2>&1 \
  || { say "skipped: the training data could not be made (see $WORK/simulate.log)"; exit 0; }
C="$WORK/cohort"
# The cache is written when the training JVM exits (JDK 25: record, then create in a child JVM).
if "$JAVA25" -XX:+UseParallelGC -XX:AOTCacheOutput="$AOT" -Xlog:disable -Xlog:all=warning:stderr \
    --enable-native-access=ALL-UNNAMED \
    -cp "$JAR" dk.harness.cli.AotTraining \
    compare -q --truth "$C/truth/HG002_truth.vcf.gz" --query "$C/units/north/HG002.vcf.gz" \
    --reference "$C/reference/demo.fa" --confident "$C/truth/HG002_confident.bed" \
    --stratification "$C/strata/strata.tsv" --threads 2 -o "$WORK/out/north" \
    :: compare-sv -q -b "$C/truth/HG002_sv_truth.vcf.gz" -c "$C/units/north/HG002_sv.vcf.gz" \
    --includebed "$C/truth/HG002_sv_benchmark.bed" --passonly -o "$WORK/out/north-sv" >"$WORK/train.log" 2>&1 \
    && [[ -s "$AOT" ]]; then
  echo "$JAVA25" > "$AOT.java"
  say "$AOT written with $JAVA25 ($(du -k "$AOT" | cut -f1) KiB)"
else
  rm -f "$AOT"
  say "skipped: the training run failed (see $WORK/train.log); bin/harness runs without a cache"
fi
rm -rf "$C"
