#!/usr/bin/env bash
# Performance benchmark: builds the jar, starts it on a fresh embedded store with JWT auth, seeds a client,
# a journey and a solution, warms up, then drives each endpoint with wrk on loopback and reports req/s,
# latency, errors, server CPU milliseconds per request and RSS; finally the list page's latency with 1k,
# 10k and 100k executions stored. Bounded: about 8 minutes with the defaults.
#   bench/run.sh                 # defaults: 32 connections, 30 s per endpoint, 60 s warm-up
#   CONNECTIONS=64 DURATION=20 SKIP_LIST_GROWTH=1 bench/run.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-60}
THREADS=${THREADS:-2}
launch
cat "$ROOT/bench/lua/post.lua" "$ROOT/bench/lua/report.lua" > "$WORK/post.lua"
cat "$ROOT/bench/lua/get.lua" "$ROOT/bench/lua/report.lua" > "$WORK/get.lua"

# scenario NAME SCRIPT URL TOKEN [BODY]: runs wrk for DURATION and prints one table row
scenario() {
  local name=$1 script=$2 url=$3
  settle
  local before; before=$(cpu_ticks)
  local out; out=$(RUN_ID=$(run_id) TOKEN=$4 BODY=${5:-} wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$script" "$url")
  local after; after=$(cpu_ticks)
  local line; line=$(grep '^RESULT' <<<"$out")
  local requests; requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
  local cpu_ms; cpu_ms=$(echo "scale=3; ($after - $before) * 1000 / $CLK_TCK / $requests" | bc)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" \
    "$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")" "$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line")" \
    "$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")" "$(sed -E 's/.*max_ms=([0-9.]+).*/\1/' <<<"$line")" \
    "$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")" "$cpu_ms"
}

EXECUTE_URL="$BASE/api/v1/journeys/$JOURNEY/executions"
DEPLOY_URL="$BASE/api/v1/solutions/$SOLUTION/deployments"
RUN_BODY='{"context":{"channel":"bench","order":42}}'

echo "warming up for ${WARMUP}s (the JIT compiles the hot paths; cold numbers are several times too low)"
DURATION=$((WARMUP / 3)) scenario warmup-execute "$WORK/post.lua" "$EXECUTE_URL" "$CLIENT" "$RUN_BODY" >/dev/null
DURATION=$((WARMUP / 6)) scenario warmup-deploy "$WORK/post.lua" "$DEPLOY_URL" "$CLIENT" "$RUN_BODY" >/dev/null
DURATION=$((WARMUP / 4)) scenario warmup-get "$WORK/get.lua" "$BASE/api/v1/executions/$EXECUTION" "$CLIENT" >/dev/null
CONNECTIONS=8 DURATION=$((WARMUP / 4)) scenario warmup-list "$WORK/get.lua" "$BASE/api/v1/executions?client_id=bench-a&size=20" "$CLIENT" >/dev/null

{
  echo "Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo),"
  echo "$("$JAVA" -version 2>&1 | head -n1); $CONNECTIONS connections, $THREADS wrk threads, ${DURATION}s per row; ready (health UP) after ${READY_SECONDS}s"
  echo
  echo "| endpoint | req/s | p50 ms | p99 ms | max ms | errors | server CPU ms/req |"
  echo "|---|---|---|---|---|---|---|"
  scenario "POST /journeys/{id}/executions (fresh Idempotency-Key)" "$WORK/post.lua" "$EXECUTE_URL" "$CLIENT" "$RUN_BODY"
  scenario "POST /solutions/{id}/deployments (fresh Idempotency-Key)" "$WORK/post.lua" "$DEPLOY_URL" "$CLIENT" "$RUN_BODY"
  scenario "GET /executions/{id}" "$WORK/get.lua" "$BASE/api/v1/executions/$EXECUTION" "$CLIENT"
  stored=$(executions_stored)
  CONNECTIONS=8 scenario "GET /executions?client_id=bench-a (page of 20; $stored stored; 8 connections)" "$WORK/get.lua" \
    "$BASE/api/v1/executions?client_id=bench-a&size=20" "$CLIENT"
  echo
  echo "RSS after the run: $(rss_mb) MB"
} | tee "$RESULTS/latest.md"

if [[ -z ${SKIP_LIST_GROWTH:-} ]]; then
  stop_service
  rm -rf "$WORK/data"
  start_service
  seed
  EXECUTE_URL="$BASE/api/v1/journeys/$JOURNEY/executions"
  {
    echo
    echo "List page latency as executions grow, on a fresh store (GET /executions?client_id=bench-a&size=20, 2 connections, 15 s):"
    echo
    echo "| executions stored | req/s | p50 ms | p99 ms | max ms | errors | server CPU ms/req |"
    echo "|---|---|---|---|---|---|---|"
    for target in 1000 10000 100000; do
      while (( $(executions_stored) < target )); do
        RUN_ID=$(run_id) TOKEN=$CLIENT BODY=$RUN_BODY wrk -t2 -c32 -d5s -s "$ROOT/bench/lua/post.lua" "$EXECUTE_URL" >/dev/null
      done
      row=$(CONNECTIONS=2 DURATION=15 scenario list "$WORK/get.lua" "$BASE/api/v1/executions?client_id=bench-a&size=20" "$CLIENT")
      echo "${row/| list |/| $(executions_stored) |}"
    done
  } | tee -a "$RESULTS/latest.md"
fi
