-- A read/write mix for wrk: 9 reads (a lab, a departure list, a lab's indices, the ranking) to 1 write
-- (a new lab with a unique slug). Every non-2xx answer is counted and printed at the end.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  errors = 0
  key = os.getenv("LOAD_KEY") or ""
end

local reads = {
  "/api/v1/labs/openai",
  "/api/v1/departures?fromLab=openai&size=20",
  "/api/v1/labs/openai/indices?asOf=2024-12-31",
  "/api/v1/researchers?lab=anthropic",
  "/api/v1/indices?asOf=2024-12-31",
}

function request()
  counter = counter + 1
  if counter % 10 == 0 then
    local body = string.format('{"slug":"load-%d-%d-%d","name":"Load","type":"STARTUP"}', thread_id, counter, os.time())
    return wrk.format("POST", "/api/v1/labs", {["Content-Type"] = "application/json", ["X-API-Key"] = key}, body)
  end
  return wrk.format("GET", reads[(counter % #reads) + 1])
end

function response(status, headers, body)
  if status >= 300 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("errors")
  end
  io.write(string.format("non-2xx answers: %d\n", total))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
