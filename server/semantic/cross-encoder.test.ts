// The semantic verifier's model code on a tiny cross-encoder of a real one's shape (tiny-model.ts): the package's
// own loading and tokenizing, batching with padding, and the answer read off the logits, checked against what
// the tiny network computes; and the errors a user meets when a model or the package is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerOf, ENABLE_HINT, loadCrossEncoder } from './cross-encoder.ts';
import { tinyLogit, writeTinyModel, type TinyModel } from './tiny-model.ts';

let dir = '';
let tiny: TinyModel;
const PAIRS = [
  { report: 'The president said talks will continue.', source: 'Talks will continue, the president said.' },
  { report: 'Hello', source: 'An unrelated and much longer sentence about weather in the mountains today.' },
  { report: 'China denied it.', source: 'We firmly deny this.' },
  { report: 'Prices rose 5%.', source: 'Prices rose by five percent last year.' },
  { report: 'x', source: 'y' },
];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-model-'));
  tiny = writeTinyModel(join(dir, 'tiny'), [
    'the',
    'president',
    'said',
    'talks',
    'will',
    'continue',
    'china',
    'denied',
  ]);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

test('a model folder loads through the package, and each pair scores what the network computes, in any batch', async () => {
  const { AutoTokenizer } = await import('@huggingface/transformers');
  const tokenizer = await AutoTokenizer.from_pretrained(join(dir, 'tiny'));
  const expected = PAIRS.map((p) => {
    const encoded = tokenizer(p.report, { text_pair: p.source });
    const ids = (encoded.input_ids.tolist() as bigint[][])[0]!.map(Number);
    const types = (encoded.token_type_ids!.tolist() as bigint[][])[0]!.map(Number);
    return sigmoid(tinyLogit(tiny, ids, types));
  });
  // Pairs of unlike lengths share a batch: padding must not change an answer.
  for (const batchSize of [1, 2, 16]) {
    const scorer = await loadCrossEncoder(join(dir, 'tiny'), { batchSize });
    const got = await scorer.score(PAIRS);
    assert.equal(got.length, PAIRS.length);
    got.forEach((p, k) =>
      assert.ok(Math.abs(p - expected[k]!) < 1e-5, `pair ${k} in batches of ${batchSize}: ${p} ≠ ${expected[k]}`),
    );
  }
  assert.ok(new Set(expected.map((p) => p.toFixed(4))).size > 1, 'the pairs score differently');
});

test('one logit is read by the logistic function; several by softmax, the entailment class where one is named', () => {
  assert.ok(Math.abs(answerOf(undefined)([0]) - 0.5) < 1e-12);
  assert.ok(answerOf({ 0: 'LABEL_0' })([3]) > 0.95);
  const nli = answerOf({ 0: 'contradiction', 1: 'entailment', 2: 'neutral' });
  assert.ok(nli([0, 5, 0]) > 0.98, 'entailment is class 1 here');
  assert.ok(nli([5, 0, 0]) < 0.01);
  const unnamed = answerOf({ 0: 'LABEL_0', 1: 'LABEL_1' });
  assert.ok(unnamed([0, 4]) > 0.98, 'without names, the last class');
});

test('a missing folder, a folder without the model files, and a missing package each say what is wrong', async () => {
  await assert.rejects(loadCrossEncoder(join(dir, 'nope')), /no such folder, and not a model id/);
  mkdirSync(join(dir, 'empty'));
  await assert.rejects(loadCrossEncoder(join(dir, 'empty')), /config\.json is missing/);
  writeFileSync(join(dir, 'file.txt'), 'x');
  await assert.rejects(loadCrossEncoder(join(dir, 'file.txt')), /not a folder/);
  const missing = () =>
    Promise.reject(Object.assign(new Error('Cannot find package'), { code: 'ERR_MODULE_NOT_FOUND' }));
  await assert.rejects(loadCrossEncoder(join(dir, 'tiny'), { importer: missing }), (error: Error) => {
    assert.ok(error.message.includes('optional package @huggingface/transformers'), error.message);
    assert.ok(error.message.includes(ENABLE_HINT));
    return true;
  });
});
