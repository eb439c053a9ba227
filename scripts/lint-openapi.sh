#!/usr/bin/env bash
# Lints the committed OpenAPI document with Redocly and Spectral (pinned versions, fetched by npx on first use).
# Fails on any finding. Needs Node.js 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_UPDATE_NOTIFIER=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
echo "== Redocly (recommended-strict)"
status=0
report=$(npx --yes @redocly/cli@2.77.0 lint --config scripts/openapi-lint/redocly.yaml openapi.json 2>&1) || status=$?
# drop the Node.js end-of-support banner, keep every finding
printf '%s\n' "$report" | LC_ALL=C.UTF-8 grep -v '[║╔╚]' || true
((status == 0)) || exit "$status"
echo "== Spectral (spectral:oas, failing on warnings)"
npx --yes @stoplight/spectral-cli@6.16.3 lint --ruleset scripts/openapi-lint/spectral.yaml --fail-severity warn openapi.json
