#!/usr/bin/env bash
# Fulfilment benchmarks (issue 4, docs/benchmarks.md "Fulfilment (issue 4)"), on the local
# PostgreSQL and MariaDB servers:
#   1. generates the demo company database (rightful demo-data) in the PostgreSQL schema and the
#      MariaDB database bench_demo, unless it already holds the requested number of consumers;
#   2. (a) JMH FulfilmentBenchmark: one consumer's access and deletion through Rightful against
#      the hand-written SQL doing the same work, on both databases;
#      then the same operations interleaved round by round (Paired), which shared-machine noise
#      distorts less;
#   3. (b, c) DeletionThroughput: deletion requests end to end through RequestService, Fulfilment
#      and the db-scheduler task, on PostgreSQL, in a JVM with -Xmx512m and a GC log.
# Raw results go to bench/results/fulfilment-*. Deletion consumes consumers (each run takes fresh
# ones, see DemoCompany); the PostgreSQL tables are vacuumed first; after about 1,000 runs
# regenerate with FORCE_GENERATE=1.
# Usage: bench/fulfilment.sh [requests] [rounds]   (default 1000 requests, 3 end-to-end rounds)
# Environment: CONSUMERS (1000000), CALLS (10), THREADS (scheduler threads; default: Rightful's),
#   MVN_FLAGS (e.g. -o), SKIP_JMH=1, PAIRED_ROUNDS (300), FORCE_GENERATE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-1000}"
rounds="${2:-3}"
consumers="${CONSUMERS:-1000000}"
calls="${CALLS:-10}"
results=bench/results
# shellcheck disable=SC2086
nice -n 15 ./mvnw -q -B ${MVN_FLAGS:-} -DskipTests -pl bench -am package   # a stale jar would measure old code
mkdir -p "$results"
load() { cut -d' ' -f1-3 /proc/loadavg; }

generate() { # database url user present
  if [[ "${FORCE_GENERATE:-0}" == 1 || "$4" != "$consumers" ]]; then
    echo "== generating $consumers consumers in $1 (load $(load))"
    RIGHTFUL_HOME="$PWD" java -Xmx512m -jar app/target/rightful.jar demo-data --url "$2" \
      --user "$3" --consumers "$consumers" --calls-per-consumer "$calls" --replace \
      | tee "$results/fulfilment-generate-$1.txt"
  fi
}
psql -h 127.0.0.1 -U postgres test -qc "CREATE SCHEMA IF NOT EXISTS bench_demo"
pg_present=$(psql -h 127.0.0.1 -U postgres test -tAc \
  "SELECT COUNT(*) FROM bench_demo.customers" 2>/dev/null || echo 0)
generate postgresql "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_demo" postgres \
  "$pg_present"
mariadb -h 127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS bench_demo CHARACTER SET utf8mb4"
maria_present=$(mariadb -h 127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM bench_demo.customers" \
  2>/dev/null || echo 0)
generate mariadb "jdbc:mariadb://127.0.0.1:3306/bench_demo?sslMode=disable" root "$maria_present"
# Every deletion leaves dead rows behind; tens of thousands of them slow the next runs' index
# scans (docs/benchmarks.md, run E). InnoDB purges by itself; PostgreSQL is vacuumed here.
psql -h 127.0.0.1 -U postgres test -qc "SET search_path = bench_demo" \
  -c "VACUUM (ANALYZE) customers, accounts, payment_cards, call_records, call_transcripts,
      marketing_contacts, job_applicants, web_events"

if [[ "${SKIP_JMH:-0}" != 1 ]]; then
  # One database at a time, so that each baseline runs next to Rightful's methods.
  for database in postgresql mariadb; do
    echo "== (a) $database: one consumer, Rightful against hand-written SQL (load $(load))"
    java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar 'fulfil.FulfilmentBenchmark' -p database="$database" \
      -rf json -rff "$results/fulfilment-jmh-$database.json" \
      | tee "$results/fulfilment-jmh-$database.txt" \
      | grep -E '^Benchmark|^FulfilmentBenchmark|PEAK-HEAP'
    echo "== load after (a) $database: $(load)"
  done
fi

# (a) again, interleaved: each round runs every operation once in a shuffled order (Paired).
for database in postgresql mariadb; do
  echo "== (a) $database interleaved, ${PAIRED_ROUNDS:-300} rounds (load $(load))"
  java -Xmx512m -cp bench/target/benchmarks.jar dev.rightful.bench.fulfil.Paired "$database" \
    "${PAIRED_ROUNDS:-300}" 50 "$results/fulfilment-paired.jsonl" 2>&1 | grep -v -E 'INFO|DEBUG'
done

threads=()
if [[ -n "${THREADS:-}" ]]; then threads=("-Dbench.threads=$THREADS"); fi
for round in $(seq 1 "$rounds"); do
  echo "== (b, c) round $round: $requests deletion requests end to end (load $(load))"
  java -Xmx512m "${threads[@]}" -Xlog:gc:file="$results/fulfilment-e2e-gc-$round.txt" \
    -cp bench/target/benchmarks.jar dev.rightful.bench.fulfil.DeletionThroughput "$requests" \
    "$results/fulfilment-e2e.jsonl" 2>&1 | grep -E 'RESULT|made in|Exception'
done
