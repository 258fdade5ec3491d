import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';
import type { Verifier } from './verifier.ts';

const source = 'MR. SMITH: The talks with the company will continue on Monday. The city will spend 40 million dollars on new parks this year.';
const report = 'Smith said the talks with the company would go on Monday. He said the city would spend 40 million dollars on parks.';

const fixed = (answer: (n: number) => number, seen: string[] = []): Verifier => ({
  name: 'fixed',
  threshold: 0.5,
  verify: (candidates) =>
    candidates.map((c, k) => {
      seen.push(report.slice(c.report.start, c.report.end));
      return answer(k);
    }),
});

test('the verifier decides which candidates link, and its probability is the score', () => {
  const none = alignTexts(report, source, { verifier: fixed(() => 0) });
  assert.equal(none.alignments.length, 0);
  const added = none.added.map((s) => report.slice(s.start, s.end)).join(' ');
  assert.ok(added.includes('talks with the company') && added.includes('40 million'), 'what the verifier accepts nothing of is the report’s own');
  const seen: string[] = [];
  const all = alignTexts(report, source, { verifier: fixed(() => 0.75, seen) });
  assert.ok(all.alignments.length >= 2);
  assert.ok(all.alignments.every((a) => a.score === 0.75));
  assert.ok(seen.some((t) => t.includes('40 million')), 'each candidate comes with its report passage');
  const firstOnly = alignTexts(report, source, { verifier: fixed((k) => (k === 0 ? 0.9 : 0.1)) });
  assert.equal(firstOnly.alignments.length, 1);
});

test('a verifier that answers the wrong number of candidates is refused by name', () => {
  const broken: Verifier = { name: 'broken', threshold: 0.5, verify: () => [] };
  assert.throws(() => alignTexts(report, source, { verifier: broken }), /verifier "broken" answered 0 of \d+ candidates/);
});

test('a verifier that judges alternatives may link a passage to another place than assignment chose', () => {
  const src = 'MR. SMITH: The talks with the company will continue on Monday.\n\nQ: And the union?\n\nMR. JONES: Talks with the union will continue on Monday too.';
  const rep = 'The talks with the company will continue on Monday, Smith said.';
  const jones = src.indexOf('Talks with the union');
  const prefersJones: Verifier = {
    name: 'prefers-jones',
    threshold: 0.5,
    alternatives: 3,
    verify: (candidates) => candidates.map((c) => (c.source.some((s) => s.start <= jones && s.end > jones) ? 0.9 : 0.2)),
  };
  const plain = alignTexts(rep, src);
  assert.ok(plain.alignments[0]!.source[0]!.start < jones, 'assignment picks the sentence that says it');
  const moved = alignTexts(rep, src, { verifier: prefersJones });
  assert.equal(moved.alignments.length, 1);
  assert.ok(moved.alignments[0]!.source[0]!.start >= jones, 'the verifier’s likeliest place wins');
  assert.equal(moved.alignments[0]!.score, 0.9);
});
