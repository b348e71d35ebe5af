# Sourced by the scripts that start the service.

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
