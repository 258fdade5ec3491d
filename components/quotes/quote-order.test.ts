import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PresentedQuote } from '../../lib/present.ts';
import { byImportance, firstAlteredAlignment } from './quote-order.ts';

const quote = (
  number: number,
  verdict: PresentedQuote['verdict'],
  alignment: number | null,
  flag?: PresentedQuote['flag'],
) =>
  ({
    number,
    verdict,
    alignment,
    flag,
    label: verdict,
    text: '',
    sourceText: '',
    diff: [],
    hidden: [],
  }) as PresentedQuote;

test('misquotes first, then differing wording, not in the source, elided and exact, in report order within each', () => {
  const quotes = [
    quote(1, 'exact', 1),
    quote(2, 'altered', 2, 'wording-differs'),
    quote(3, 'elided', 3),
    quote(4, 'not-in-source', null),
    quote(5, 'altered', 5, 'misquote'),
    quote(6, 'altered', 6, 'misquote'),
  ];
  assert.deepEqual(
    byImportance(quotes).map((q) => q.number),
    [5, 6, 2, 4, 3, 1],
  );
});

test('the view opens on the alignment of the first altered quote that has one', () => {
  assert.equal(
    firstAlteredAlignment([
      quote(1, 'exact', 1),
      quote(2, 'altered', null, 'misquote'),
      quote(3, 'altered', 4, 'wording-differs'),
    ]),
    4,
  );
  assert.equal(firstAlteredAlignment([quote(1, 'exact', 1)]), null);
  assert.equal(firstAlteredAlignment(null), null);
});
