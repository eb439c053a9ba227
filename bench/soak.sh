#!/usr/bin/env bash
# Soak: holds 64 connections of mixed traffic (executions, deployments, reads, lists, step completions)
# against a fresh instance on loopback for 5 minutes, and reports errors, latency percentiles and the heap
# after a full GC at the start and at the end. Bounded in time; not part of ./mvnw verify.
#   bench/soak.sh                       # 64 connections, 300 s
#   CONNECTIONS=64 DURATION=60 bench/soak.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-300}
launch
cat "$ROOT/bench/lua/mixed.lua" "$ROOT/bench/lua/report.lua" > "$WORK/mixed.lua"

heap_after_gc() {
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | awk '/used/ && !done { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); done = 1 } }'
}

START_HEAP=$(heap_after_gc)
out=$(RUN_ID=$(run_id) TOKEN=$CLIENT ADMIN_TOKEN=$ADMIN JOURNEY=$JOURNEY SOLUTION=$SOLUTION EXECUTION=$EXECUTION \
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$WORK/mixed.lua" "$BASE")
END_HEAP=$(heap_after_gc)
{
  echo "Soak $(date -u +%Y-%m-%dT%H:%MZ): $CONNECTIONS connections of mixed traffic for ${DURATION}s on $(nproc) cores"
  echo
  grep '^RESULT' <<<"$out" | sed 's/^RESULT /    /'
  grep -E 'Non-2xx|Socket errors' <<<"$out" | sed 's/^/    /' || true
  echo "    heap used after GC: start $START_HEAP, end $END_HEAP; RSS at the end $(rss_mb) MB"
} | tee "$RESULTS/soak-latest.md"
