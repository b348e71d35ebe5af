#!/usr/bin/env bash
# Two instances of the PostgreSQL build share one database: a write through one must show in the next
# index answer of the other at once (the scoring cache keys on the database's data version); writers on
# both reach a feed follower and a stream held on the other without a gap, and a webhook gets every event
# once, each attempt made by one instance.
# Needs: the PostgreSQL build in target/quarkus-app (mvn -B package -DskipTests -Ppostgresql), and root
# to set up the database with scripts/postgres-setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

db=talentradar_multi
scripts/postgres-setup.sh "$db" >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$db"
export QUARKUS_DATASOURCE_USERNAME=talentradar QUARKUS_DATASOURCE_PASSWORD=talentradar
export TALENTRADAR_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
export TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY="ci-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start_receiver "$log"
pids+=("$RECEIVER_PID")

start() { # port, demo data on/off
  QUARKUS_HTTP_PORT=$1 TALENTRADAR_DEMO_DATA_ENABLED=$2 java -Xmx512m -jar target/quarkus-app/quarkus-run.jar \
    >"$log/$1.log" 2>&1 &
  pids+=($!)
  wait_ready "$1" "$!" "$log/$1.log"
}
field() { jq ".$1"; }
a=$(free_port)
b=$(free_port)

start "$a" true    # A loads the demo data into the empty database
start "$b" false   # B starts on the same database
echo "two instances up: A on $a, B on $b"

before=$(curl -sf "localhost:$b"/api/v1/labs/openai/indices | field departures)
today=$(date -u +%F)
key="X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY"
curl -sf -XPOST "localhost:$a"/api/v1/researchers -H 'Content-Type: application/json' -H "$key" \
  -d '{"slug":"multi-instance-probe","name":"Probe","seniority":"LEAD","expertise":["reasoning"],
       "affiliation":{"labSlug":"openai","since":"2020-01-01"}}' >/dev/null
curl -sf -XPOST "localhost:$a"/api/v1/departures -H 'Content-Type: application/json' -H "$key" \
  -d "{\"researcherSlug\":\"multi-instance-probe\",\"fromLabSlug\":\"openai\",\"toLabSlug\":\"anthropic\",
       \"date\":\"$today\",\"destinationType\":\"COMPETITOR\",\"confidence\":\"CONFIRMED\"}" >/dev/null
after=$(curl -sf "localhost:$b"/api/v1/labs/openai/indices | field departures)
arrivals=$(curl -sf "localhost:$b"/api/v1/labs/anthropic/indices | field arrivals)
echo "openai departures seen by B: before $before, after the write through A $after; anthropic arrivals $arrivals"
if [ "$after" -ne $((before + 1)) ]; then
  echo "FAIL: instance B did not see the departure written through instance A"
  exit 1
fi
echo "PASS: a write through one instance changed the next answer of the other"

# ---- The changes feed, the stream and webhooks across the two instances -------------------------------
watchlist=$(curl -sf -XPOST "localhost:$a"/api/v1/watchlists -H 'Content-Type: application/json' -H "$key" \
  -d '{"name":"two instances","events":["lab.created"]}' | jq .id)
curl -sf -XPOST "localhost:$b"/api/v1/webhooks -H 'Content-Type: application/json' -H "$key" \
  -d "{\"url\":\"$RECEIVER_URL\",\"watchlistId\":$watchlist}" >/dev/null
head=$(curl -sf "localhost:$b/api/v1/changes?limit=1" | jq .head)
curl -sN "localhost:$b/api/v1/changes/stream?types=lab&after=$head" >"$log/stream.txt" &
pids+=($!)

writer() { # port, name: 40 labs through that instance, each acknowledged slug noted
  for i in $(seq 1 40); do
    curl -sf -o /dev/null -XPOST "localhost:$1/api/v1/labs" -H 'Content-Type: application/json' -H "$key" \
      -d "{\"slug\":\"two-$2-$i\",\"name\":\"Two $2 $i\",\"type\":\"STARTUP\"}" && echo "two-$2-$i" >>"$log/acked"
  done
}
writers=()
for w in a1 a2 a3; do writer "$a" "$w" & writers+=($!); done
for w in b1 b2 b3; do writer "$b" "$w" & writers+=($!); done

# a follower on B reads small pages while both instances commit
after=$head
: >"$log/followed"
while true; do
  running=0
  for p in "${writers[@]}"; do kill -0 "$p" 2>/dev/null && running=1; done
  page=$(curl -sf "localhost:$b/api/v1/changes?after=$after&limit=7&types=lab")
  echo "$page" | jq -r '.items[] | "\(.seq) \(.slug)"' >>"$log/followed"
  after=$(echo "$page" | jq .next)
  [ "$running" = 0 ] && [ "$(echo "$page" | jq '.items | length')" = 0 ] && break
done
wait "${writers[@]}"
acked=$(wc -l <"$log/acked")
missed=$(comm -23 <(sort "$log/acked") <(cut -d' ' -f2 "$log/followed" | sort))
if [ -n "$missed" ]; then echo "FAIL: the follower missed: $missed"; exit 1; fi
if ! cut -d' ' -f1 "$log/followed" | awk 'NR > 1 && $1 <= prev { exit 1 } { prev = $1 }'; then
  echo "FAIL: the follower read seqs out of order"; exit 1
fi
echo "PASS: $acked labs written through both instances at once; the follower on B read every one, in seq order"

# a write through A reaches the stream held on B within 2 s
started=$(date +%s%N)
curl -sf -o /dev/null -XPOST "localhost:$a"/api/v1/labs -H 'Content-Type: application/json' -H "$key" \
  -d '{"slug":"two-stream-probe","name":"Probe","type":"STARTUP"}'
stream_slugs() { sed -n 's/^data: *//p' "$log/stream.txt" | jq -r '.slug // empty' 2>/dev/null; }
until stream_slugs | grep -qx two-stream-probe; do
  if [ $(( ($(date +%s%N) - started) / 1000000 )) -gt 2000 ]; then echo "FAIL: not on B's stream within 2 s"; exit 1; fi
  sleep 0.05
done
echo "PASS: a write through A reached the stream on B in $(( ($(date +%s%N) - started) / 1000000 )) ms"
missing=$(comm -23 <(sort "$log/acked") <(stream_slugs | sort))
if [ -n "$missing" ]; then echo "FAIL: not on the stream: $missing"; exit 1; fi
echo "PASS: the stream on B carried every lab written through either instance"

# the webhook: every event once, each attempt by one instance
expected=$((acked + 1))
for _ in $(seq 1 120); do
  [ "$(jq -r '.body.slug' "$log/received.jsonl" | sort -u | wc -l)" -ge "$expected" ] && break
  sleep 0.5
done
got=$(jq -r '.body.slug' "$log/received.jsonl" | sort -u | wc -l)
requests=$(wc -l <"$log/received.jsonl")
ids=$(jq -r '.webhookId' "$log/received.jsonl" | sort -u | wc -l)
echo "webhook: $requests requests, $ids distinct webhook-ids, $got of $expected labs"
if [ "$got" -lt "$expected" ] || [ "$ids" -ne "$requests" ]; then
  echo "FAIL: the webhook missed events or got one event twice from the two instances"; exit 1
fi
echo "PASS: the webhook received every event exactly once, from two instances"
