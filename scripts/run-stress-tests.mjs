#!/usr/bin/env node
// `npm run test:stress`: runs every *.stress.ts file under test/ with node's test runner (the longer tests of
// issue 5; `npm test` runs the fast *.test.ts ones). Node 20's `--test` takes no globs and exits 0 when given no
// files, so the files are listed here. Arguments filter by path substring, as in run-unit-tests.mjs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.stress.ts')) files.push(path);
  }
};
walk('test');
const only = process.argv.slice(2);
const chosen = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (chosen.length === 0) {
  console.error('no stress test files found');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...chosen], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
