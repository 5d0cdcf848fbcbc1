#!/usr/bin/env bash
# A/B of end-to-end deletion throughput (docs/benchmarks.md, run F): DeletionThroughput of this
# checkout ("new") and of another checkout ("old", e.g. a git worktree of an earlier commit),
# alternating round by round on the same demo data, so that both see the same machine and data.
# Both checkouts must be built first: ./mvnw -o -q -DskipTests -pl bench -am package.
# Usage: OLD=/path/to/other/checkout bench/ab-deletion.sh [rounds] [requests]
set -euo pipefail
new="$(cd "$(dirname "$0")/.." && pwd)"
old="${OLD:?set OLD to a built checkout of the commit to compare with}"
for round in $(seq 1 "${1:-3}"); do
  for side in new old; do
    dir="$new"; [[ $side == old ]] && dir="$old"
    echo "== $side round $round (load $(cut -d' ' -f1-3 /proc/loadavg))"
    (cd "$dir" && java -Xmx512m -cp bench/target/benchmarks.jar \
      dev.rightful.bench.fulfil.DeletionThroughput "${2:-1000}" "/tmp/ab-$side.jsonl" 2>&1 \
      | grep -E 'RESULT' \
      | sed -E 's/.*"requestsPerSecond":([0-9.]+).*"sampledPeakHeapMb":([0-9]+).*/rps=\1 heap=\2/')
  done
done
