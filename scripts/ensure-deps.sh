#!/usr/bin/env bash
# Installs what a fresh clone is missing: npm dependencies (and the CLI bundle their `prepare` step builds),
# and, with --browser, Debian's chromium for Playwright (browsers cannot be downloaded on this machine kind).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# onnxruntime-node (under the semantic verifier's optional package) would fetch CUDA files on install; its CPU
# binaries ship inside it. package.json's allowScripts denies the script too.
export ONNXRUNTIME_NODE_INSTALL=skip
# node-gyp builds native addons against the system Node headers when the machine's npm config lacks it.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi

stamp=node_modules/.claimdiff-lock
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "== installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
# dist/align-worker.mjs is the web server's matcher (server/align-pool.ts): rebuilt when a source it bundles is newer,
# or the app would serve a stale matcher after an edit to lib/ (and the CLI a stale store or queue after one to server/).
if [ ! -f dist/claimdiff.mjs ] || [ ! -f dist/align-worker.mjs ] || [ ! -f lib/normalize/wordnet-synonyms.json ] ||
  [ ! -f lib/translate/cedict-glosses.json ] ||
  [ -n "$(find lib cli server package-lock.json -newer dist/align-worker.mjs -print -quit 2>/dev/null)" ]; then
  node scripts/build-cli.mjs
fi

# A Chinese font too (WenQuanYi Zen Hei, 7 MB): without one, Chinese text in a lesson or a translation audit renders
# as empty boxes, and the e2e test that checks it is drawn would rightly fail.
if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/wqy ]; }; then
  echo "== installing Debian chromium and a Chinese font for the end-to-end tests"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-wqy-zenhei >/dev/null
fi
