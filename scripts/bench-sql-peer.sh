#!/usr/bin/env bash
# The SQL an analyst would write instead of the service: per-lab strategic loss (SLI) as of a date, one
# GROUP BY over departures joined to researcher weights, with the decay and the weights of docs/scoring.md in
# SQL, timed in one run beside GET /indices warm and GET /indices right after a write, on the same database;
# then both rankings are compared (the top 100 labs by SLI, and every lab's SLI to 1e-9).
# IMPORT=N then imports N new researchers with a stint and a departure each (3N rows, as many feed entries) and
# times GET /indices right after it; the comparison below is then made on the data with the import.
# Usage: [RUNS=3] [IMPORT=N] scripts/bench-sql-peer.sh [small]   (root: sets up PostgreSQL; needs the PostgreSQL build:
#        mvn -B package -DskipTests -Ppostgresql). "small" loads the demo data instead of the 1M-departure
#        field of scripts/bench-data.sql (what CI runs: a correctness check in seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
size=${1:-full}
start_on_postgres talentradar_peer $([ "$size" = small ] && echo true || echo false)
if [ "$size" != small ]; then
  psql_db -f scripts/bench-data.sql
fi
as_of=2025-06-30
echo "field: $(psql_db -c "select (select count(*) from lab) || ' labs, ' || (select count(*) from researcher)
  || ' researchers, ' || (select count(*) from departure) || ' departures'")"

# The analyst's query: weights w = S * E * I, then loss = w * tenure * destination * confidence * decay over
# the window (T - 365, T], mass M = sum of w over stints covering T, SLI = 100 * L / (L + M).
cat >"$work/peer.sql" <<SQL
with t as (select date '$as_of' as day, 365 as w, 180.0 as h),
crit(area, c) as (values ('reasoning', 1.5), ('pretraining', 1.4), ('alignment', 1.3), ('safety', 1.3),
  ('rl', 1.3), ('infrastructure', 1.2), ('research-leadership', 1.2), ('multimodal', 1.1), ('product', 0.8),
  ('policy', 0.7)),
best as (select e.researcher_id, max(coalesce(c.c, 1.0)) as e
         from researcher_expertise e left join crit c on c.area = e.area group by e.researcher_id),
weight as (
  select r.id,
         (case r.seniority when 'IC' then 1 when 'LEAD' then 2 else 3 end) * coalesce(b.e, 1.0)
           * (1 + ln(1 + case when r.notable_work = '' then 0
                                else array_length(string_to_array(r.notable_work, E'\n'), 1) end)) as w
  from researcher r left join best b on b.researcher_id = r.id),
loss as (
  select d.from_lab_id as lab,
         sum(wt.w * (1 + least(greatest(coalesce(d.tenure_years, 0), 0), 10) / 10.0)
             * (case d.destination_type when 'COMPETITOR' then 1.5 when 'BIG_TECH' then 1.5
                  when 'FOUNDED_STARTUP' then 1.25 when 'UNDISCLOSED' then 1.0 when 'OTHER' then 0.75 else 0.6 end)
             * (case d.confidence when 'CONFIRMED' then 1.0 when 'REPORTED' then 0.8 else 0.4 end)
             * power(2, -((select day from t) - d.departure_date) / (select h from t))) as l
  from departure d join weight wt on wt.id = d.researcher_id
  where d.departure_date > (select day from t) - (select w from t) and d.departure_date <= (select day from t)
  group by d.from_lab_id),
mass as (
  select a.lab_id as lab, sum(wt.w) as m
  from affiliation a join weight wt on wt.id = a.researcher_id
  where (a.start_date is null or a.start_date <= (select day from t))
    and (a.end_date is null or a.end_date > (select day from t))
  group by a.lab_id)
select l.slug, case when coalesce(x.l, 0) + coalesce(m.m, 0) > 0
                    then 100 * (coalesce(x.l, 0) / (coalesce(x.l, 0) + coalesce(m.m, 0))) else 0 end as sli
