#!/usr/bin/env bash
# Search at size: 200,000 researchers and 10,000 labs on PostgreSQL (scripts/bench-data.sql, then the names of
# scripts/bench-search.sql). Times the first search (the index is read whole), then wrk's latency for a typo
# query ("Illya Sutskevar"), a one-word query and an exact name, then a search right after a write (the index
# is patched from the changes feed), and checks that each finds Ilya Sutskever first.
# Usage: scripts/bench-search.sh [small]   (root: sets up PostgreSQL; needs the PostgreSQL build:
#        mvn -B package -DskipTests -Ppostgresql). "small": the demo data only (what CI runs, seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
size=${1:-full}
start_on_postgres talentradar_search $([ "$size" = small ] && echo true || echo false)
if [ "$size" != small ]; then
  psql_db -f scripts/bench-data.sql
  psql_db -f scripts/bench-search.sql
fi
echo "field: $(psql_db -c "select (select count(*) from lab) || ' labs, ' || (select count(*) from researcher)
  || ' researchers'")"
base="localhost:$port/api/v1/search"
first() { # QUERY: prints the slug found first, and fails unless it is ilya-sutskever
  local found
  found=$(curl -sf -G "$base" --data-urlencode "q=$1" | jq -r '.items[0].slug')
  [ "$found" = ilya-sutskever ] || { echo "FAIL: '$1' found $found first"; exit 1; }
}
start=$(date +%s%N)
first "Illya Sutskevar"
echo "first search (reads the index whole): $(( ($(date +%s%N) - start) / 1000000 )) ms"
for query in "Illya%20Sutskevar" "sutskever" "Ilya%20Sutskever"; do
  first "$(printf '%b' "${query//%20/ }")"
  if [ "$size" != small ]; then
    wrk -t1 -c1 -d5s --latency "http://$base?q=$query" | awk -v q="$query" '
      /Latency Distribution/ {d = 1} d && /50%/ {p50 = $2} d && /99%/ {p99 = $2}
      /Requests\/sec/ {rps = $2} END {printf "q=%s: median %s, p99 %s, %s req/s (one connection)\n", q, p50, p99, rps}'
  fi
done
key=$TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY
times=()
for i in 1 2 3 4 5; do # a new researcher each time, searched right after its write
  curl -sf -H "X-API-Key: $key" -H 'Content-Type: application/json' -X POST "localhost:$port/api/v1/researchers" \
    -d "{\"slug\":\"namesake-$i\",\"name\":\"Ilyas Sutskevar$i\",\"seniority\":\"IC\"}" >/dev/null
  start=$(date +%s%N)
  found=$(curl -sf -G "$base" --data-urlencode "q=Ilyas Sutskevar$i" | jq -r '.items[0].slug')
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  [ "$found" = "namesake-$i" ] || { echo "FAIL: the new researcher was not found first ($found)"; exit 1; }
done
echo "search right after a write (patched from the feed), 5 writes: ${times[*]} ms"
echo "OK: the typo, the word and the name find Ilya Sutskever first; a write is found by the next search"
