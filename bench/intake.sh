#!/usr/bin/env bash
# Intake under a surge (issue 13, item 9; docs/benchmarks.md): the real server ('rightful start'
# on PostgreSQL, a fresh schema in database 'test', intake limits raised for the run and the bare
# endpoint on with --bench-baseline) takes POSTS intake POSTs (opt-outs and deletions alternately,
# each naming a new consumer) over CONNECTIONS connections with wrk, and in the same run as many
# POSTs to POST /bench/baseline, which inserts one row each. Each run warms both up first, then
# measures the baseline and then intake. Afterwards it checks with psql that every 201 is stored
# once and nothing else was (ids read from the answers, email keys unique), waits until the audit
# sequencer has chained every event, and runs 'rightful audit verify'. A fresh schema per run.
# Usage: bench/intake.sh [runs=3] [posts=10000] [connections=64]
#   KEEP_SCHEMA=1 keeps each run's schema; JFR=dir records each server with Java Flight Recorder
#   (profile settings, 10 ms samples) into dir/intake-<run>.jfr; EXTRA_JAVA_OPTS adds JVM options
#   (a profiler agent); SERVER_ARGS adds options to
#   'rightful start' (e.g. "--db-pool-size 32")
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
posts="${2:-10000}"
conns="${3:-64}"
threads=2
warmup="${WARMUP:-1000}"   # POSTs per endpoint before the measured ones
port=18097
pg=(env PGOPTIONS=--client-min-messages=warning psql -v ON_ERROR_STOP=1 -qAt -h 127.0.0.1 -U postgres -d test)
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is required: apt-get install postgresql-client" >&2; exit 1; }
./rightful --version >/dev/null   # the launcher rebuilds the jar when a source is newer

tmp=$(mktemp -d)
pid=""
cleanup() {
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  rm -rf "$tmp"
}
trap cleanup EXIT
head -c 32 /dev/urandom | base64 >"$tmp/encryption.key"
chmod 600 "$tmp/encryption.key"

# phase MODE TOTAL TAG -> the RESULT line of intake.lua
phase() {
  local dir="$tmp/$3"
  mkdir -p "$dir"
  MODE="$1" TOTAL="$2" TAG="$3" THREADS="$threads" OUT="$dir" \
    wrk -t"$threads" -c"$conns" -d3600s --timeout 60s --latency -s bench/intake/intake.lua \
    "http://127.0.0.1:$port" >"$dir/wrk.out" 2>&1 &
  local wrk_pid=$!
  # wrk runs for a duration: interrupt it once every thread has had its last answer
  for _ in $(seq 1 6000); do
    [[ $(find "$dir" -name 'done-*' | wc -l) -ge $threads ]] && break
    kill -0 "$wrk_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  grep '^RESULT' "$dir/wrk.out" || { cat "$dir/wrk.out" >&2; exit 1; }
}

field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

# CPU ticks (user + system) so far of the server's JVM and of the PostgreSQL backends serving it
# (found by the JDBC URL's ApplicationName), so that each phase can say where its CPU went.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_now() {
  local pg_ticks=0 p
  for p in $("${pg[@]}" -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'rightful-bench'"); do
    pg_ticks=$((pg_ticks + $(ticks "$p")))
  done
  echo "$(ticks "$pid") $pg_ticks"
}
# measured MODE TOTAL TAG: a phase, and its CPU per POST in ms of the JVM and of PostgreSQL
measured() {
  local before after hz
  hz=$(getconf CLK_TCK)
  before=$(cpu_now)
  local result
  result=$(phase "$1" "$2" "$3")
  after=$(cpu_now)
  awk -v r="$result" -v b="$before" -v a="$after" -v hz="$hz" -v n="$2" 'BEGIN {
    split(b, B, " "); split(a, A, " ");
    printf "%s cpu_ms_per_post_jvm=%.2f cpu_ms_per_post_pg=%.2f\n", r,
      (A[1] - B[1]) * 1000 / hz / n, (A[2] - B[2]) * 1000 / hz / n }'
}

