# Shared by bench/run.sh and bench/soak.sh: build, start the service on a fresh embedded store with JWT
# auth (a throwaway key), mint tokens, seed data, and read the server process's CPU time and memory.
# Everything talks to 127.0.0.1 only.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS="$ROOT/bench/results"
WORK=${WORK:-$ROOT/bench/.work}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
JAVA=${JAVA:-java}
# The heap this service needs is small (about 50 MB live); cap it so the JVM does not grow into the machine.
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx256m -XX:ReservedCodeCacheSize=64m}
CLK_TCK=$(getconf CLK_TCK)
run_id() { date +%s%N; }

need_tools() {
  local missing=()
  for tool in wrk curl jq openssl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if ((${#missing[@]})); then
    echo "Installing ${missing[*]} (Debian packages)"
    local sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build_jar() {
  if [[ -z ${SKIP_BUILD:-} ]]; then
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  fi
  JAR=$(ls "$ROOT"/target/client-scoped-execution-*.jar | head -n1)
}

make_key() {
  rm -rf "$WORK" && mkdir -p "$WORK"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
  openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# mint SUBJECT ROLES_JSON CLIENT_IDS_JSON: an RS256 JWT valid for two hours
mint() {
  local now; now=$(date +%s)
  local header='{"alg":"RS256","typ":"JWT"}'
  local payload="{\"sub\":\"$1\",\"roles\":$2,\"client_ids\":$3,\"iat\":$now,\"exp\":$((now + 7200))}"
  local unsigned; unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
  printf '%s.%s' "$unsigned" "$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$WORK/private.pem" | b64url)"
}

# service_args STORE_FILE: the service's arguments, the prod profile with JWT auth on loopback
service_args() {
  echo --spring.profiles.active=prod --server.port="$PORT" --server.address=127.0.0.1 \
    --app.store.embedded.file="$1" \
    --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$WORK/public.pem"
}

# prepare_cds: Spring Boot's recipe for fast starts: run from the extracted jar with a class-data archive
# recorded by a training start (NO_CDS=1 runs the plain executable jar instead)
prepare_cds() {
  [[ -n ${NO_CDS:-} ]] && return 0
  rm -rf "$WORK/app"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
  JAR=$(ls "$WORK"/app/client-scoped-execution-*.jar)
  (cd "$WORK" && "$JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$JAR" $(service_args "$WORK/training/store.mv") > "$WORK/training.log" 2>&1) || true
  rm -rf "$WORK/training"
  JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$WORK/app/app.jsa"
}

# start_service: launches the service, sets PID and READY_SECONDS (launch to health UP)
start_service() {
  local started; started=$(date +%s.%N)
  (cd "$WORK" && exec "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" $(service_args "$WORK/data/store.mv") \
    > "$WORK/service.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 600); do
    if curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      READY_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log"; return 1; }
    sleep 0.05
  done
  echo "The service did not become healthy"; return 1
}

stop_service() {
  if [[ -n ${PID:-} ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  PID=
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }

# settle: waits (up to 60 s) until the server is idle, so that requests still queued from one scenario (a list
# page can cost a second of CPU) are not billed to the next
settle() {
  local i before after
  for ((i = 0; i < 60; i++)); do
    before=$(cpu_ticks); sleep 1; after=$(cpu_ticks)
    (( (after - before) * 100 / CLK_TCK < 10 )) && return 0
  done
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }

api() { # api METHOD PATH TOKEN [BODY]
  curl -sS -X "$1" "$BASE/api/v1$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"}
}

# seed: two clients, a journey and a solution for client bench-a, one execution; exports the ids and tokens
seed() {
  ADMIN=$(mint bench-admin '["ADMIN"]' '[]')
  CLIENT=$(mint bench-user '["CLIENT"]' '["bench-a"]')
  api POST /clients "$ADMIN" '{"client_id":"bench-a","name":"Bench A"}' >/dev/null
  api POST /clients "$ADMIN" '{"client_id":"bench-b","name":"Bench B"}' >/dev/null
  local steps='{"steps":[{"key":"one","name":"One"},{"key":"two","name":"Two"},{"key":"three","name":"Three"}]}'
  JOURNEY=$(api POST /journeys "$ADMIN" "{\"name\":\"Bench journey\",\"client_id\":\"bench-a\",\"definition\":$steps}" | jq -r .id)
  SOLUTION=$(api POST /solutions "$ADMIN" '{"name":"Bench solution","client_id":"bench-a","definition":{"components":["a","b"]}}' | jq -r .id)
  EXECUTION=$(api POST "/journeys/$JOURNEY/executions" "$CLIENT" '{"context":{"channel":"bench"}}' | jq -r .id)
  export ADMIN CLIENT JOURNEY SOLUTION EXECUTION BASE
}

executions_stored() {
  local reply; reply=$(api GET "/executions?size=1" "$ADMIN")
  jq -e -r .page.total_elements <<<"$reply" 2>/dev/null || { echo "counting executions failed: $reply" >&2; exit 1; }
}

# launch: everything a run needs before its load: tools, jar, key, a healthy service (stopped on exit), data
launch() {
  mkdir -p "$RESULTS"
  need_tools
  build_jar
  make_key
  prepare_cds
  trap stop_service EXIT
  start_service
  echo "ready after ${READY_SECONDS}s (health UP), pid $PID, java: $("$JAVA" -version 2>&1 | head -n1)"
  seed
}