from lab l left join loss x on x.lab = l.id left join mass m on m.lab = l.id
order by sli desc, l.slug collate "C";
SQL

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
api() { curl -sf "localhost:$port/api/v1/indices?asOf=$as_of&sort=-sli,lab&fields=sli" >"$1"; }
api "$work/first.json" # builds the snapshot
# every lab with every figure, as JSON and gzipped (Accept-Encoding): the bytes a client downloads
plain=$(curl -sf "localhost:$port/api/v1/indices?asOf=$as_of" | wc -c)
gzipped=$(curl -sf -H 'Accept-Encoding: gzip' "localhost:$port/api/v1/indices?asOf=$as_of" | wc -c)
awk -v p="$plain" -v g="$gzipped" 'BEGIN { printf "GET /indices, every figure: %d bytes, %d gzipped (%.1fx fewer)\n", p, g, p / g }'
for i in $(seq 1 "${RUNS:-3}"); do
  s=$(date +%s%N); psql_db -F' ' -f "$work/peer.sql" >"$work/peer.txt"; echo "SQL peer query: $(ms "$s") ms"
  s=$(date +%s%N); api "$work/api.json"; echo "GET /indices warm: $(ms "$s") ms"
  curl -sf -o /dev/null -XPOST "localhost:$port/api/v1/labs" -H 'Content-Type: application/json' \
    -H "X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY" -d "{\"slug\":\"peer-write-$i\",\"name\":\"Peer\",\"type\":\"STARTUP\"}"
  s=$(date +%s%N); api "$work/after.json"; echo "GET /indices right after a write (a lab): $(ms "$s") ms"
  lab=$(jq -r '.items[0].lab' "$work/api.json")
  curl -sf -o /dev/null -XPOST "localhost:$port/api/v1/researchers" -H 'Content-Type: application/json' \
    -H "X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY" -d "{\"slug\":\"peer-writer-$i\",\"name\":\"Peer\",
    \"seniority\":\"LEAD\",\"expertise\":[\"reasoning\"],\"affiliation\":{\"labSlug\":\"$lab\",\"since\":\"2020-01-01\"}}"
  s=$(date +%s%N); api "$work/after.json"; echo "GET /indices right after a write (a researcher): $(ms "$s") ms"
done
if [ -n "${IMPORT:-}" ]; then
  mapfile -t two < <(psql_db -c "select slug from lab order by id limit 2")
  python3 - "$work" "$IMPORT" "${two[0]}" "${two[1]}" <<'PY'
import sys
work, n, a, b = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(f"{work}/researchers.csv", "w") as f:
    f.write("slug,name,seniority,expertise,notableWork\n")
    f.writelines(f"peer-import-{i},Imported {i},LEAD,reasoning,\n" for i in range(n))
with open(f"{work}/affiliations.csv", "w") as f:
    f.write("researcherSlug,labSlug,start,end,sourceUrl\n")
    f.writelines(f"peer-import-{i},{a},2015-01-01,,https://example.com/s/{i}\n" for i in range(n))
with open(f"{work}/departures.csv", "w") as f:
    f.write("researcherSlug,fromLabSlug,toLabSlug,date,datePrecision,tenureYears,destinationType,reason,confidence,"
            "sourceUrl\n")
    f.writelines(f"peer-import-{i},{a},{b},2025-0{1 + i % 6}-15,DAY,,COMPETITOR,,REPORTED,https://example.com/d/{i}\n"
                 for i in range(n))
PY
  s=$(date +%s%N)
  curl -sf -o /dev/null -H "X-API-Key: $TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY" -F "researchers=@$work/researchers.csv" \
    -F "affiliations=@$work/affiliations.csv" -F "departures=@$work/departures.csv" "localhost:$port/api/v1/import"
  echo "import of $((3 * IMPORT)) rows: $(ms "$s") ms"
  s=$(date +%s%N); api "$work/after.json"; echo "GET /indices right after the import: $(ms "$s") ms"
  s=$(date +%s%N); api "$work/after.json"; echo "GET /indices warm again: $(ms "$s") ms"
fi
# compared below: the answer given right after the last write (a patched snapshot) and the SQL on the same data
psql_db -F' ' -f "$work/peer.sql" >"$work/peer.txt"
cp "$work/after.json" "$work/api.json"

# the same ranking: the new labs (no loss, no mass) rank with SLI 0 in both, after every lab with a loss
jq -r '.items[] | "\(.lab) \(.sli)"' "$work/api.json" >"$work/api.txt"
python3 - "$work/peer.txt" "$work/api.txt" <<'PY'
import sys
peer = [l.split() for l in open(sys.argv[1]) if l.strip()]
api = [l.split() for l in open(sys.argv[2]) if l.strip()]
p = {s: float(v) for s, v in peer}
a = {s: float(v) for s, v in api}
assert set(a) <= set(p) | {s for s in a if s.startswith("peer-write-")}, "labs differ"
worst = max(abs(p[s] - a[s]) for s in a if s in p)
# ranks compared on SLI rounded to 1e-9, ties by slug: sums taken in another order may differ in the last bits,
# which must not decide between two labs whose loss is the same
top = lambda values: sorted(((-round(v, 9), s) for s, v in values.items() if v > 0))[:100]
same = top(p) == top({s: v for s, v in a.items() if s in p})
print(f"{len(a)} labs; largest SLI difference {worst:.2e}; top 100 by SLI in the same order: {same}")
sys.exit(0 if worst < 1e-9 and same else 1)
PY
