# Sourced by the scripts that start the service.

# h2_url FILE: the URL of an H2 file database at FILE with the options of the default URL
# (quarkus.datasource.jdbc.url in application.properties), so a benchmark measures what ships.
h2_url() {
  echo "jdbc:h2:file:$1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
}

# cpu_ticks PID...: the CPU time (user and system, in clock ticks, getconf CLK_TCK a second) the processes
# PID... have used so far; postgres_ticks: the same for every running PostgreSQL process (the server and its
# backends), so a benchmark can say how much of the machine's two cores each side used.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo "$total"
}
postgres_ticks() {
  cpu_ticks $(pgrep -x postgres)
}

# wait_ready PORT PID LOG: returns once /q/health/ready on PORT answers 200; fails with the end of LOG when
# the process PID exits first or 90 seconds pass.
wait_ready() {
  local port=$1 pid=$2 log=$3
  for _ in $(seq 1 180); do
    curl -sf "localhost:$port/q/health/ready" >/dev/null 2>&1 && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "FAIL: the service on port $port exited:"; tail -30 "$log"; exit 1
    fi
    sleep 0.5
  done
  echo "FAIL: the service on port $port did not become ready:"; tail -30 "$log"; exit 1
}

# free_port: prints a TCP port nobody listens on now (the kernel picks it), so runs never collide.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_receiver DIR: starts scripts/webhook-receiver.py writing DIR/received.jsonl; sets RECEIVER_URL and
# RECEIVER_PID.
start_receiver() {
  local dir=$1
  python3 scripts/webhook-receiver.py "$dir/receiver.port" "$dir/received.jsonl" &
  RECEIVER_PID=$!
  for _ in $(seq 1 50); do [ -s "$dir/receiver.port" ] && break; sleep 0.1; done
  RECEIVER_URL="http://127.0.0.1:$(cat "$dir/receiver.port")/hook"
}

# feed_dump URL: every entry of the changes feed at URL (.../api/v1/changes), one JSON object a line,
# following 'next' from the start.
feed_dump() {
  local url=$1 after=0 page
  while true; do
    page=$(curl -sf "$url?after=$after&limit=1000") || return 1
    [ "$(echo "$page" | jq '.items | length')" = 0 ] && return 0
    echo "$page" | jq -c '.items[]'
    after=$(echo "$page" | jq '.next')
  done
}

# start_on_postgres DB DEMO: a fresh PostgreSQL database DB (scripts/postgres-setup.sh), and the PostgreSQL build
# (mvn -B package -DskipTests -Ppostgresql) started on it with -Xmx1g, a random admin key
# (TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY), no request limit and the demo data if DEMO is true; sets db, work,
# port and pid, stops the service on exit, and defines psql_db to run SQL on DB. JFR=1: a flight recording in
# $work/service.jfr.
start_on_postgres() {
  db=$1
  scripts/postgres-setup.sh "$db" >/dev/null
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$db"
  export QUARKUS_DATASOURCE_USERNAME=talentradar QUARKUS_DATASOURCE_PASSWORD=talentradar
  export TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  export TALENTRADAR_LIMITS_REQUESTS_PER_SECOND=1000000
  work=$(mktemp -d)
  port=$(free_port)
  TALENTRADAR_DEMO_DATA_ENABLED=$2 QUARKUS_HTTP_PORT=$port \
    java -Xmx1g ${JFR:+-XX:StartFlightRecording=filename=$work/service.jfr,settings=profile} -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  wait_ready "$port" "$pid" "$work/service.log"
  psql_db() { PGPASSWORD=talentradar psql -v ON_ERROR_STOP=1 -qtA -h localhost -U talentradar -d "$db" "$@"; }
}
