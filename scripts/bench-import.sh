#!/usr/bin/env bash
# One CSV import of about 100,000 rows into an empty service (H2 file database, java -Xmx512m):
# 1,000 labs, 35,000 researchers, 35,000 stints, 30,000 departures. Prints the time the request took, the
# report's counts, the CPU time the service (and PostgreSQL) used meanwhile and the service's peak RSS.
# Usage: mvn -B package -DskipTests && scripts/bench-import.sh [job] [small]
# "job" sends the files to POST /api/v1/imports instead and draws the job's progress until it ends.
# "small" imports a hundredth of that (CI's correctness run: every row must be written).
# WARM=1 imports the same files under other slugs first and waits until the service is idle, so the timed import
# runs on a warmed-up JVM, into tables that hold as many rows already.
# LATER=1 then times an import of 30,000 later departures of the researchers just imported.
# DB=postgresql runs the PostgreSQL build on a fresh database and then times psql \copy of the same files.
# JFR=1 records a flight recording of the service (target/bench-import/import.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
WORK=target/bench-import
PORT=${BENCH_PORT:-18081}
KEY=bench-key
rm -rf "$WORK" && mkdir -p "$WORK"
JOB= SMALL=
for arg in "$@"; do
  case $arg in
    job) JOB=1 ;;
    small) SMALL=1 ;;
    *) echo "usage: scripts/bench-import.sh [job] [small]"; exit 2 ;;
  esac
done
export BENCH_SCALE=${SMALL:+100}

