-- wrk script of bench/intake.sh: POSTs exactly TOTAL requests, each naming a consumer never named
-- before, then stops. Settings come from the environment:
--   MODE     intake (POST /api/v1/requests) or baseline (POST /bench/baseline, the same bodies)
--   TOTAL    POSTs over all threads;  THREADS  wrk's -t;  TAG  unique per phase and run
--   OUT      directory for the ids answered 201 (ids-<thread>) and each thread's end (done-<thread>)
-- wrk runs for a duration, not a count, so delay() hands out the thread's quota of sends: once it
-- is spent, a connection waits an hour instead of sending, and the thread stops when its last
-- answer is in. wrk's own latency histogram then holds exactly these POSTs. The run's rate is
-- computed from the threads' first send and last answer (monotonic clock through LuaJIT's FFI),
-- since wrk's own duration includes the wait until the script interrupts it.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
]]
local CLOCK_MONOTONIC = 1
local function now()
  local ts = ffi.new("bench_timespec")
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local mode = os.getenv("MODE") or "intake"
local total = tonumber(os.getenv("TOTAL") or "10000")
local nthreads = tonumber(os.getenv("THREADS") or "2")
local tag = os.getenv("TAG") or "run"
local out = os.getenv("OUT") or "."

-- main state: number the threads
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

-- thread state
local quota, reserved, sent, answered, first, last
local statuses = {}
local ids
local path = mode == "baseline" and "/bench/baseline" or "/api/v1/requests"
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  quota = math.floor(total / nthreads) + ((tid <= total % nthreads) and 1 or 0)
  reserved, sent, answered = 0, 0, 0
  ids = io.open(out .. "/ids-" .. tid, "w")
end

function delay()
  if reserved < quota then
    reserved = reserved + 1
    return 0
  end
  return 3600000
end

function request()
  if sent == 0 then first = now() end
  -- a counter per thread, offset by the thread's number: every email is new to the server
  local n = tid * 10000000 + sent
  sent = sent + 1
  local email = string.format("surge-%s-%d@example.com", tag, n)
  local body
  if n % 2 == 0 then
    body = string.format('{"type":"opt-out","subject":{"email":"%s"}}', email)
  else
    body = string.format('{"type":"delete","subject":{"email":"%s","name":"Surge Consumer"}}', email)
  end
  return wrk.format("POST", path, headers, body)
end

function response(status, hdrs, body)
  answered = answered + 1
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 and mode == "intake" then
    local id = body:match('"id"%s*:%s*"([^"]+)"')
    ids:write((id or "?"), "\n")
  end
  if answered == quota then
    last = now()
    ids:close()
    local counts = {}
    for code, count in pairs(statuses) do table.insert(counts, code .. ":" .. count) end
    local done = io.open(out .. "/done-" .. tid, "w")
    done:write(string.format("%.6f %.6f %d %s\n", first, last, answered, table.concat(counts, ",")))
    done:close()
    wrk.thread:stop()
  end
end

-- main state, after wrk was interrupted: one machine-readable line
function done(summary, latency, requests)
  local first, last, answered, counts = nil, nil, 0, {}
  for i = 1, #threads do
    local f = io.open(out .. "/done-" .. i, "r")
    if f then
      local a, b, n, c = f:read("*l"):match("^(%S+) (%S+) (%d+) (%S*)$")
      f:close()
      a, b = tonumber(a), tonumber(b)
      if not first or a < first then first = a end
      if not last or b > last then last = b end
      answered = answered + tonumber(n)
      for code, count in c:gmatch("(%d+):(%d+)") do
        counts[code] = (counts[code] or 0) + tonumber(count)
      end
    end
  end
  local secs = (first and last) and (last - first) or 0
  local non2xx = 0
  local list = {}
  for code, count in pairs(counts) do
    if tonumber(code) < 200 or tonumber(code) > 299 then non2xx = non2xx + count end
    table.insert(list, code .. ":" .. count)
  end
  table.sort(list)
  local e = summary.errors
  io.write(string.format(
    "RESULT mode=%s answered=%d secs=%.3f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f"
      .. " non2xx=%d statuses=%s socket_errors=%d\n",
    mode, answered, secs, secs > 0 and answered / secs or 0,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, non2xx, table.concat(list, ","),
    e.connect + e.read + e.write + e.timeout))
end
