#!/usr/bin/env bash
# The README's curl walkthrough as one script: client -> artifact -> share -> approve -> convert -> execute
# -> complete steps -> one refused mismatch. Needs curl and jq, and the service running with its demo users
# (./mvnw spring-boot:run). BASE overrides the address.
set -euo pipefail
BASE=${BASE:-http://localhost:8080/api/v1}
JSON='Content-Type: application/json'
say() { printf '\n# %s\n' "$*"; }

say "An admin creates two clients"
curl -s -u admin:admin-pass -H "$JSON" -d '{"client_id":"acme","name":"Acme Corp"}' "$BASE/clients" | jq -c .
curl -s -u admin:admin-pass -H "$JSON" -d '{"client_id":"globex","name":"Globex"}' "$BASE/clients" | jq -c .

say "Staff designs a journey artifact for acme (a draft, version 1)"
ARTIFACT=$(curl -s -u staff:staff-pass -H "$JSON" "$BASE/artifacts" -d '{
  "kind": "journey", "title": "Onboarding", "client_id": "acme",
  "content": {"steps": [{"key": "kickoff", "name": "Kick-off call"}, {"key": "setup", "name": "Account setup"}]}}' \
  | tee /dev/stderr | jq -r .id)

say "Staff shares it with acme for review"
curl -s -u staff:staff-pass -X POST "$BASE/artifacts/$ARTIFACT/share" | jq -c '{id, status, version}'

say "acme's user approves it, pinning the version they reviewed"
curl -s -u acme-user:acme-pass -X POST -H 'If-Match: "1"' "$BASE/artifacts/$ARTIFACT/approve" \
  | jq -c '{id, status, approved_by, approved_version, content_sha256}'

say "Staff converts the approved artifact into an executable journey (it keeps acme's client_id)"
JOURNEY=$(curl -s -u staff:staff-pass -H "$JSON" -d "{\"artifact_id\":\"$ARTIFACT\"}" "$BASE/journeys" \
  | tee /dev/stderr | jq -r .id)

say "acme's user executes it; the client comes from the caller, the record carries it in its context"
EXECUTION=$(curl -s -u acme-user:acme-pass -H "$JSON" -H 'Idempotency-Key: onboarding-1' \
  -d '{"context": {"channel": "web"}}' "$BASE/journeys/$JOURNEY/executions" | tee /dev/stderr | jq -r .id)

say "The steps are completed in order"
curl -s -u acme-user:acme-pass -X POST "$BASE/executions/$EXECUTION/steps/kickoff/complete" | jq -c '{status, steps: [.steps[].status]}'
curl -s -u acme-user:acme-pass -X POST "$BASE/executions/$EXECUTION/steps/setup/complete" | jq -c '{status, steps: [.steps[].status]}'

say "Refused: staff (acting for acme and globex) tries to run acme's journey for globex; nothing is written"
curl -s -u staff:staff-pass -H "$JSON" -d '{"client_id":"globex"}' "$BASE/journeys/$JOURNEY/executions" | jq -c .

say "And globex's user cannot even see it"
curl -s -u globex-user:globex-pass "$BASE/journeys/$JOURNEY" | jq -c .