# generate DIR PREFIX: the four files in DIR, every slug starting with PREFIX
generate() {
python3 - "$1" "$2" <<'PY'
import datetime, sys
out, p = sys.argv[1], sys.argv[2]
import os
scale = int(os.environ.get("BENCH_SCALE") or 1)
LABS, PEOPLE, MOVES = 1000 // scale, 35000 // scale, 30000 // scale
with open(f"{out}/labs.csv", "w") as f:
    f.write("slug,name,type,country,foundedYear,parentSlug,website\n")
    for i in range(LABS):
        f.write(f"{p}lab-{i},Lab {i},{['FRONTIER_LAB','BIG_TECH','STARTUP','ACADEMIA'][i % 4]},US,{1990 + i % 30},,\n")
with open(f"{out}/researchers.csv", "w") as f:
    f.write("slug,name,seniority,expertise,notableWork\n")
    for r in range(PEOPLE):
        f.write(f"{p}person-{r},Person {r},{['IC','LEAD','EXECUTIVE','FOUNDER'][r % 4]},reasoning;pretraining,Paper {r}\n")
with open(f"{out}/affiliations.csv", "w") as f:
    f.write("researcherSlug,labSlug,start,end,sourceUrl\n")
    for r in range(PEOPLE):
        f.write(f"{p}person-{r},{p}lab-{r % LABS},2015-01-01,,https://example.com/r/{r}\n")
with open(f"{out}/departures.csv", "w") as f:
    f.write("researcherSlug,fromLabSlug,toLabSlug,date,datePrecision,tenureYears,destinationType,reason,confidence,sourceUrl\n")
    for r in range(MOVES):
        date = datetime.date(2020, 1, 1) + datetime.timedelta(days=r % 1500)
        f.write(f"{p}person-{r},{p}lab-{r % LABS},{p}lab-{(r * 7 + 1) % LABS},{date},DAY,,COMPETITOR,,REPORTED,https://example.com/d/{r}\n")
PY
}
generate "$WORK" ""
mkdir -p "$WORK/warm" && generate "$WORK/warm" w-
ROWS=$(( 101000 / ${BENCH_SCALE:-1} )) LATER_ROWS=$(( 30000 / ${BENCH_SCALE:-1} ))
echo "rows: $ROWS"
du -ch "$WORK"/*.csv | tail -1

if [ "${DB:-h2}" = postgresql ]; then
  # the PostgreSQL build (mvn -B package -DskipTests -Ppostgresql) on a fresh database
  start_on_postgres talentradar_bench_import false
  KEY=$TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY PORT=$port
else
  TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY=$KEY TALENTRADAR_DEMO_DATA_ENABLED=false TALENTRADAR_LIMITS_REQUESTS_PER_SECOND=1000 \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="$(h2_url "$PWD/$WORK/db")" \
    java -Xmx512m ${JFR:+-XX:StartFlightRecording=filename=$WORK/import.jfr,settings=profile} \
    -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
  wait_ready "$PORT" "$pid" "$WORK/service.log"
fi
( while kill -0 $pid 2>/dev/null; do ps -o rss= -p $pid; sleep 1; done ) > "$WORK/rss.txt" &
# wait until the service is idle: after a large import its signal detection runs for a while
wait_idle() {
  for _ in $(seq 1 180); do
    local before; before=$(cpu_ticks $pid); sleep 1
    [ $(( $(cpu_ticks $pid) - before )) -lt 10 ] && break
  done
}
if [ -n "${WARM:-}" ]; then
  # the same import once before, under other slugs, so the timed one runs on a warmed-up JVM
  curl -s -o /dev/null -H "X-API-Key: $KEY" -F labs=@$WORK/warm/labs.csv -F researchers=@$WORK/warm/researchers.csv \
    -F affiliations=@$WORK/warm/affiliations.csv -F departures=@$WORK/warm/departures.csv "localhost:$PORT/api/v1/import"
  wait_idle
fi
files=(-F labs=@$WORK/labs.csv -F researchers=@$WORK/researchers.csv -F affiliations=@$WORK/affiliations.csv
  -F departures=@$WORK/departures.csv)
db_ticks() { if [ "${DB:-h2}" = postgresql ]; then postgres_ticks; else echo 0; fi; }
svc0=$(cpu_ticks $pid) dbcpu0=$(db_ticks)
start=$(date +%s.%N)
if [ -n "$JOB" ]; then
  location=$(curl -s -o "$WORK/job.json" -D - -H "X-API-Key: $KEY" "${files[@]}" "localhost:$PORT/api/v1/imports" |
    tr -d '\r' | sed -n 's/^Location: //ip')
  scripts/import-progress.sh "$location" "$KEY"
  curl -s -H "X-API-Key: $KEY" "$location" | jq '.report' >"$WORK/report.json"
  status=$(jq -r 'if .committed then "200" else "422" end' "$WORK/report.json")
else
  status=$(curl -s -o "$WORK/report.json" -w '%{http_code}' -H "X-API-Key: $KEY" "${files[@]}" \
    "localhost:$PORT/api/v1/import")
fi
end=$(date +%s.%N)
svc=$(( $(cpu_ticks $pid) - svc0 )) dbcpu=$(( $(db_ticks) - dbcpu0 ))
peak=$(sort -n "$WORK/rss.txt" | tail -1)
python3 - "$WORK/report.json" "$status" "$start" "$end" "$peak" "$svc" "$dbcpu" "$(getconf CLK_TCK)" "$(nproc)" "${DB:-h2}" <<'PY'
import json, sys
report, status, start, end, peak = json.load(open(sys.argv[1])), sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
svc, db, tick, cores, kind = int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8]), int(sys.argv[9]), sys.argv[10]
rows = sum(d["rows"] for d in report["datasets"])
secs = end - start
print(f"HTTP {status}: {rows} rows, {report['created']} created, {report['rejected']} rejected in {secs:.1f} s "
      f"({rows / secs:.0f} rows/s); peak RSS {peak / 1024:.0f} MB")
print(f"CPU used meanwhile: the service {svc / tick:.1f} s" + (f", PostgreSQL {db / tick:.1f} s" if kind == "postgresql" else "") +
      f" ({(svc + db) / tick / secs:.2f} of the request's time on {cores} cores)")
for d in report["datasets"]:
    print(f"  {d['dataset']}: {d['rows']} rows, {d['created']} created, {d['derived']} derived, {d['rejected']} rejected")
sys.exit(0 if status == "200" and report["rejected"] == 0 else 1)
PY
if [ -n "${LATER:-}" ]; then
  # a later file: 30,000 departures of the researchers just imported (their stored histories grow)
  python3 - "$WORK/later.csv" <<'PY'
import datetime, sys
with open(sys.argv[1], "w") as f:
    f.write("researcherSlug,fromLabSlug,toLabSlug,date,datePrecision,tenureYears,destinationType,reason,confidence,sourceUrl\n")
    import os
    scale = int(os.environ.get("BENCH_SCALE") or 1)
    labs = 1000 // scale
    for r in range(30000 // scale):
        date = datetime.date(2025, 1, 1) + datetime.timedelta(days=r % 300)
        f.write(f"person-{r},lab-{(r * 7 + 1) % labs},lab-{(r * 13 + 2) % labs},{date},DAY,,COMPETITOR,,REPORTED,https://example.com/l/{r}\n")
PY
  wait_idle
  start=$(date +%s.%N)
  status=$(curl -s -o "$WORK/later.json" -w '%{http_code}' -H "X-API-Key: $KEY" -F departures=@$WORK/later.csv \
    "localhost:$PORT/api/v1/import")
  end=$(date +%s.%N)
  python3 -c "import sys, json; r = json.load(open(sys.argv[1])); s = float(sys.argv[3]) - float(sys.argv[2]); n = int(sys.argv[5]); print(f'later departures of stored researchers: HTTP {sys.argv[4]}, {r[\"created\"]} created, {r[\"rejected\"]} rejected in {s:.1f} s ({n / s:.0f} rows/s)'); sys.exit(0 if sys.argv[4] == '200' and r['created'] == n else 1)" \
    "$WORK/later.json" "$start" "$end" "$status" "$LATER_ROWS"
fi
curl -s "localhost:$PORT/api/v1/indices?asOf=2024-12-31" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("indices after the import: %d labs, HHI %.1f" % (len(r["items"]), r["hhi"]))'

if [ "${DB:-h2}" = postgresql ]; then
  # the peer: psql \copy of the same four files into tables of their columns (text), no checks, one transaction
  {
    echo "begin;"
    for f in labs researchers affiliations departures; do
      cols=$(head -1 "$WORK/$f.csv" | sed 's/,/" text, "/g; s/^/"/; s/$/" text/')
      echo "create table copy_$f ($cols);"
      echo "\\copy copy_$f from '$WORK/$f.csv' with (format csv, header true)"
    done
    echo "commit;"
  } > "$WORK/copy.sql"
  start=$(date +%s.%N)
  psql_db -f "$WORK/copy.sql"
  end=$(date +%s.%N)
  python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f'psql \\\\copy of the same files: {s:.2f} s ({int(sys.argv[3]) / s:.0f} rows/s)')" "$start" "$end" "$ROWS"
fi
