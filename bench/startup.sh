#!/usr/bin/env bash
# Measures the foundation's server targets against a bare Javalin baseline, in the same run:
#   time from launch to a healthy /healthz, idle RSS after 10 s, and the runnable jar's size.
# Usage: bench/startup.sh [runs]   (builds the jars first if missing; writes a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[[ -f app/target/rightful.jar && -f bench/target/benchmarks.jar ]] || ./mvnw -q -B -DskipTests package

port=18080
now_ms() { date +%s%3N; }

wait_healthy() { # port pid
  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$1/healthz" >/dev/null 2>&1; then return 0; fi
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

measure() { # label, command...
  local label="$1"; shift
  local times=() rss=""
  for i in $(seq 1 "$runs"); do
    rm -rf "$tmp/data"
    local start; start=$(now_ms)
    (cd "$tmp" && exec "$@" >"$tmp/out.log" 2>&1) &
    local pid=$!
    wait_healthy "$port" "$pid" || { cat "$tmp/out.log"; exit 1; }
    times+=($(( $(now_ms) - start )))
    if [[ "$i" == "$runs" ]]; then
      sleep 10
      # the java process is the child of the subshell's exec
      local jpid; jpid=$(pgrep -f -n "java.*$port" || echo "$pid")
      rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$jpid/status")
    fi
    pkill -f "java.*$port" || true
    wait "$pid" 2>/dev/null || true
  done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '| %s | %s ms | %s | %s MB |\n' "$label" "$median" "$sorted" "$rss"
}

tmp=$(mktemp -d)
trap 'pkill -f "java.*$port" || true; rm -rf "$tmp"' EXIT
repo=$(pwd)
echo "| server | median time to healthy | all runs (ms) | idle RSS |"
echo "|---|---|---|---|"
measure "bare Javalin (baseline)" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx192m -Xss512k \
  -cp "$repo/bench/target/benchmarks.jar" dev.rightful.bench.BareServer "$port"
measure "rightful start-dev" env RIGHTFUL_HOME="$repo" "$repo/rightful" start-dev --port "$port" --data-dir "$tmp/data"
echo
echo "runnable jar: $(du -m app/target/rightful.jar | cut -f1) MB ($(stat -c %s app/target/rightful.jar) bytes)"
