#!/usr/bin/env bash
# Paged lists beside the service's cheapest answer: the packaged H2 service with the demo data, wrk on
# /q/health/live, then on each list (size=20), each for a few seconds, in one run, so the ratio holds on a
# noisy machine. JFR=1 also records a profile of the list runs (target/bench-lists.jfr).
# Usage: scripts/bench-lists.sh [seconds=10]   (needs: mvn -B package -DskipTests, wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
seconds=${1:-10}
work=$(mktemp -d)
port=$(free_port)
jfr=()
[ "${JFR:-0}" = 1 ] && jfr=(-XX:StartFlightRecording=filename=target/bench-lists.jfr,settings=profile)
QUARKUS_HTTP_PORT=$port TALENTRADAR_LIMITS_REQUESTS_PER_SECOND=1000000 TALENTRADAR_DEMO_DATA_ENABLED=true \
  QUARKUS_DATASOURCE_JDBC_URL="$(h2_url "$work/db")" \
  java "${jfr[@]}" -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_ready "$port" "$pid" "$work/service.log"
rate() { wrk -t2 -c8 -d"${seconds}s" "http://localhost:$port$1" | awk '/Requests\/sec/ { print $2 }'; }
for path in /q/health/live /api/v1/labs?size=20 /api/v1/researchers?size=20 /api/v1/departures?size=20; do
  rate "$path" >/dev/null # warm-up
done
live=$(rate /q/health/live)
echo "/q/health/live: $live req/s"
for path in /api/v1/labs?size=20 /api/v1/researchers?size=20 /api/v1/departures?size=20; do
  r=$(rate "$path")
  echo "$path: $r req/s, $(echo "scale=2; $r / $live" | bc) of /q/health/live"
done
