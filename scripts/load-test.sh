#!/usr/bin/env bash
# Load: the packaged H2 service with the demo data, -Xmx512m, a 9:1 read/write mix for a given time and
# rate (wrk2-style fixed rate is not in Debian's wrk, so the rate is set by connections). Prints wrk's
# summary, non-2xx answers, p99, the process's peak RSS, then /q/health/live alone for as long (the peer).
# Usage: scripts/load-test.sh [seconds=60] [connections=16]   (needs: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
seconds=${1:-60}
connections=${2:-16}
work=$(mktemp -d)
export LOAD_KEY="load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY=$LOAD_KEY
# the load comes from one key: lift its rate limit for the measurement
export TALENTRADAR_LIMITS_REQUESTS_PER_SECOND=1000000
port=$(free_port)
export QUARKUS_HTTP_PORT=$port
export QUARKUS_DATASOURCE_JDBC_URL="$(h2_url "$work/db/talentradar")"
export TALENTRADAR_DEMO_DATA_ENABLED=true
java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_ready "$port" "$pid" "$work/service.log"
# warm-up
wrk -t2 -c8 -d30s -s scripts/load-mix.lua "http://localhost:$port" >/dev/null
( while kill -0 $pid 2>/dev/null; do
    rss=$(ps -o rss= -p $pid 2>/dev/null || echo 0); echo "$rss"; sleep 0.5
  done ) >"$work/rss" &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s scripts/load-mix.lua "http://localhost:$port"
kill $sampler 2>/dev/null || true
peak=$(sort -n "$work/rss" | tail -1)
echo "peak RSS: $((peak / 1024)) MB (-Xmx512m)"
# the peer in the same run: the service's cheapest answer, /q/health/live, with the same connections and time
live=$(wrk -t2 -c"$connections" -d"${seconds}s" "http://localhost:$port/q/health/live" | awk '/Requests\/sec/ {print $2}')
echo "GET /q/health/live alone: $live requests/s"
