#!/usr/bin/env bash
# The scoring core's benchmark on a synthetic field (10,000 labs, 200,000 researchers, 1,000,000
# departures). Prints build time, the snapshot's heap and timings; docs/benchmarks.md records a run.
# Usage: scripts/bench-scoring.sh [-Dlabs=N -Dresearchers=N -Ddepartures=N -Druns=N]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xms2g -Xmx2g -XX:+UseParallelGC "$@" \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" io.talentradar.bench.ScoringBenchmark
