#!/usr/bin/env bash
# Testing against the KaiCalls API offline, from a CI job in any language: start the mock server in the
# background, wait until it answers, drive it over plain HTTP, and stop it when the job ends.
# It needs bash, curl and Node.js (for the mock).
set -euo pipefail

# How to run the CLI: `kaicalls` once installed (npm i -g @kaicalls/cli), or e.g. "npx @kaicalls/cli".
KAICALLS_CLI="${KAICALLS_CLI:-kaicalls}"
log="$(mktemp)"

# --port 0: a free port, so parallel jobs on one runner never collide; the CLI prints the one it took.
# shellcheck disable=SC2086 # KAICALLS_CLI may be several words
$KAICALLS_CLI mock --port 0 --seed 1 >"$log" 2>&1 &
mock_pid=$!
# Stop the mock however the job ends (success, failure, or Ctrl+C); SIGTERM makes it shut down cleanly.
trap 'kill "$mock_pid" 2>/dev/null && wait "$mock_pid" 2>/dev/null; rm -f "$log"' EXIT

# The mock prints `export KAICALLS_BASE_URL=… KAICALLS_API_KEY=…`: the same variables the SDKs read.
for _ in $(seq 300); do
  if grep -q 'KAICALLS_API_KEY=' "$log"; then break; fi
  if ! kill -0 "$mock_pid" 2>/dev/null; then cat "$log" >&2; exit 1; fi
  sleep 0.1
done
base_url="$(sed -n 's/.*KAICALLS_BASE_URL=\([^ ]*\).*/\1/p' "$log")"
api_key="$(sed -n 's/.*KAICALLS_API_KEY=\([^ ]*\).*/\1/p' "$log")"
[ -n "$api_key" ] || { echo "the mock did not start within 30 s:" >&2; cat "$log" >&2; exit 1; }
curl -fsS --retry 20 --retry-connrefused --retry-delay 0 "$base_url/_mock/health" >/dev/null
echo "mock ready at $base_url"

api() { # api METHOD PATH [JSON]
  curl -fsS -X "$1" "$base_url$2" -H "Authorization: Bearer $api_key" -H 'Content-Type: application/json' \
    ${3:+--data "$3"}
}
# First value of a string field in a JSON document (enough for ids and enums; use jq if you have it).
field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d '"' -f 4; }

agent_id="$(api GET '/v1/agents?limit=1' | field id)"
call_id="$(api POST /v1/calls "{\"agent_id\":\"$agent_id\",\"to\":\"+15005550100\",\"name\":\"CI test\"}" | field id)"
echo "created $call_id: $(api GET "/v1/calls/$call_id" | field status)"

# Instead of waiting for the call to play out, move the mock's clock past its end: timers fire in order,
# so the timeline, the booking and the SMS all happen, instantly and always the same way.
curl -fsS -X POST "$base_url/_mock/clock/advance" -H 'Content-Type: application/json' --data '{"ms":600000}' >/dev/null

call="$(api GET "/v1/calls/$call_id")"
status="$(field status <<<"$call")"
echo "after 10 minutes of mock time: $status, outcome $(field outcome <<<"$call")"
echo "timeline: $(api GET "/v1/calls/$call_id/events?limit=100" | grep -o '"type":"[^"]*"' | cut -d '"' -f 4 | uniq | paste -sd ' ' -)"

# The job's own assertion: fail the build if the API behaved unexpectedly.
[ "$status" = completed ] || { echo "expected the call to complete, got $status" >&2; exit 1; }
