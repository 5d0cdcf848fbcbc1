#!/usr/bin/env bash
# rightful scan of the 1M-consumer demo (issue 18 item 5) against a bare psql script that reads the
# same sample: the statements the scan sends (TABLESAMPLE SYSTEM sized from pg_class.reltuples with
# LIMIT, or LIMIT alone for a small table), in one psql session, rows fetched and thrown away. Both
# run in the same round on the same data, one after the other. Prints per round: the scan's wall
# time (JVM start included), the scan's own time (its JSON 'millis'), the bare script's wall time.
# Usage: bench/scan-speed.sh [--generate] [rounds] [sample]   (default 3 rounds, 1000 rows a table)
#   --generate first fills schema bench_scan with rightful demo-data (1M consumers, 20.7M rows).
set -euo pipefail
cd "$(dirname "$0")/.."
schema=bench_scan
url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
pg=(psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1)
if [[ "${1:-}" == --generate ]]; then
  shift
  "${pg[@]}" -qc "CREATE SCHEMA IF NOT EXISTS $schema"
  ./rightful demo-data --url "$url" --user postgres --password '' --consumers 1000000 \
    --calls-per-consumer 10 --replace
  "${pg[@]}" -qc "SET search_path = $schema; ANALYZE"
fi
rounds="${1:-3}"
sample="${2:-1000}"
./mvnw -q -B -o -DskipTests -pl app -am package   # always: a stale jar would measure old code
jar=app/target/rightful.jar
# The bare script: Sampler's statements, written by the database from the same estimate.
statements=$("${pg[@]}" -At -c "
  SELECT CASE WHEN c.reltuples > 10 * $sample
    THEN format('SELECT * FROM %I.%I TABLESAMPLE SYSTEM (%s) LIMIT $sample;', n.nspname, c.relname,
                round(least(100, 100.0 * 5 * $sample / c.reltuples)::numeric, 4))
    ELSE format('SELECT * FROM %I.%I LIMIT $sample;', n.nspname, c.relname) END
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = '$schema' AND c.relkind = 'r' ORDER BY c.relname")
echo "rows: $("${pg[@]}" -At -c "SELECT sum(reltuples)::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$schema' AND c.relkind = 'r'") (planner estimate)"
for round in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  t0=$(date +%s.%N)
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" scan examples/net2phone --url "$url" \
    --user postgres --password '' --sample "$sample" --format json > /tmp/rightful-scan.json \
    2> /dev/null || true   # exit 1 would mean drift; the timing stands either way
  t1=$(date +%s.%N)
  "${pg[@]}" -q -o /dev/null <<< "BEGIN TRANSACTION READ ONLY; $statements COMMIT;"
  t2=$(date +%s.%N)
  millis=$(grep -m1 '"millis"' /tmp/rightful-scan.json | tr -dc '0-9')
  drift=$(grep -m1 '"drift"' /tmp/rightful-scan.json | tr -dc '0-9')
  parts=$(grep -E '"(catalog|sampling|classifying)Millis"' /tmp/rightful-scan.json | tr -d ' ",' | tr '\n' ' ')
  awk -v r="$round" -v a="$t0" -v b="$t1" -v c="$t2" -v m="$millis" -v d="$drift" -v p="$parts" -v l="$load" \
    'BEGIN { printf "round %s: scan %.2f s wall (%.2f s own), bare %.2f s, ratio %.2f wall / %.2f own; drift %s; %s; load %s\n", r, b - a, m / 1000, c - b, (b - a) / (c - b), (m / 1000) / (c - b), d, p, l }'
done
