// `claimdiff align --model DIR`: a semantic model folder (here the tiny cross-encoder of server/semantic/) joins
// the link decisions; a JSON file is still a matcher model, and a path that is neither says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCaptured as run } from './run-captured.test-support.ts';
import { EXIT } from './cli-error.ts';
import { checkContract, toContract } from '../lib/contract.ts';
import { alignWithScorer } from '../lib/index.ts';
import { loadCrossEncoder } from '../server/semantic/cross-encoder.ts';
import { writeTinyModel } from '../server/semantic/tiny-model.ts';

const CASE = join(import.meta.dirname, '..', 'seeds', 'cases', 'zhao-20210720-zdnet');
let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-cli-model-'));
  writeTinyModel(join(dir, 'model'), ['the', 'united', 'states', 'china', 'cyber', 'attacks', 'said', 'hacking']);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('align --model DIR prints the contract of the semantic path, as the library gives it', async () => {
  const a = join(CASE, 'a.txt');
  const b = join(CASE, 'b.txt');
  const { code, stdout, stderr } = await run(['align', a, b, '--model', join(dir, 'model'), '--format', 'json']);
  assert.equal(code, EXIT.ok, stderr);
  const printed = JSON.parse(stdout);
  assert.deepEqual(checkContract(printed, readFileSync(a, 'utf8').length, readFileSync(b, 'utf8').length), []);
  const scorer = await loadCrossEncoder(join(dir, 'model'));
  const expected = await alignWithScorer(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'), scorer);
  assert.deepEqual(printed, JSON.parse(JSON.stringify(toContract(expected))));
});

test('a model path that is no folder and no model id, or a folder without a model, is a usage error naming it', async () => {
  const a = join(CASE, 'a.txt');
  const b = join(CASE, 'b.txt');
  const gone = await run(['align', a, b, '--model', join(dir, 'nope')]);
  assert.equal(gone.code, EXIT.usage);
  assert.match(gone.stderr, /^claimdiff: model .*nope: no such folder, and not a model id/);
  const empty = await run(['align', a, b, '--model', dir]);
  assert.equal(empty.code, EXIT.usage);
  assert.match(empty.stderr, /config\.json is missing/);
});

test('--model twice: a matcher model file beside a semantic model folder, in either order; two of one kind refused', async () => {
  const a = join(CASE, 'a.txt');
  const b = join(CASE, 'b.txt');
  const file = join(import.meta.dirname, '..', 'lib', 'learn', 'model.json');
  const one = await run(['align', a, b, '--model', join(dir, 'model'), '--model', file, '--format', 'json']);
  const other = await run(['align', a, b, '--model', file, '--model', join(dir, 'model'), '--format', 'json']);
  assert.equal(one.code, EXIT.ok, one.stderr);
  assert.equal(one.stdout, other.stdout);
  const twice = await run(['align', a, b, '--model', join(dir, 'model'), '--model', join(dir, 'model')]);
  assert.equal(twice.code, EXIT.usage);
  assert.match(twice.stderr, /--model given twice for the same kind/);
  const thrice = await run(['align', a, b, '--model', file, '--model', file, '--model', file]);
  assert.equal(thrice.code, EXIT.usage);
  assert.match(thrice.stderr, /more than twice/);
});
