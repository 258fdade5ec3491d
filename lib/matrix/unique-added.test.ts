import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUniqueAdded } from './unique-added.ts';
import type { AlignResult, Span } from '../types.ts';

function at(text: string, piece: string): Span {
  const start = text.indexOf(piece);
  assert.ok(start >= 0, `"${piece}" is in the text`);
  return { start, end: start + piece.length };
}

/** A pairwise result that only lists `added` passages: all the test looks at. */
const addedOnly = (report: string, added: string[]): AlignResult => ({
  version: 1,
  report: { length: report.length },
  source: { length: 0 },
  alignments: [],
  added: added.map((piece) => at(report, piece)),
  omitted: [],
  regions: [],
});

const uniqueTexts = (reports: string[], added: string[][]): string[][] =>
  findUniqueAdded(
    reports,
    reports.map((r, i) => addedOnly(r, added[i]!)),
  ).map((spans, i) => spans.map((s) => reports[i]!.slice(s.start, s.end)));

test('added material another report also has is not unique, whatever the word forms', () => {
  const a =
    'The Justice Department unsealed charges against four Chinese nationals for hacking universities. Zhao spoke on Tuesday.';
  const b =
    'Separately, the Justice Department charged four China nationals with hacking a university. The embassy in Canberra replied.';
  assert.deepEqual(
    uniqueTexts(
      [a, b],
      [
        [
          'The Justice Department unsealed charges against four Chinese nationals for hacking universities.',
          'Zhao spoke on Tuesday.',
        ],
        [
          'Separately, the Justice Department charged four China nationals with hacking a university.',
          'The embassy in Canberra replied.',
        ],
      ],
    ),
    [['Zhao spoke on Tuesday.'], ['The embassy in Canberra replied.']],
  );
});

test('two shared names are not enough to make a passage shared', () => {
  const a = 'Beijing and Washington traded barbs over hacking.';
  const b = 'Beijing hosted a summit while Washington held elections and markets rallied.';
  assert.deepEqual(uniqueTexts([a, b], [[a], [b]]), [[a], [b]]);
});

test('with one report every added passage is unique, and a passage without content words stays unique', () => {
  const a = 'It was so. The ministry rejected the claim.';
  assert.deepEqual(uniqueTexts([a], [['It was so.', 'The ministry rejected the claim.']]), [
    ['It was so.', 'The ministry rejected the claim.'],
  ]);
  assert.deepEqual(uniqueTexts([a, a], [['It was so.'], []]), [['It was so.'], []]);
});
