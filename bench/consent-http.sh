#!/usr/bin/env bash
# Consent decisions over HTTP, against the bare endpoint of the same server, measured in the same
# run with wrk (Debian package), on loopback only. Each round runs the bare endpoint, then the
# decision endpoint, for the same time and connections; the server holds KNOWN subjects in its
# ledger and the decision requests pick uniformly among twice as many (half never seen).
# Usage: bench/consent-http.sh [seconds=15] [connections=8] [rounds=2]   (Markdown table on stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-15}"
conns="${2:-8}"
rounds="${3:-2}"
port=18098
known=10000
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
./mvnw -q -B -DskipTests -pl bench -am package   # always: a stale jar would measure old code

tmp=$(mktemp -d)
java -Xmx512m -XX:+UseParallelGC -cp bench/target/benchmarks.jar \
  dev.rightful.bench.consent.ConsentHttpServer "$port" "$known" >"$tmp/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 1200); do
  grep -q '^ready' "$tmp/server.log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.1
done
grep -q '^ready' "$tmp/server.log" || { echo "server did not start" >&2; exit 1; }
token=$(awk '$1 == "token" {print $2}' "$tmp/server.log")   # a real service token, made at start

cat >"$tmp/decision.lua" <<LUA
local paths = {}
local purposes = {"sale", "share", "sensitive"}
init = function()
  math.randomseed(42)
  for i = 1, 4096 do
    local n = math.random(1, 2 * $known)
    paths[i] = string.format("/api/v1/consent/decision?subject=device:bench%012d&purpose=%s",
      n, purposes[math.random(1, 3)])
  end
end
local i = 0
request = function()
  i = i % 4096 + 1
  return wrk.format("GET", paths[i], {["Authorization"] = "Bearer $token"})
end
LUA
cat >"$tmp/bare.lua" <<LUA
request = function()
  return wrk.format("GET", "/bare", {["Authorization"] = "Bearer $token"})
end
LUA

# run NAME SECONDS -> "rps p50 p99"
run() {
  wrk -t1 -c"$conns" -d"$2"s --latency -s "$tmp/$1.lua" "http://127.0.0.1:$port" >"$tmp/$1.out"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/$1.out")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/$1.out")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/$1.out")
  errors=$(awk '/Non-2xx/ {print $5}' "$tmp/$1.out")
  [[ -z "$errors" ]] || { cat "$tmp/$1.out" >&2; echo "non-2xx answers" >&2; exit 1; }
  echo "$rps $p50 $p99"
}

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
run bare 5 >/dev/null
run decision 5 >/dev/null
echo "| round | bare req/s | bare p50 | bare p99 | decision req/s | decision p50 | decision p99 | decision / bare |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  read -r brps bp50 bp99 <<<"$(run bare "$secs")"
  read -r drps dp50 dp99 <<<"$(run decision "$secs")"
  ratio=$(awk -v d="$drps" -v b="$brps" 'BEGIN {printf "%.0f %%", 100 * d / b}')
  echo "| $round | $brps | $bp50 | $bp99 | $drps | $dp50 | $dp99 | $ratio |"
done
echo
echo "wrk -t1 -c$conns, ${secs}s per run, $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
