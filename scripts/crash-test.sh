#!/usr/bin/env bash
# Durability: every write that got a 2xx survives a SIGKILL of the service, has its entry in the changes
# feed, and reaches the webhook watching it; the affiliation history stays consistent. Starts the packaged
# service with a webhook on a local receiver, runs a write load (labs, researchers, departures), kills it
# with SIGKILL mid-load (and mid-delivery), restarts it and checks every acknowledged write.
# Usage: scripts/crash-test.sh h2           (needs: mvn -B package -DskipTests)
#        scripts/crash-test.sh postgresql   (needs: mvn -B package -DskipTests -Ppostgresql, and root)
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
dbkind=${1:-h2}
port=$(free_port)
work=$(mktemp -d)
export TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY="crash-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export QUARKUS_HTTP_PORT=$port TALENTRADAR_DEMO_DATA_ENABLED=false
# the receiver is on loopback; a delivery leased by the killed process is sent again after 3 s
export TALENTRADAR_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true TALENTRADAR_WEBHOOKS_LEASE=PT3S
if [ "$dbkind" = postgresql ]; then
  scripts/postgres-setup.sh talentradar_crash >/dev/null || exit 1
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/talentradar_crash
  export QUARKUS_DATASOURCE_USERNAME=talentradar QUARKUS_DATASOURCE_PASSWORD=talentradar
else
  export QUARKUS_DATASOURCE_JDBC_URL="$(h2_url "$work/db/talentradar")"
fi
key="X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY"
api="localhost:$port/api/v1"

start() {
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >>"$work/service.log" 2>&1 &
  pid=$!
  wait_ready "$port" "$pid" "$work/service.log"
}
post() { # path, body -> prints status
  curl -s -o /dev/null -w '%{http_code}' -XPOST "$api/$1" -H "$key" -H 'Content-Type: application/json' -d "$2"
}

start_receiver "$work"
trap 'kill "$RECEIVER_PID" 2>/dev/null' EXIT
start
post labs '{"slug":"crash-home","name":"Home","type":"STARTUP"}' >/dev/null
post labs '{"slug":"crash-away","name":"Away","type":"STARTUP"}' >/dev/null
watchlist=$(curl -sf -XPOST "$api/watchlists" -H "$key" -H 'Content-Type: application/json' \
  -d '{"name":"crash","labs":["crash-home"],"events":["departure.created"]}' | jq .id)
curl -sf -XPOST "$api/webhooks" -H "$key" -H 'Content-Type: application/json' \
  -d "{\"url\":\"$RECEIVER_URL\",\"watchlistId\":$watchlist}" >/dev/null || { echo "FAIL: no webhook"; exit 1; }

# Four writers, each: a lab, a researcher at home, and the researcher's departure to away.
writer() {
  local w=$1 i=0 s
  while true; do
    i=$((i + 1))
    s=$(post labs "{\"slug\":\"crash-$w-$i\",\"name\":\"Lab $w $i\",\"type\":\"STARTUP\"}")
    [ "$s" = 201 ] && echo "lab crash-$w-$i" >>"$work/acked.$w"
    s=$(post researchers "{\"slug\":\"person-$w-$i\",\"name\":\"P\",\"seniority\":\"LEAD\",
         \"affiliation\":{\"labSlug\":\"crash-home\",\"since\":\"2015-01-01\"}}")
    [ "$s" = 201 ] || continue
    echo "researcher person-$w-$i" >>"$work/acked.$w"
    s=$(post departures "{\"researcherSlug\":\"person-$w-$i\",\"fromLabSlug\":\"crash-home\",
         \"toLabSlug\":\"crash-away\",\"date\":\"2024-01-01\",\"destinationType\":\"COMPETITOR\",\"confidence\":\"CONFIRMED\"}")
    [ "$s" = 201 ] && echo "departure person-$w-$i" >>"$work/acked.$w"
  done
}
writers=()
for w in 1 2 3 4; do writer $w & writers+=($!); done
sleep "${CRASH_AFTER:-8}"
kill -9 "$pid"
sleep 0.5
kill "${writers[@]}" 2>/dev/null
wait "${writers[@]}" 2>/dev/null
cat "$work"/acked.* >"$work/acked" 2>/dev/null
echo "killed the service with SIGKILL after $(wc -l <"$work/acked") acknowledged writes; restarting"

start
passed=0 failed=0
while read -r kind slug; do
  case $kind in
    lab) url="$api/labs/$slug" ;;
    researcher) url="$api/researchers/$slug" ;;
    departure) url="$api/departures?researcher=$slug" ;;
  esac
  body=$(curl -sf "$url") || body=""
  if [ -n "$body" ] && { [ "$kind" != departure ] || [ "$(echo "$body" | jq .totalItems)" = 1 ]; }; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "LOST: $kind $slug"
  fi
done <"$work/acked"

# History: every researcher has at most one open stint and, if it departed, ended at home on 2024-01-01.
while read -r kind slug; do
  [ "$kind" = researcher ] || continue
  stints=$(curl -sf "$api/researchers/$slug/affiliations")
  open=$(echo "$stints" | jq '[.items[] | select(.end == null)] | length')
  count=$(echo "$stints" | jq '.items | length')
  departed=$(curl -sf "$api/departures?researcher=$slug" | jq .totalItems)
  if [ "$open" -le 1 ] && { { [ "$departed" = 1 ] && [ "$count" = 2 ]; } || { [ "$departed" = 0 ] && [ "$count" = 1 ]; }; }; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "INCONSISTENT: $slug $stints"
  fi
done <"$work/acked"
# The feed: every acknowledged write has its entry.
feed_dump "$api/changes" >"$work/feed.jsonl" || { echo "FAIL: cannot read the feed"; exit 1; }
while read -r kind slug; do
  case $kind in
    lab) found=$(jq -r --arg s "$slug" 'select(.type == "lab" and .slug == $s) | .action' "$work/feed.jsonl") ;;
    researcher) found=$(jq -r --arg s "$slug" 'select(.type == "researcher" and .slug == $s) | .action' "$work/feed.jsonl") ;;
    departure) found=$(jq -r --arg s "$slug" 'select(.type == "departure" and .after.researcherSlug == $s) | .action' "$work/feed.jsonl") ;;
  esac
  if [ "$found" = CREATED ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "NOT IN FEED: $kind $slug"; fi
done <"$work/acked"

# The webhook: every acknowledged departure arrives (at least once), also those in flight at the kill.
departures=$(grep -c '^departure ' "$work/acked")
for _ in $(seq 1 120); do
  delivered=$(jq -r 'select(.body.type == "departure") | .body.after.researcherSlug' "$work/received.jsonl" | sort -u | wc -l)
  [ "$delivered" -ge "$departures" ] && break
  sleep 0.5
done
jq -r 'select(.body.type == "departure") | .body.after.researcherSlug' "$work/received.jsonl" | sort -u >"$work/delivered"
while read -r kind slug; do
  [ "$kind" = departure ] || continue
  if grep -qx "$slug" "$work/delivered"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "NOT DELIVERED: departure of $slug"
  fi
done <"$work/acked"
echo "webhook: $(wc -l <"$work/received.jsonl") requests for $departures acknowledged departures"

kill "$pid" 2>/dev/null
echo "crash test on $dbkind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
