#!/usr/bin/env bash
# `npm test`: install what is missing (npm dependencies, Debian chromium), then run the unit tests,
# the eval over the labelled cases, and the end-to-end tests against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
export NEXT_TELEMETRY_DISABLED=1
echo "== type check"
npx --no-install tsc --noEmit
echo "== lint"
npx --no-install eslint .
echo "== unit tests"
node scripts/run-unit-tests.mjs
echo "== eval"
node scripts/eval.mjs --check
echo "== end-to-end tests"
npx --no-install next build
npx --no-install playwright test
