import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, passageText, presentResult, unionSpans } from './present.ts';
import type { AlignResult, Alignment } from './types.ts';

const at = (text: string, piece: string, from = 0) => {
  const start = text.indexOf(piece, from);
  assert.ok(start >= 0, `"${piece}" is in the text`);
  return { start, end: start + piece.length };
};

const report = 'BEIJING -- He said the plan was bad. "We reject it," he added.\n\nOther news follows here.';
const source = 'Q: What about the plan?\n\nA: The plan is very bad. We firmly reject it.\n\nNext question.';

function alignment(fields: Partial<Alignment> & Pick<Alignment, 'report' | 'source'>): Alignment {
  return { kind: 'paraphrase', score: 0.8, diff: [], flags: [], flagDetails: [], ...fields };
}

// Listed out of reading order on purpose: numbering follows the report.
const result: AlignResult = {
  version: 1,
  report: { length: report.length },
  source: { length: source.length },
  alignments: [
    alignment({
      report: [at(report, '"We reject it," he added.')],
      source: [at(source, 'We firmly reject it.')],
      kind: 'quote',
      score: 0.7,
      flags: ['misquote'],
      diff: [
        { op: 'same', report: at(report, 'We'), source: at(source, 'We firmly') },
        { op: 'omitted', source: at(source, 'firmly') },
        { op: 'added', report: at(report, 'he added') },
      ],
    }),
    alignment({
      report: [at(report, 'He said the plan was bad.')],
      source: [at(source, 'The plan is very bad.')],
      diff: [{ op: 'omitted', source: at(source, 'very') }],
    }),
  ],
  added: [at(report, 'Other news follows here.')],
  omitted: [at(source, 'What about the plan?')],
  regions: [at(source, 'Q: What about the plan?\n\nA: The plan is very bad. We firmly reject it.')],
};

test('presentResult numbers alignments in report order and keeps their index in the raw result', () => {
  const p = presentResult(result, report, source);
  assert.deepEqual(
    p.alignments.map((a) => `${a.number}:${a.index}:${a.kind}:${a.reportText}`),
    ['1:1:paraphrase:He said the plan was bad.', '2:0:quote:"We reject it," he added.'],
  );
});

test('presentResult counts the words only one side has and marks flagged quotes as altered', () => {
  const [first, second] = presentResult(result, report, source).alignments;
  assert.deepEqual([first!.wordsAdded, first!.wordsOmitted, first!.altered], [0, 1, false]);
  assert.deepEqual([second!.wordsAdded, second!.wordsOmitted, second!.altered], [2, 1, true]);
});

test('presentResult summarises kinds, lists and shares', () => {
  const { summary } = presentResult(result, report, source);
  assert.deepEqual(
    { ...summary, reportLinked: summary.reportLinked.toFixed(2), sourceReported: summary.sourceReported.toFixed(2) },
    {
      alignments: 2,
      quotes: 1,
      exactQuotes: 0,
      alteredQuotes: 1,
      paraphrases: 1,
      partial: 0,
      added: 1,
      omitted: 1,
      // Linked: 20 + 21 non-space units; added: 21.
      reportLinked: (41 / 62).toFixed(2),
      // Covered: "Q: What about the plan?" (19) + "A: The plan is very bad. We firmly reject it." (36); reported 17 + 17.
      sourceReported: (34 / 55).toFixed(2),
    },
  );
});

test('presentResult lists added and omitted spans with their collapsed text', () => {
  const p = presentResult(result, report, source);
  assert.deepEqual(
    p.added.map((s) => `${s.number}:${s.text}`),
    ['1:Other news follows here.'],
  );
  assert.deepEqual(
    p.omitted.map((s) => `${s.number}:${s.text}`),
    ['1:What about the plan?'],
  );
});

test('presentResult gives paragraphs of both texts and coverage as fractions of the source', () => {
  const p = presentResult(result, report, source);
  assert.deepEqual(
    p.reportParagraphs.map((s) => report.slice(s.start, s.end)),
    ['BEIJING -- He said the plan was bad. "We reject it," he added.', 'Other news follows here.'],
  );
  assert.equal(p.sourceParagraphs.length, 3);
  assert.deepEqual(p.coverage.regions, [{ from: 0, to: result.regions[0]!.end / source.length }]);
  assert.deepEqual(
    p.coverage.passages.map((x) => x.number),
    [1, 2],
  );
});

test('presentResult refuses texts the result was not made for', () => {
  assert.throws(() => presentResult(result, report + ' ', source), /report has length/);
  assert.throws(() => presentResult(result, report, source.slice(1)), /source has length/);
});

test('presentResult of an empty result has zero shares, not NaN', () => {
  const empty: AlignResult = {
    version: 1,
    report: { length: 3 },
    source: { length: 3 },
    alignments: [],
    added: [],
    omitted: [],
    regions: [],
  };
  const { summary } = presentResult(empty, 'abc', 'def');
  assert.equal(summary.reportLinked, 0);
  assert.equal(summary.sourceReported, 0);
});

test('countWords counts words with inner apostrophes, hyphens and number punctuation as one', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['  , . ', 0],
    ["China's zero-sum view", 3],
    ['1,000.5 dollars', 2],
    ['“Quoted” — words…', 2],
    ['中国 反对', 2],
  ];
  for (const [text, n] of cases) assert.equal(countWords(text, [{ start: 0, end: text.length }]), n, text);
});

test('passageText joins spans with an ellipsis and collapses whitespace', () => {
  const text = 'one\n two   three four';
  assert.equal(
    passageText(text, [
      { start: 0, end: 8 },
      { start: 14, end: 21 },
    ]),
    'one two … ee four',
  );
});

test('unionSpans merges overlapping and touching spans and drops empty ones', () => {
  assert.deepEqual(
    unionSpans([
      { start: 5, end: 8 },
      { start: 0, end: 2 },
      { start: 2, end: 3 },
      { start: 6, end: 10 },
      { start: 4, end: 4 },
    ]),
    [
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ],
  );
});
