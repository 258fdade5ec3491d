import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContract, roundScore, toContract } from './contract.ts';
import type { AlignResult, Span } from './types.ts';

// A result as the matcher may return it: spans carrying extra fields, flag details, regions.
const withExtra = (start: number, end: number): Span => ({ start, end, index: 3, sentence: 1 }) as Span;
const raw: AlignResult = {
  version: 1,
  report: { length: 40 },
  source: { length: 100 },
  alignments: [
    {
      report: [withExtra(0, 20)],
      source: [withExtra(10, 30), withExtra(50, 60)],
      kind: 'quote',
      score: 0.83456,
      diff: [
        { op: 'same', report: withExtra(0, 5), source: withExtra(10, 15) },
        { op: 'added', report: withExtra(6, 12) },
        { op: 'omitted', source: withExtra(16, 22) },
      ],
      flags: ['misquote', 'sharpened'],
      flagDetails: [{ flag: 'sharpened', message: '"said" → "slammed" (stronger)' }],
    },
  ],
  added: [withExtra(25, 40)],
  omitted: [withExtra(70, 90)],
  regions: [withExtra(0, 100)],
  quotes: [
    { report: [withExtra(1, 19)], verdict: 'altered', source: [withExtra(10, 30)], alignment: 0, flag: 'misquote', message: 'x', diff: [], hidden: [], inserted: [], unfound: [], words: 4 },
  ],
};

test('toContract keeps exactly the contract fields, in contract order', () => {
  const c = toContract(raw);
  assert.deepEqual(Object.keys(c), ['version', 'report', 'source', 'alignments', 'added', 'omitted', 'quotes']);
  assert.deepEqual(Object.keys(c.alignments[0]!), ['report', 'source', 'kind', 'score', 'diff', 'flags']);
  assert.equal(
    JSON.stringify(c),
    JSON.stringify({
      version: 1,
      report: { length: 40 },
      source: { length: 100 },
      alignments: [
        {
          report: [{ start: 0, end: 20 }],
          source: [
            { start: 10, end: 30 },
            { start: 50, end: 60 },
          ],
          kind: 'quote',
          score: 0.835,
          diff: [
            { op: 'same', report: { start: 0, end: 5 }, source: { start: 10, end: 15 } },
            { op: 'added', report: { start: 6, end: 12 } },
            { op: 'omitted', source: { start: 16, end: 22 } },
          ],
          flags: ['misquote', 'sharpened'],
        },
      ],
      added: [{ start: 25, end: 40 }],
      omitted: [{ start: 70, end: 90 }],
      quotes: [{ report: [{ start: 1, end: 19 }], verdict: 'altered', source: [{ start: 10, end: 30 }], alignment: 0 }],
    }),
  );
});

test('toContract does not share arrays with the raw result', () => {
  const c = toContract(raw);
  c.alignments[0]!.flags.push('softened');
  assert.deepEqual(raw.alignments[0]!.flags, ['misquote', 'sharpened']);
});

test('roundScore rounds to 3 decimals', () => {
  for (const [x, want] of [
    [0.8345, 0.835],
    [0.12345, 0.123],
    [1, 1],
    [0, 0],
    [0.9999, 1],
  ] as const)
    assert.equal(roundScore(x), want, String(x));
});

test('checkContract accepts what toContract makes', () => {
  assert.deepEqual(checkContract(toContract(raw), 40, 100), []);
});

test('checkContract names every break of the contract', () => {
  const bad = (patch: (c: ReturnType<typeof toContract>) => void): string[] => {
    const c = structuredClone(toContract(raw));
    patch(c);
    return checkContract(c, 40, 100);
  };
  const table: [string, (c: ReturnType<typeof toContract>) => void, string][] = [
    ['start = end', (c) => void (c.added[0] = { start: 30, end: 30 }), 'added[0]: bad span 30..30'],
    [
      'end past the text',
      (c) => void (c.omitted[0] = { start: 90, end: 101 }),
      'omitted[0]: bad span 90..101 (text length 100)',
    ],
    [
      'negative start',
      (c) => void (c.alignments[0]!.report[0] = { start: -1, end: 3 }),
      'alignments[0].report[0]: bad span -1..3',
    ],
    [
      'fractional offset',
      (c) => void (c.added[0] = { start: 1.5, end: 3 }),
      'added[0]: not a {start, end} span of integers',
    ],
    [
      'extra span field',
      (c) => void (c.added[0] = { start: 1, end: 3, text: 'x' } as Span),
      'added[0]: extra fields text',
    ],
    ['no source spans', (c) => void (c.alignments[0]!.source = []), 'alignments[0].source: empty'],
    [
      'unknown kind',
      (c) => void ((c.alignments[0] as { kind: string }).kind = 'summary'),
      'alignments[0].kind: "summary"',
    ],
    ['score above 1', (c) => void (c.alignments[0]!.score = 1.2), 'alignments[0].score: 1.2'],
    ['wrong length', (c) => void (c.report.length = 41), 'report.length: not 40'],
    [
      'added part with a source side',
      (c) =>
        void (c.alignments[0]!.diff[1] = {
          op: 'added',
          report: { start: 6, end: 12 },
          source: { start: 1, end: 2 },
        } as never),
      'alignments[0].diff[1]: an added part has no source side',
    ],
    [
      'diff span past the source',
      (c) => void (c.alignments[0]!.diff[2] = { op: 'omitted', source: { start: 99, end: 120 } }),
      'alignments[0].diff[2].source: bad span 99..120',
    ],
  ];
  for (const [name, patch, fragment] of table) {
    const problems = bad(patch);
    assert.ok(
      problems.some((p) => p.includes(fragment)),
      `${name}: expected a problem containing ${JSON.stringify(fragment)}, got ${JSON.stringify(problems)}`,
    );
  }
});

test('checkContract rejects what is not an object', () => {
  assert.deepEqual(checkContract(null, 1, 1), ['result: not an object']);
  assert.deepEqual(checkContract([], 1, 1), ['result: not an object']);
});
