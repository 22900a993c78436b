-- wrk script for submitQuarterlyProgress. BENCH_TARGETS_FILE lists open plans as "<node id> <version>"; each wrk
-- thread takes every n-th plan and keeps a pool of plans not in flight, so no two requests ever report on the same
-- plan at once. The answer gives the plan's new version, which the next report on it sends as expectedVersion.
-- Prints a RESULT line and a WRITES line with the submissions sent, answered OK and refused or failed, counted by
-- the threads. Requests still in flight when wrk stops are sent but unanswered: the server may still commit them.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local mutation = assert(io.open(os.getenv("BENCH_QUERY_FILE"), "r")):read("*a")
  query = mutation:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n')
  quarter = os.getenv("BENCH_QUARTER")
  free = {}
  ok, failed, sent = 0, 0, 0
  local n, i = tonumber(os.getenv("BENCH_THREADS")), 0
  for line in io.lines(os.getenv("BENCH_TARGETS_FILE")) do
    local id, version = line:match("^(%S+) (%d+)$")
    if id then
      if i % n == index then table.insert(free, { id = id, version = tonumber(version) }) end
      i = i + 1
    end
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

function request()
  local plan = table.remove(free)
  if plan == nil then error("more connections than open plans for this thread: lower BENCH_WRITE_CONNECTIONS") end
  sent = sent + 1
  local body = string.format('{"query":"%s","variables":{"input":{"actionPlanId":"%s","expectedVersion":%d,"quarter":"%s",' ..
    '"overallNarrative":"Benchmark progress report: actions on track.","actions":[]}}}', query, plan.id, plan.version, quarter)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  local id, version = body:match('"actionPlan":{"id":"([^"]+)","version":(%d+)}')
  if status == 200 and id and not body:find('"code":') then
    ok = ok + 1
    table.insert(free, { id = id, version = tonumber(version) })
  else
    failed = failed + 1
    if failed <= 3 then io.stderr:write("submit failed: " .. status .. " " .. body:sub(1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local total_ok, total_failed, total_sent = 0, 0, 0
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_failed = total_failed + t:get("failed")
    total_sent = total_sent + t:get("sent")
  end
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("WRITES ok=%d failed=%d sent=%d\n", total_ok, total_failed, total_sent))
end
