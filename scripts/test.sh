#!/usr/bin/env bash
# `npm test`: install what is missing (npm dependencies and the CLI bundle, Debian chromium and postgresql), then run
# what CI runs: type check, lint, unit tests (the store's on SQLite and PostgreSQL), the eval over the labelled cases,
# and the end-to-end tests against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

started=$SECONDS
timings=()
step() { # step NAME COMMAND...: runs one step and records how long it took
  local name=$1 t0=$SECONDS
  shift
  echo "== $name"
  "$@"
  timings+=("$(printf '%-18s %4ss' "$name" $((SECONDS - t0)))")
}
report() { # on exit, pass or fail: the steps that finished and how long each took
  local status=$?
  if [ "$status" = 0 ]; then echo "== all passed in $((SECONDS - started))s"; else echo "== FAILED (exit $status) after $((SECONDS - started))s"; fi
  if [ ${#timings[@]} -gt 0 ]; then printf '   %s\n' "${timings[@]}"; fi
}
trap report EXIT

step "install" bash scripts/ensure-deps.sh --browser
# The store and queue tests run on PostgreSQL too: a throw-away database, CLAIMDIFF_TEST_DATABASE_URL exported.
step "postgres" source scripts/ensure-postgres.sh
step "type check" npx --no-install tsc --noEmit -p .
step "lint" npx --no-install eslint .
step "unit tests" node scripts/run-unit-tests.mjs
# Fails if the CLI breaks, the two scorers disagree, or a mean (fit, distractors, cross-validated) falls below its floor (scripts/eval-targets.json).
step "eval" node scripts/eval.mjs --cv --check
step "next build" npx --no-install next build
step "e2e tests" npx --no-install playwright test
# Each run saves into a database of its own under the temp folder (e2e/e2e-env.ts); drop them once done.
rm -rf "${TMPDIR:-/tmp}"/claimdiff-e2e-*
