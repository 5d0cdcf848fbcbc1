#!/usr/bin/env bash
# Retention sweep against a raw DELETE of the same rows, on the local PostgreSQL and MariaDB
# servers (see RetentionSweepBenchmark). Each round runs one database at a time, the raw delete and
# then the sweep, each on a freshly loaded table, so that a pair shares the machine's conditions;
# the ratio is raw time / sweep time per pair (throughput of the sweep relative to the raw delete).
# Writes JMH JSON per round and one line per run (time, longest lock) under bench/results/.
# Usage: bench/retention-sweep.sh [rows] [rounds]   (default 10000000 rows, 3 rounds; takes a while)
# JAVA_OPTS are passed to the benchmark JVM (e.g. -Djmh.ignoreLock=true while another JMH runs).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000000}"
rounds="${2:-3}"
./mvnw -q -B -DskipTests -pl bench -am package   # always: a stale jar would measure old code
mkdir -p bench/results
locks=bench/results/retention-locks.jsonl
rm -f "$locks" bench/results/retention-sweep-*.json
for round in $(seq 1 "$rounds"); do
  for database in postgresql mariadb; do
    echo "== round $round, $database, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    java ${JAVA_OPTS:-} -Dretention.locks="$locks" -jar bench/target/benchmarks.jar RetentionSweepBenchmark \
      -p rows="$rows" -p database="$database" \
      -rf json -rff "bench/results/retention-sweep-$database-$round.json" | grep -E 'RESULT|ss '
  done
done
echo "== pairs: raw s, sweep s, ratio raw/sweep; until purged (MariaDB): raw s, sweep s, ratio; sweep's longest lock"
awk -F'[:,}"]+' '{
  for (i = 1; i < NF; i++) v[$i] = $(i + 1)
  d = v["database"]
  if (v["method"] == "raw-delete") { raw[d] = v["seconds"]; rawPurged[d] = v["purgedSeconds"] }
  else { printf "%s %s %s %.2f | %s %s %.2f | %s ms\n", d, raw[d], v["seconds"], raw[d] / v["seconds"],
         rawPurged[d], v["purgedSeconds"], rawPurged[d] / v["purgedSeconds"], v["longestLockMs"] }
}' "$locks"
