import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../lib/input/limits.ts';
import { readInput } from './read-input.ts';
import { CliError } from './cli-error.ts';

let dir = '';
before(() => void (dir = mkdtempSync(join(tmpdir(), 'claimdiff-read-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

test('readInput returns the text exactly as stored: BOM, \\r\\n and trailing space kept', () => {
  const text = '\uFEFFLine one.\r\nLine two — “quoted”.  \r\n';
  writeFileSync(join(dir, 'exact.txt'), text);
  assert.equal(readInput(join(dir, 'exact.txt'), 'SOURCE'), text);
});

test('readInput accepts a file of exactly the size limit and refuses one byte more', () => {
  const path = join(dir, 'limit.txt');
  writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES, 0x61));
  assert.equal(readInput(path, 'SOURCE').length, MAX_FILE_BYTES);
  writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
  assert.throws(
    () => readInput(path, 'SOURCE'),
    (e: unknown) => e instanceof CliError && e.exitCode === 1 && /too large/.test(e.message),
  );
});
