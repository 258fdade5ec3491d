#!/usr/bin/env bash
# `npm start`: install what is missing, build the app, serve it on PORT (3000) and HOSTNAME (all interfaces).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app lib components seeds next.config.js package-lock.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]; then
  npx --no-install next build
fi
host="$(printenv HOSTNAME || true)"
exec npx --no-install next start -p "${PORT:-3000}" -H "${host:-0.0.0.0}"
