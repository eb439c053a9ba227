#!/usr/bin/env bash
# A real browser against the running service: headless Chromium opens /swagger-ui.html, authorizes with HTTP
# Basic, runs "Create a client" through "Try it out" with the documented example, checks for 201 and saves a
# screenshot to target/browser/swagger-ui.png. Without BASE it builds the jar (SKIP_BUILD=1 reuses the last one)
# and starts it on a fresh embedded store with the demo users. Installs Debian's chromium when missing; fetches
# puppeteer-core by npm.
#   scripts/browser-check.sh
#   BASE=http://localhost:8080 USER_NAME=admin PASSWORD=admin-pass scripts/browser-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-target/browser}
mkdir -p "$OUT"
export USER_NAME=${USER_NAME:-admin} PASSWORD=${PASSWORD:-admin-pass} SHOT=${SHOT:-$OUT/swagger-ui.png}

if ! command -v chromium >/dev/null; then
  echo "Installing chromium (Debian package)"
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null
fi

if [[ -z ${BASE:-} ]]; then
  [[ -n ${SKIP_BUILD:-} ]] || ./mvnw -q -Dmaven.test.skip=true -Dcodegen.skip=true package
  jar=$(ls target/client-scoped-execution-*.jar | grep -v plain | head -n1)
  port=${PORT:-18091}
  rm -rf "$OUT/data"
  java -jar "$jar" --server.port="$port" --app.store.embedded.file="$OUT/data/store.mv" > "$OUT/service.log" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null || true' EXIT
  BASE=http://localhost:$port
  ready=""
  for _ in $(seq 1 120); do
    curl -sf "$BASE/actuator/health/readiness" >/dev/null && { ready=yes; break; }
    kill -0 $service 2>/dev/null || { echo "the service did not start; see $OUT/service.log"; exit 1; }
    sleep 0.5
  done
  [[ -n $ready ]] || { echo "the service was not ready after 60 s; see $OUT/service.log"; exit 1; }
fi
export BASE CHROMIUM=${CHROMIUM:-$(command -v chromium)}

npm install --prefix "$OUT/node" --no-save --no-audit --no-fund --loglevel=error puppeteer-core@24.43.1 >/dev/null
NODE_PATH="$OUT/node/node_modules" node scripts/browser/swagger-ui.cjs
