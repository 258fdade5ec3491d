import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AlignResult, Alignment, QuoteCheck } from '../types.ts';
import { buildKey, defaultExercises, type KeyInput } from './build-key.ts';
import type { KeyItem } from './types.ts';

const report = 'The minister slammed the plan. "We will cut costs by 30%," she said. Markets fell on Monday.';
const source = 'Minister: The plan is poor. We will cut costs by 20%. Thank you. We also expect growth.';

const at = (text: string, piece: string) => {
  const start = text.indexOf(piece);
  assert.ok(start >= 0, `"${piece}" is in the text`);
  return { start, end: start + piece.length };
};

/** One line per key item: `id label side "text"`, the compact form the tests compare. */
const showKey = (key: readonly KeyItem[]) =>
  key.map(
    (k) =>
      `${k.id} ${k.label} "${k.spans.map((s) => (k.side === 'report' ? report : source).slice(s.start, s.end)).join(' … ')}"`,
  );

const alignment = (fields: Partial<Alignment> & Pick<Alignment, 'report' | 'source'>): Alignment => ({
  kind: 'paraphrase',
  score: 0.8,
  diff: [],
  flags: [],
  flagDetails: [],
  ...fields,
});

const quote: QuoteCheck = {
  report: [at(report, 'We will cut costs by 30%,')],
  verdict: 'altered',
  source: [at(source, 'We will cut costs by 20%.')],
  alignment: 1,
  flag: 'misquote',
  message: 'the report says 30%, the source 20%',
  diff: [],
  hidden: [],
  inserted: [],
  unfound: [],
  words: 6,
};

const result: AlignResult = {
  version: 1,
  report: { length: report.length },
  source: { length: source.length },
  alignments: [
    alignment({
      report: [at(report, 'The minister slammed the plan.')],
      source: [at(source, 'The plan is poor.')],
      flags: ['sharpened'],
      flagDetails: [{ flag: 'sharpened', report: at(report, 'slammed'), message: 'the report adds "slammed"' }],
    }),
    alignment({
      report: [at(report, '"We will cut costs by 30%," she said.')],
      source: [at(source, 'We will cut costs by 20%.')],
      kind: 'quote',
      flags: ['misquote', 'number-changed'],
      flagDetails: [
        { flag: 'number-changed', report: at(report, '30%'), message: '30% in the report, 20% in the source' },
      ],
    }),
  ],
  added: [at(report, 'Markets fell on Monday.')],
  omitted: [at(source, 'We also expect growth.')],
  regions: [{ start: 0, end: source.length }],
  quotes: [quote],
};

test('a key holds every finding: quotes by verdict, paraphrases, flags, added, then left out in the source', () => {
  assert.deepEqual(showKey(buildKey(result)), [
    'k1 paraphrase "The minister slammed the plan."',
    'k2 sharpened "slammed"',
    'k3 quote-changed "We will cut costs by 30%,"',
    'k4 number-changed "30%"',
    'k5 added "Markets fell on Monday."',
    'k6 left-out "We also expect growth."',
  ]);
});

test('the evidence of a quote is the quote check’s: both passages and its message', () => {
  const item = buildKey(result).find((k) => k.label === 'quote-changed')!;
  assert.deepEqual(item.evidence.source, quote.source);
  assert.equal(item.note, 'the report says 30%, the source 20%');
});

test('corrections apply: a rejected alignment teaches nothing, nor do the quotes it carries; teacher marks count', () => {
  const corrected: KeyInput = {
    alignments: [
      { ...result.alignments[0]!, matcherIndex: 0, rejected: false },
      { ...result.alignments[1]!, matcherIndex: 1, rejected: true },
      // A teacher's own link of the quote: no quote check saw it, so its diff decides (no change: exact).
      {
        ...alignment({ report: [at(report, 'We will cut costs')], source: [at(source, 'We will cut costs')] }),
        kind: 'quote',
        matcherIndex: null,
      },
    ],
    added: [],
    omitted: [at(source, 'Thank you.'), at(source, 'We also expect growth.')],
    quotes: result.quotes,
  };
  assert.deepEqual(showKey(buildKey(corrected)), [
    'k1 paraphrase "The minister slammed the plan."',
    'k2 sharpened "slammed"',
    'k3 quote-exact "We will cut costs"',
    'k4 left-out "Thank you."',
    'k5 left-out "We also expect growth."',
  ]);
});

test('new packs ask for every change but not paraphrases or one-word exact quotes (terms)', () => {
  const term = { ...quote, report: [at(report, 'plan')], verdict: 'exact' as const, alignment: 0, message: undefined };
  const key = buildKey({ ...result, quotes: [quote, term] });
  assert.deepEqual(showKey(key.filter((k) => defaultExercises(key, report).includes(k.id))), [
    'k2 sharpened "slammed"',
    'k4 quote-changed "We will cut costs by 30%,"',
    'k5 number-changed "30%"',
    'k6 added "Markets fell on Monday."',
    'k7 left-out "We also expect growth."',
  ]);
});

test('a new pack asks for at most three left-out passages, so that it fits one class period', () => {
  const omitted = [0, 10, 20, 30, 40].map((start) => ({ start, end: start + 5 }));
  const key = buildKey({ alignments: [], added: [], omitted });
  assert.equal(defaultExercises(key, report).length, 3);
});
