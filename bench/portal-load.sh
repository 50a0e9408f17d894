#!/usr/bin/env bash
# Load benchmark of the submission portal (docs/benchmarks.md, "Portal"). Not a test: it records figures.
#
#   bench/portal-load.sh [WORK_DIR] [LEVELS...]        default: target/portal-load 1 5 20
#
# For each level N: a fresh portal on the demo cohort in a JVM of its own (-Xmx256m, or PORTAL_HEAP="-Xmx..."),
# then N clients upload one ~50 MB plain VCF each at the same time over loopback with API tokens
# (POST /api/submissions, streamed from disk). Prints wall time, throughput, the server process' peak RSS
# (VmRSS sampled every 50 ms and VmHWM from /proc) and its RSS when idle, and the HTTP answers.
# Needs the server's test classes: builds them first (offline when the dependencies are already in ~/.m2).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$ROOT"
WORK="${1:-target/portal-load}"
shift || true
CP_FILE="$ROOT/harness/server/target/portal-load.classpath"
mvn -B -q -o -pl harness/server -am test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
  -Dmdep.includeScope=test >/dev/null
CP="$ROOT/harness/server/target/test-classes:$ROOT/harness/server/target/classes:$(cat "$CP_FILE")"
exec java -cp "$CP" -Dportal.heap="${PORTAL_HEAP:--Xmx256m}" dk.harness.server.PortalLoadBenchmark "$WORK" "$@"
