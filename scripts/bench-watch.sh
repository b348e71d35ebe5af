#!/usr/bin/env bash
# Watch benchmark: the packaged H2 service, -Xmx512m, a local receiver (scripts/webhook-receiver.py).
#  1. fan-out: N endpoints (default 1,000) watch lab.created; one write; time until all N are delivered
#  2. sustained deliveries: W more writes to the N endpoints; deliveries per second until all arrive
#  3. reading the feed: E entries (default 100,000, written by one CSV import) read page by page
#     (limit=1000) with curl, entries per second, beside the same loop on /q/health/live
# Usage: scripts/bench-watch.sh [endpoints=1000] [writes=10] [entries=100000]   (needs: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
endpoints=${1:-1000}
writes=${2:-10}
entries=${3:-100000}
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export TALENTRADAR_LIMITS_REQUESTS_PER_SECOND=1000000 TALENTRADAR_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
export TALENTRADAR_WEBHOOKS_CONCURRENCY=${CONCURRENCY:-32}
export QUARKUS_HTTP_PORT=$port TALENTRADAR_DEMO_DATA_ENABLED=false
export QUARKUS_DATASOURCE_JDBC_URL="$(h2_url "$work/db/talentradar")"
key="X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY"
api="localhost:$port/api/v1"
start_receiver "$work"
java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid $RECEIVER_PID 2>/dev/null || true' EXIT
wait_ready "$port" "$pid" "$work/service.log"
now_ms() { date +%s%3N; }
received() { wc -l <"$work/received.jsonl"; }

watchlist=$(curl -sf -XPOST "$api/watchlists" -H "$key" -H 'Content-Type: application/json' \
  -d '{"name":"bench","events":["lab.created"]}' | jq .id)
for i in $(seq 1 "$endpoints"); do
  echo "{\"url\":\"$RECEIVER_URL/$i\",\"watchlistId\":$watchlist}"
done | while read -r body; do
  curl -sf -o /dev/null -XPOST "$api/webhooks" -H "$key" -H 'Content-Type: application/json' -d "$body"
done
echo "$endpoints webhooks registered"

t0=$(now_ms)
curl -sf -o /dev/null -XPOST "$api/labs" -H "$key" -H 'Content-Type: application/json' \
  -d '{"slug":"bench-0","name":"Bench 0","type":"STARTUP"}'
until [ "$(received)" -ge "$endpoints" ]; do sleep 0.05; done
fanout=$(( $(now_ms) - t0 ))
echo "1. one write to $endpoints endpoints: all delivered in $fanout ms"

t0=$(now_ms)
for i in $(seq 1 "$writes"); do
  curl -sf -o /dev/null -XPOST "$api/labs" -H "$key" -H 'Content-Type: application/json' \
    -d "{\"slug\":\"bench-$i\",\"name\":\"Bench $i\",\"type\":\"STARTUP\"}"
done
target=$((endpoints * (writes + 1)))
until [ "$(received)" -ge "$target" ]; do sleep 0.1; done
sustained_ms=$(( $(now_ms) - t0 ))
echo "2. $writes writes x $endpoints endpoints: $((endpoints * writes)) deliveries in $sustained_ms ms," \
  "$(( endpoints * writes * 1000 / sustained_ms )) deliveries/s"

# 3. E feed entries from one CSV import of labs
{ echo "slug,name,type,country,foundedYear,parentSlug,website"
  for i in $(seq 1 "$entries"); do echo "feed-$i,Feed $i,STARTUP,,,,"; done; } >"$work/labs.csv"
curl -sf -o /dev/null -XPOST "$api/import/labs" -H "$key" -H 'Content-Type: text/csv' --data-binary @"$work/labs.csv" \
  --max-time 1800 || { echo "FAIL: the import"; tail -20 "$work/service.log"; exit 1; }
after=0 read_entries=0 pages=0
t0=$(now_ms)
while true; do
  page=$(curl -sf "$api/changes?after=$after&limit=1000")
  n=$(echo "$page" | jq '.items | length')
  [ "$n" = 0 ] && break
  read_entries=$((read_entries + n)); pages=$((pages + 1))
  after=$(echo "$page" | jq .next)
done
feed_ms=$(( $(now_ms) - t0 ))
t0=$(now_ms)
for _ in $(seq 1 "$pages"); do curl -sf -o /dev/null "localhost:$port/q/health/live"; done
live_ms=$(( $(now_ms) - t0 ))
echo "3. the feed: $read_entries entries in $pages pages in $feed_ms ms: $(( read_entries * 1000 / feed_ms )) entries/s," \
  "$(( pages * 1000 / feed_ms )) pages/s; /q/health/live in the same loop: $(( pages * 1000 / (live_ms > 0 ? live_ms : 1) )) requests/s"
