// lib/translate/params.json is what `npm run train:translation` fits on the committed translation cases: derived
// data, rebuilt by its script, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

test('the committed translation settings are the ones the trainer fits on the translation cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-params-'));
  try {
    const out = join(dir, 'params.json');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'train-translation.ts'), '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(ROOT, 'lib', 'translate', 'params.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
