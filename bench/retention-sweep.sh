#!/usr/bin/env bash
# Retention sweep against a raw DELETE of the same rows, on the local PostgreSQL and MariaDB
# servers (see RetentionSweepBenchmark). Writes the JMH JSON and the longest lock per run under
# bench/results/. Usage: bench/retention-sweep.sh [rows]   (default 10000000; takes a while)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000000}"
[[ -f bench/target/benchmarks.jar ]] || ./mvnw -q -B -DskipTests -pl bench -am package
mkdir -p bench/results
rm -f bench/results/retention-locks.jsonl
java -Dretention.locks=bench/results/retention-locks.jsonl -jar bench/target/benchmarks.jar \
  RetentionSweepBenchmark -p rows="$rows" -rf json -rff bench/results/retention-sweep.json \
  | tee bench/results/retention-sweep.txt
cat bench/results/retention-locks.jsonl
