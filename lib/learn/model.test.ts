import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MODEL, parseMatcherModel } from './model.ts';
import { alignTexts } from '../align.ts';

test('the committed model has a link and a region decision', () => {
  assert.ok(DEFAULT_MODEL.link && DEFAULT_MODEL.link.model.features.includes('reportCoverage'));
  assert.ok(DEFAULT_MODEL.region && DEFAULT_MODEL.region.threshold > 0);
});

test('a model that does not fit its shape is refused with the field named', () => {
  assert.throws(() => parseMatcherModel({ version: 2 }), /version/);
  const link = { ...DEFAULT_MODEL.link!, model: { ...DEFAULT_MODEL.link!.model, bias: [0] } };
  assert.throws(() => parseMatcherModel({ version: 1, link }), /link\.model: .*match the features/);
});

const source = `Spokesperson: The ministry will send 30 inspectors to the port next week to check the new rules. The weather is fine today.`;
const report = `The ministry said it would send 30 inspectors to the port next week.`;

test('the link model decides: an empty model falls back to the plain rule, the committed one scores a probability', () => {
  const plain = alignTexts(report, source, { model: { version: 1 } });
  const learned = alignTexts(report, source);
  assert.equal(plain.alignments.length, 1);
  assert.equal(learned.alignments.length, 1);
  assert.notEqual(plain.alignments[0]!.score, learned.alignments[0]!.score);
  // A link model that never says yes links nothing.
  const never = { ...DEFAULT_MODEL.link!, model: { ...DEFAULT_MODEL.link!.model, bias: [50, -50] } };
  assert.equal(alignTexts(report, source, { model: { version: 1, link: never } }).alignments.length, 0);
});
