#!/usr/bin/env bash
# Start to ready: the packaged service (java -jar, H2) on a fresh database file with the demo data, timed from
# the launch to the first 200 of /q/health/ready (polled every 50 ms), RUNS times (default 5); prints each run,
# the demo load's own time from the log, and the median.
# Usage: mvn -B package -DskipTests && scripts/bench-start.sh [RUNS] [extra java options...]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
runs=${1:-5}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  port=$(free_port)
  start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="$(h2_url "$work/db-$i")" \
    java "$@" -jar target/quarkus-app/quarkus-run.jar >"$work/service-$i.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "localhost:$port/q/health/ready"; do
    kill -0 $pid 2>/dev/null || { echo "FAIL: the service exited"; tail -20 "$work/service-$i.log"; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
  demo=$(sed -n 's/.*Demo data loaded in \([0-9]*\) ms.*/\1/p' "$work/service-$i.log")
  echo "run $i: ready in $ms ms (demo data load: ${demo:-?} ms)"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "median start to ready: $median ms over $runs runs"
