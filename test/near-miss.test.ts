// Regression: the Zhang Jun report shares the Wang Wenbin briefing's themes ("small circle", technology
// monopoly, politicising science) without reporting any of its statements (seeds/manifest.json calls it a
// near-miss). Topic similarity alone must not make a match (issue 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { alignTexts } from '../lib/index.ts';

const seed = (name: string) => readFileSync(new URL(`../seeds/${name}.txt`, import.meta.url), 'utf8');

test('near miss: a report on the same themes aligns with nothing and leaves nothing out', () => {
  const report = seed('chinanews-zhang-jun-unsc-technology-security');
  const source = seed('mfa-2021-12-09-wang-wenbin-press-conference');
  const result = alignTexts(report, source);
  const shown = result.alignments.map((a) => `${a.score} ${report.slice(a.report[0]!.start, a.report[0]!.end).slice(0, 60)}`);
  assert.deepEqual(shown, []);
  assert.deepEqual(result.omitted, []);
  assert.ok(result.added.length > 3, 'its statements are all the report’s own');
});

test('near miss: the true report of the same briefing still aligns', () => {
  const result = alignTexts(seed('xinhua-2021-12-09-wang-wenbin-summit-for-democracy'), seed('mfa-2021-12-09-wang-wenbin-press-conference'));
  assert.ok(result.alignments.length >= 10);
});
