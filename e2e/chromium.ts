// How the specs, the UI bench and the e2e runs launch a browser: Debian's chromium (browsers cannot be downloaded on
// this machine kind; scripts/ensure-deps.sh --browser installs it), without the sandbox, GPU or background services a
// container lacks.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
