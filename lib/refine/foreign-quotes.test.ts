import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';

const SOURCE = `Reuters reporter: The mayor announced a new budget for city parks yesterday. What is your comment?

Spokesperson Li: We welcome any effort to improve public spaces. The city will spend 40 million dollars on parks this year. Residents asked for more trees and safer playgrounds.`;

const OWN = 'Li said the city would spend 40 million dollars on parks this year.';

test('foreign quotes: a quote none of whose words the source holds is someone else’s, not a quote of the source', () => {
  const other = 'Councillor Ray Smith called the 40 million dollar parks budget "a reckless waste that abandons our neighbourhoods."';
  const report = `${OWN}\n\n${other}`;
  const r = alignTexts(report, SOURCE);
  assert.equal(r.alignments.length, 1);
  assert.deepEqual(r.added.map((s) => report.slice(s.start, s.end)), [other]);
});

test('foreign quotes: a quote with one word changed is still aligned, and flagged', () => {
  const report = `${OWN}\n\n"The city will gladly spend 40 million dollars on parks this year," Li said.`;
  const r = alignTexts(report, SOURCE);
  const quote = r.alignments.find((a) => a.kind === 'quote');
  assert.ok(quote, 'the altered quote is aligned');
  assert.ok(quote.flags?.includes('misquote'), String(quote.flags));
});
