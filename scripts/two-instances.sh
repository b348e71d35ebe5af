#!/usr/bin/env bash
# Two instances of the PostgreSQL build share one database: a write through one must show in the next
# index answer of the other at once (the scoring cache keys on the database's data version).
# Needs: the PostgreSQL build in target/quarkus-app (mvn -B package -DskipTests -Ppostgresql), and root
# to set up the database with scripts/postgres-setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

db=talentradar_multi
scripts/postgres-setup.sh "$db" >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$db"
export QUARKUS_DATASOURCE_USERNAME=talentradar QUARKUS_DATASOURCE_PASSWORD=talentradar
export TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY="ci-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # port, demo data on/off
  QUARKUS_HTTP_PORT=$1 TALENTRADAR_DEMO_DATA_ENABLED=$2 java -Xmx512m -jar target/quarkus-app/quarkus-run.jar \
    >"$log/$1.log" 2>&1 &
  pids+=($!)
  wait_ready "$1" "$!" "$log/$1.log"
}
field() { grep -o "\"$1\":[-0-9.]*" | head -1 | cut -d: -f2; }

start 8081 true    # A loads the demo data into the empty database
start 8082 false   # B starts on the same database
echo "two instances up: A on 8081, B on 8082"

before=$(curl -sf localhost:8082/api/v1/labs/openai/indices | field departures)
today=$(date -u +%F)
key="X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY"
curl -sf -XPOST localhost:8081/api/v1/researchers -H 'Content-Type: application/json' -H "$key" \
  -d '{"slug":"multi-instance-probe","name":"Probe","seniority":"LEAD","expertise":["reasoning"],
       "affiliation":{"labSlug":"openai","since":"2020-01-01"}}' >/dev/null
curl -sf -XPOST localhost:8081/api/v1/departures -H 'Content-Type: application/json' -H "$key" \
  -d "{\"researcherSlug\":\"multi-instance-probe\",\"fromLabSlug\":\"openai\",\"toLabSlug\":\"anthropic\",
       \"date\":\"$today\",\"destinationType\":\"COMPETITOR\",\"confidence\":\"CONFIRMED\"}" >/dev/null
after=$(curl -sf localhost:8082/api/v1/labs/openai/indices | field departures)
arrivals=$(curl -sf localhost:8082/api/v1/labs/anthropic/indices | field arrivals)
echo "openai departures seen by B: before $before, after the write through A $after; anthropic arrivals $arrivals"
if [ "$after" -ne $((before + 1)) ]; then
  echo "FAIL: instance B did not see the departure written through instance A"
  exit 1
fi
echo "PASS: a write through one instance changed the next answer of the other"