declare -a table
for run in $(seq 1 "$runs"); do
  schema="intake_bench_$(date +%s)_$run"
  "${pg[@]}" -c "CREATE SCHEMA $schema"
  url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema&ApplicationName=rightful-bench"
  load_start=$(cut -d' ' -f1 /proc/loadavg)
  opts="-XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"   # the launcher's for 'start'
  opts+=" ${EXTRA_JAVA_OPTS:-}"   # e.g. a profiler agent
  [[ -z "${JFR:-}" ]] || opts+=" -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$JFR/intake-$run.jfr"
  RIGHTFUL_JAVA_OPTS="$opts" ./rightful start --host 127.0.0.1 --port "$port" --db-url "$url" --db-user postgres \
    --datamap examples/net2phone --public-url https://privacy.example.com \
    --smtp-host 127.0.0.1 --smtp-port 1 --smtp-from privacy@example.com \
    --encryption-key-file "$tmp/encryption.key" \
    --intake-per-address-per-minute 1000000 --intake-per-address-per-day 1000000 \
    --intake-per-email-per-day 1000000 --bench-baseline true ${SERVER_ARGS:-} >"$tmp/server-$run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { tail -20 "$tmp/server-$run.log" >&2; exit 1; }
    sleep 0.1
  done

  echo "== run $run (schema $schema, load $(cut -d' ' -f1-3 /proc/loadavg))"
  phase baseline "$warmup" "w$run-b" >/dev/null
  phase intake "$warmup" "w$run-i" >/dev/null
  base=$(measured baseline "$posts" "r$run-b")
  echo "$base"
  intake=$(measured intake "$posts" "r$run-i")
  echo "$intake"

  # Every 201 stored once, and nothing stored that was not answered 201.
  cat "$tmp"/*"$run-i"/ids-* >"$tmp/ids-$run.txt"
  created=$(wc -l <"$tmp/ids-$run.txt")
  checks=$("${pg[@]}" <<SQL
SET search_path TO $schema;
CREATE TEMP TABLE answered (id VARCHAR(36));
\copy answered FROM '$tmp/ids-$run.txt'
SELECT 'answered_201=' || (SELECT count(*) FROM answered)
  || ' distinct_ids=' || (SELECT count(DISTINCT id) FROM answered)
  || ' stored=' || (SELECT count(*) FROM rights_request)
  || ' missing=' || (SELECT count(*) FROM answered a WHERE NOT EXISTS
       (SELECT 1 FROM rights_request r WHERE r.id = a.id))
  || ' duplicate_emails=' || (SELECT count(*) FROM (SELECT email_key FROM rights_request
       GROUP BY email_key HAVING count(*) > 1) d)
  || ' baseline_rows=' || (SELECT count(*) FROM bench_baseline);
SQL
)
  echo "check: $checks"
  [[ "$checks" == "answered_201=$created distinct_ids=$created stored=$created missing=0 duplicate_emails=0 "* ]] \
    || { echo "FAILED: the stored requests differ from the 201s" >&2; exit 1; }

  # The sequencer chains committed events in batches: wait until none is pending, then verify.
  for _ in $(seq 1 600); do
    [[ $("${pg[@]}" -c "SELECT count(*) FROM $schema.audit_pending") == 0 ]] && break
    sleep 0.5
  done
  verify=$(./rightful audit verify --db-url "$url" --db-user postgres 2>&1 | head -1) \
    || { echo "FAILED: $verify" >&2; exit 1; }
  echo "audit: $verify"

  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  [[ "${KEEP_SCHEMA:-}" == 1 ]] || "${pg[@]}" -c "DROP SCHEMA $schema CASCADE"
  table+=("$(awk -v r="$run" -v l="$load_start" -v b="$base" -v i="$intake" 'BEGIN {
    split(b, bs, " "); split(i, is, " ");
    for (k in bs) { split(bs[k], kv, "="); B[kv[1]] = kv[2] }
    for (k in is) { split(is[k], kv, "="); I[kv[1]] = kv[2] }
    stored = I["statuses"]; sub(/.*201:/, "", stored); sub(/,.*/, "", stored);
    printf "| %s | %s | %.0f | %s | %s | %.0f | %.0f | %s | %s | **%.0f %%** | %.0f %% | %s | %s |", r, l,
      B["rps"], B["p50_ms"], B["p99_ms"], I["rps"], stored / I["secs"], I["p50_ms"], I["p99_ms"],
      100 * I["rps"] / B["rps"], 100 * stored / I["secs"] / B["rps"], B["non2xx"], I["non2xx"] }')")
done

echo
echo "| run | load (1 min) | baseline req/s | baseline p50 ms | baseline p99 ms | intake req/s | intake 201/s | intake p50 ms | intake p99 ms | intake / baseline | 201s / baseline | baseline non-2xx | intake non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${table[@]}"
echo
echo "$posts POSTs per endpoint per run after $warmup each to warm up; wrk -t$threads -c$conns;" \
  "$(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
