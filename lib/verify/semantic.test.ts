import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../align.ts';
import { alignWithScorer, type PairScorer, type PassagePair } from './semantic.ts';

const CASE = join(import.meta.dirname, '..', '..', 'seeds', 'cases', 'zhao-20210720-zdnet');
const report = readFileSync(join(CASE, 'a.txt'), 'utf8');
const source = readFileSync(join(CASE, 'b.txt'), 'utf8');

/** A scorer answering `answer(pair)`, keeping what it was asked. */
function scorer(answer: (pair: PassagePair) => number): PairScorer & { asked: PassagePair[] } {
  const asked: PassagePair[] = [];
  return {
    name: 'test',
    asked,
    score: async (pairs) => {
      asked.push(...pairs);
      return pairs.map(answer);
    },
  };
}

test('with no weight and no alternatives the semantic path aligns exactly as alignTexts does', async () => {
  const plain = alignTexts(report, source);
  const s = scorer(() => 0.5);
  assert.deepEqual(await alignWithScorer(report, source, s, { semantic: { weight: 0, alternatives: 0 } }), plain);
  assert.ok(s.asked.length >= plain.alignments.length, 'the model was asked about every linked passage');
});

test("the model's answer decides: a model that rejects everything links nothing, one that accepts links more", async () => {
  const plain = alignTexts(report, source);
  const none = await alignWithScorer(
    report,
    source,
    scorer(() => 0),
    { semantic: { weight: 1 } },
  );
  assert.equal(none.alignments.length, 0);
  const all = scorer(() => 1);
  const more = await alignWithScorer(report, source, all, { semantic: { weight: 1, alternatives: 0 } });
  assert.ok(more.alignments.length > plain.alignments.length, `${more.alignments.length} > ${plain.alignments.length}`);
  // The model reads the passages' texts: each report passage is a piece of the report, each source one of the source.
  for (const p of all.asked) {
    assert.ok(report.includes(p.report), p.report);
    for (const part of p.source.split(' … ')) assert.ok(source.includes(part), part);
  }
  assert.equal(
    new Set(all.asked.map((p) => `${p.report}\u0000${p.source}`)).size,
    all.asked.length,
    'each pair asked once',
  );
});

test('alternatives let the model move a passage to another place; a translation pair never asks the model', async () => {
  const plain = alignTexts(report, source);
  // A model that prefers, for every passage, the place that comes last in the source.
  const last = scorer((p) => Math.min(1, source.indexOf(p.source.split(' … ')[0]!) / source.length + 0.5));
  const moved = await alignWithScorer(report, source, last, { semantic: { weight: 1, alternatives: 3 } });
  const starts = (r: typeof plain) => r.alignments.map((a) => a.source[0]!.start).join(',');
  assert.notEqual(starts(moved), starts(plain));
  const zh = scorer(() => 1);
  const translation = await alignWithScorer('The economy grew.', '经济增长了。', zh);
  assert.equal(zh.asked.length, 0);
  assert.deepEqual(translation, alignTexts('The economy grew.', '经济增长了。'));
});

test('a model that answers the wrong number of pairs, or no probability, is an error that names it', async () => {
  const short: PairScorer = { name: 'short', score: async () => [] };
  await assert.rejects(alignWithScorer(report, source, short), /model "short" must answer one probability/);
  const wild: PairScorer = { name: 'wild', score: async (pairs) => pairs.map(() => 7) };
  await assert.rejects(alignWithScorer(report, source, wild), /model "wild"/);
  await assert.rejects(
    alignWithScorer(report, source, wild, { semantic: { weight: 2 } }),
    /weight must be between 0 and 1/,
  );
});
