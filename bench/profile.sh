#!/usr/bin/env bash
# Profiles one endpoint with JFR: starts the service as bench/run.sh does, warms up, records while wrk drives
# the endpoint, then prints the hottest methods (self time) and the heaviest call paths (inclusive time).
#   bench/profile.sh                    # the execute path, 30 s warm-up, 30 s recorded
#   SCENARIO=deploy|get|list DURATION=20 bench/profile.sh
# The recording stays in bench/.work/profile.jfr for JDK Mission Control or `jfr view`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCENARIO=${SCENARIO:-execute}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-30}
launch
cat "$ROOT/bench/lua/post.lua" "$ROOT/bench/lua/report.lua" > "$WORK/post.lua"
cat "$ROOT/bench/lua/get.lua" "$ROOT/bench/lua/report.lua" > "$WORK/get.lua"
case $SCENARIO in
  execute) script=post.lua; url="$BASE/api/v1/journeys/$JOURNEY/executions" ;;
  deploy) script=post.lua; url="$BASE/api/v1/solutions/$SOLUTION/deployments" ;;
  get) script=get.lua; url="$BASE/api/v1/executions/$EXECUTION" ;;
  list) script=get.lua; url="$BASE/api/v1/executions?client_id=bench-a&size=20" ;;
  *) echo "unknown SCENARIO $SCENARIO"; exit 2 ;;
esac
drive() {
  RUN_ID=$(run_id) TOKEN=$CLIENT BODY='{"context":{"channel":"bench","order":42}}' \
    wrk -t2 -c32 -d"$1s" --timeout 10s -s "$WORK/$script" "$url" | grep '^RESULT'
}
drive "$WARMUP" >/dev/null
jcmd "$PID" JFR.start name=bench settings=profile >/dev/null
before=$(cpu_ticks)
result=$(drive "$DURATION")
after=$(cpu_ticks)
jcmd "$PID" JFR.dump name=bench filename="$WORK/profile.jfr" >/dev/null
requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
echo "$SCENARIO: $result cpu_ms_per_req=$(echo "scale=3; ($after - $before) * 1000 / $CLK_TCK / $requests" | bc)"

jfr print --events jdk.ExecutionSample --stack-depth 96 "$WORK/profile.jfr" | python3 "$ROOT/bench/stacks.py"
