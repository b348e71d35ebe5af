#!/usr/bin/env bash
# The service at full size on PostgreSQL: the first GET /indices (which builds the scoring snapshot
# from the database), the same warm, and a rebuild after a write. Needs root (for the database set-up)
# and the PostgreSQL build: mvn -B package -DskipTests -Ppostgresql
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
db=talentradar_bench
scripts/postgres-setup.sh "$db" >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$db"
export QUARKUS_DATASOURCE_USERNAME=talentradar QUARKUS_DATASOURCE_PASSWORD=talentradar
port=8083
export TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
QUARKUS_HTTP_PORT=$port java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >/tmp/talentradar-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_ready "$port" "$pid" /tmp/talentradar-bench.log

start=$(date +%s.%N)
PGPASSWORD=talentradar psql -q -h localhost -U talentradar -d "$db" -f scripts/bench-data.sql
echo "synthetic data loaded in $(echo "$(date +%s.%N) - $start" | bc) s"

t() { curl -sf -o /dev/null -w '%{time_total}' "localhost:$port$1"; }
echo "first GET /indices (snapshot built from the database): $(t /api/v1/indices?asOf=2025-06-30) s"
for i in 1 2 3; do echo "warm GET /indices: $(t /api/v1/indices?asOf=2025-06-30) s"; done
for i in 1 2 3; do
  echo "GET /labs/lab-17/indices?explain=true: $(t '/api/v1/labs/lab-17/indices?asOf=2025-06-30&explain=true') s"
done
for i in 1 2 3; do
  curl -sf -XPOST "localhost:$port/api/v1/labs" -H 'Content-Type: application/json' \
    -H "X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY" \
    -d "{\"slug\":\"bench-write-$i-$RANDOM\",\"name\":\"Bench\",\"type\":\"STARTUP\"}" >/dev/null
  echo "GET /indices after a write (snapshot rebuilt): $(t /api/v1/indices?asOf=2025-06-30) s"
done
rss=$(ps -o rss= -p $pid)
echo "service RSS: $((rss / 1024)) MB (-Xmx1g)"
