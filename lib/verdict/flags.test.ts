import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';

const SOURCE = `Spokesperson Li: The future of the Internet should not be controlled by a few countries. It is completely contrary to the spirit of peace and cooperation. The city will spend 40 million dollars on 12 new parks. We firmly support open markets and fair trade.`;

/** The flags of the one alignment of `report`, comma-joined, or `none` when nothing aligned. */
function flagsOf(report: string): string {
  const r = alignTexts(report, SOURCE);
  if (r.alignments.length === 0) return 'none';
  return r.alignments.map((a) => a.flags.join(',') || '-').join(' | ');
}

test('flags: what quote marks promise, table', () => {
  const cases: Array<[string, string, string]> = [
    ['a faithful quote', '"The future of the Internet should not be controlled by a few countries," Li said.', '-'],
    ['a synonym inside the quote is a changed content word', '"The future of the Internet should not be manipulated by a few countries," Li said.', 'misquote'],
    ['a changed function word inside the quote', '"The future of the Internet should not be controlled by the few countries," Li said.', 'wording-differs'],
    ['a dropped intensifier inside the quote', '"It is contrary to the spirit of peace and cooperation," Li said.', 'misquote,softened'],
    ['a changed number inside the quote', '"The city will spend 60 million dollars on 12 new parks," Li said.', 'misquote,number-changed'],
    ['a dropped negation inside the quote', '"The future of the Internet should be controlled by a few countries," Li said.', 'misquote,negation-changed'],
    ['a trimmed quote is not a misquote', 'Li said it was "contrary to the spirit of peace and cooperation."', 'softened'],
    ['a paraphrase with a synonym', 'Li said the future of the Internet should not be manipulated by a few countries.', '-'],
    ['a sharpened reporting of support', 'Li said they strongly support open markets and fair trade.', '-'],
  ];
  for (const [name, report, expected] of cases) assert.equal(flagsOf(report), expected, name);
});
