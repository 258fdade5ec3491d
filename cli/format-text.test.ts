import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../lib/align.ts';
import { formatText, joinSpans, renderDiff } from './format-text.ts';
import type { AlignResult, DiffPart } from '../lib/types.ts';

// Spans are found by searching the texts, so the tests read like the texts they are about.
const spanOf = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `${words} not in text`);
  return { start, end: start + words.length };
};

const REPORT = 'The U.S. slammed the plan, Wang said.';
const SOURCE = 'Wang Wenbin: The US criticized the  plan\r\nat length.';

test("renderDiff marks report-only words {+…+} and source-only words [-…-], keeping the report's punctuation", () => {
  const r = (w: string) => spanOf(REPORT, w);
  const s = (w: string) => spanOf(SOURCE, w);
  const diff: DiffPart[] = [
    { op: 'same', report: r('The'), source: s('The') },
    { op: 'same', report: r('U.S.'), source: s('US') },
    { op: 'omitted', source: s('criticized') },
    { op: 'added', report: r('slammed') },
    { op: 'same', report: r('the'), source: s('the') },
    { op: 'same', report: r('plan'), source: s('plan') },
    { op: 'omitted', source: s('at') },
    { op: 'omitted', source: s('length') },
  ];
  assert.equal(renderDiff(diff, REPORT, SOURCE), 'The U.S. [-criticized-] {+slammed+} the plan [-at length-]');
});

test('renderDiff keeps a comma between report words and puts a space after an omitted mark', () => {
  const report = 'plan, divide';
  const source = 'plan and split';
  const diff: DiffPart[] = [
    { op: 'same', report: spanOf(report, 'plan'), source: spanOf(source, 'plan') },
    { op: 'omitted', source: spanOf(source, 'and') },
    { op: 'same', report: spanOf(report, 'divide'), source: spanOf(source, 'split') },
  ];
  assert.equal(renderDiff(diff, report, source), 'plan [-and-] , divide');
});

test('joinSpans shows short gaps as written and long gaps as an ellipsis, whitespace squashed', () => {
  const text = 'First part,\r\n  second part. ' + 'x'.repeat(60) + ' Far away.';
  assert.equal(joinSpans(text, [spanOf(text, 'First part'), spanOf(text, 'second part')]), 'First part, second part');
  assert.equal(joinSpans(text, [spanOf(text, 'second part'), spanOf(text, 'Far away')]), 'second part … Far away');
});

const result: AlignResult = {
  version: 1,
  report: { length: REPORT.length },
  source: { length: SOURCE.length },
  alignments: [
    {
      report: [spanOf(REPORT, 'The U.S. slammed the plan')],
      source: [spanOf(SOURCE, 'The US criticized the  plan')],
      kind: 'paraphrase',
      score: 0.8125,
      diff: [
        { op: 'same', report: spanOf(REPORT, 'The U.S.'), source: spanOf(SOURCE, 'The US') },
        { op: 'added', report: spanOf(REPORT, 'slammed') },
        { op: 'omitted', source: spanOf(SOURCE, 'criticized') },
        { op: 'same', report: spanOf(REPORT, 'the plan'), source: spanOf(SOURCE, 'the  plan') },
      ],
      flags: ['sharpened'],
      flagDetails: [{ flag: 'sharpened', message: '"criticized" → "slammed" (stronger)' }],
    },
  ],
  added: [],
  omitted: [spanOf(SOURCE, 'at length.')],
  regions: [{ start: 0, end: SOURCE.length }],
};

test('formatText: numbered alignments with kind, score, flags and reasons, passages, diff; then lists and summary', () => {
  assert.equal(
    formatText(result, REPORT, SOURCE, { color: false }),
    [
      '#1  paraphrase  score 0.813  flags: sharpened',
      '    sharpened: "criticized" → "slammed" (stronger)',
      '    report  0–25  The U.S. slammed the plan',
      '    source  13–40  The US criticized the plan',
      '    diff    The U.S. {+slammed+} [-criticized-] the plan',
      '',
      'Quotes (0 quotes): none',
      '',
      'Added: report text with no counterpart in the source (0): none',
      '',
      'Omitted: source statements the report leaves out (1)',
      '  - 42–52  at length.',
      '',
      '1 alignment (0 quote, 1 paraphrase, 0 partial; 1 flagged), 0 added, 1 omitted; report 37 chars, source 52 chars',
      '',
    ].join('\n'),
  );
});

test('formatText with colour wraps marks in ANSI codes and leaves the words unchanged', () => {
  const coloured = formatText(result, REPORT, SOURCE, { color: true });
  assert.match(coloured, /\x1b\[32m\{\+slammed\+\}\x1b\[39m/);
  assert.equal(coloured.replace(/\x1b\[\d+m/g, ''), formatText(result, REPORT, SOURCE, { color: false }));
});

test('formatText: the Quotes section lists every quote with its verdict in words, its place and the diff of an altered one', () => {
  const source =
    'MR. SMITH: We will not accept the terms of the deal. The talks with the company will continue on Monday.';
  const report =
    'Smith said "we will not accept the terms of the deal." He added: "The talks with the firm will continue on Monday."';
  const text = formatText(alignTexts(report, source), report, source, { color: false });
  const section = text.slice(text.indexOf('Quotes ('), text.indexOf('Added:'));
  assert.match(section, /^Quotes \(2 quotes: 1 exact, 1 altered\)/);
  assert.match(
    section,
    /= exact {2}alignment #\d+\n {4}quote {3}\d+–\d+ {2}"we will not accept the terms of the deal\."/,
  );
  assert.match(section, /≠ altered \(misquote\)/);
  assert.match(section, /diff {4}The talks with the \{\+firm\+\} \[-company-\] will continue on Monday/);
  assert.match(section, /misquote: inside quote marks, the words differ from the source: "company" → "firm"/);
});

test('a translation pair is shown as each side marked on its own, not as one reading line', () => {
  const report = 'Over 9 million new jobs were created, Premier Li said.';
  const source = '城镇新增就业900万人。';
  const text = formatText(alignTexts(report, source), report, source, { color: false });
  const marks = text.split('\n').filter((l) => /^ {4}marks {3}| {12}\S/.test(l));
  assert.equal(marks.length, 2, text);
  assert.match(marks[0]!, /\{\+[^}]*Premier Li[^}]*\+\}/, 'the English words with no counterpart');
  assert.match(marks[0]!, /9 million new jobs/, 'the English words with one stay plain');
  assert.match(marks[1]!, /\[-城镇-\]新增就业900万人/, 'the original shown exactly, its own words struck');
  assert.ok(!/\n {4}diff /.test(text), 'no reading line');
});

test('a pair aligned as a translation by a language the caller gave is marked side by side, however short', () => {
  const report = 'The government will cut taxes.';
  const source = 'Die Regierung senkt vielleicht die Steuern.';
  const dictionary = {
    language: 'de' as const,
    glosses: new Map([
      ['regierung', 'government'],
      ['senkt', 'cuts lowers'],
      ['steuern', 'taxes'],
      ['vielleicht', 'perhaps maybe'],
    ]),
  };
  const result = alignTexts(report, source, { sourceLanguage: 'de', dictionaries: [dictionary] });
  assert.equal(result.alignments.length, 1);
  // Too short to tell German from English by its words: without the caller's word, one reading line.
  assert.match(formatText(result, report, source, { color: false }), /\n {4}diff /);
  const text = formatText(result, report, source, { color: false, translation: true });
  assert.ok(!/\n {4}diff /.test(text), text);
  assert.match(text, /\n {12}Die Regierung senkt \[-vielleicht-\] die Steuern\./);
});
