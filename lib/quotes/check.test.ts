import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentDocument } from '../segment/index.ts';
import { checkQuotes } from './check.ts';
import { indexSource } from './surface.ts';
import type { QuoteCheck } from '../types.ts';

const SOURCE = `MR. SMITH: Well, you know, we will not accept the terms of the deal. The talks with the company will continue on Monday, and we expect an agreement by the end of the month.

Q: And the budget?

MR. SMITH: The city will spend 40 million dollars on new parks — 12 of them — this year. We're not trying to close the libraries, but we're — what we're trying to do is make them better. It is a cybersecurity problem for every country. Our neighbours said the plan was 'a reckless waste', and we disagree.

MR. JONES: Every country must work together on the climate.`;

const src = indexSource(SOURCE);

function check(report: string): QuoteCheck[] {
  const seg = segmentDocument(report);
  return checkQuotes(report, seg, src);
}
const verdictOf = (report: string) => {
  const [q, ...rest] = check(report);
  assert.equal(rest.length, 0, `one quote in ${report}`);
  return `${q!.verdict}${q!.flag ? ` ${q!.flag}` : ''}`;
};

test('quote verdicts, table', () => {
  const cases: Array<[string, string, string]> = [
    ['exact, straight marks', 'Smith said "we will not accept the terms of the deal."', 'exact'],
    ['exact, curly marks', 'Smith said “we will not accept the terms of the deal.”', 'exact'],
    ['case, punctuation and apostrophes are not differences', 'He said: “We’re not trying to close the libraries.”', 'exact'],
    ['a word break is not a difference', '"It is a cyber security problem for every country," he said.', 'exact'],
    ['a quote within a quote', 'He said "our neighbours said the plan was ‘a reckless waste’."', 'exact'],
    ['an elision mark hides words', '"The city will spend 40 million dollars … this year," Smith said.', 'elided'],
    ['a bracketed elision', '"The talks [...] will continue on Monday," he said.', 'elided'],
    ['an editorial bracket puts in words', '"The talks with [Acme] will continue on Monday," he said.', 'elided wording-differs'],
    ['a plural made singular', '"The talk with the company will continue on Monday," he said.', 'altered wording-differs'],
    ['a preposition swapped', '"The talks with the company will continue by Monday," he said.', 'altered wording-differs'],
    ['a pronoun changed', '"What we\'re trying to do is make it better," he said.', 'altered wording-differs'],
    ['a content word changed', '"The talks with the firm will continue on Monday," he said.', 'altered misquote'],
    ['a number changed', '"The city will spend 60 million dollars on new parks," he said.', 'altered misquote'],
    ['a negation dropped', '"We will accept the terms of the deal," he said.', 'altered misquote'],
    ['a filler dropped', '"Well, we will not accept the terms of the deal," he said.', 'altered wording-differs'],
    ['a British spelling made American', '"Our neighbors said the plan was a reckless waste," he said.', 'altered wording-differs'],
    ['another word that only looks alike', '"Our neighbours said the plan was a reckless haste," he said.', 'altered misquote'],
    ['a word moved', '"The talks will continue with the company on Monday," he said.', 'altered wording-differs'],
    ['words dropped between two sentences without a mark', '"We\'re not trying to close the libraries. What we\'re trying to do is make them better."', 'altered wording-differs'],
    ['two places joined without a mark', '"We will not accept the terms of the deal. It is a cybersecurity problem for every country."', 'altered misquote'],
    ['two places joined with a mark', '"We will not accept the terms of the deal … It is a cybersecurity problem for every country."', 'elided'],
    ['a stitched quote with one altered piece', '"We will not accept the terms … It is a security problem for every nation."', 'altered misquote'],
    ['not in the source', '"Nobody here has ever seen such a generous offer from anyone," he said.', 'not-in-source'],
  ];
  for (const [name, report, expected] of cases) assert.equal(verdictOf(report), expected, name);
});

test('an interrupted quote is one quote of two stretches, each checked', () => {
  const report = '"The talks with the company will continue on Monday," Smith said, "and we expect an agreement by the end of the month."';
  const [q, ...rest] = check(report);
  assert.equal(rest.length, 0);
  assert.equal(q!.report.length, 2);
  assert.equal(q!.verdict, 'exact');
  const altered = check('"The talks with the company will continue on Monday," Smith said, "and we expect a deal by the end of the month."');
  assert.equal(altered[0]!.verdict, 'altered');
  assert.equal(altered[0]!.flag, 'misquote');
});

test('a quote run on across paragraphs is one quote', () => {
  const report = 'Smith said: "The talks with the company will continue on Monday.\n\n"We expect an agreement by the end of the month."';
  const [q, ...rest] = check(report);
  assert.equal(rest.length, 0);
  assert.equal(q!.report.length, 2);
  assert.equal(q!.verdict, 'exact');
});

test('an elided quote shows what the mark hides, and an altered one names the words', () => {
  const [elided] = check('"The city will spend 40 million dollars … this year," Smith said.');
  assert.deepEqual(elided!.hidden.map((s) => SOURCE.slice(s.start, s.end)), ['on new parks — 12 of them —']);
  const report = '"The city will spend 60 million dollars on new parks," he said.';
  const [altered] = check(report);
  assert.match(altered!.message!, /"40" → "60"/);
  const added = altered!.diff.find((d) => d.op === 'added');
  assert.equal(added && report.slice(added.report.start, added.report.end), '60');
});

test('a quote not in the source names the nearest place when one comes close, and none otherwise', () => {
  const [near] = check('"Every nation must work together on the oceans, on fisheries and on trade," he said.');
  assert.equal(near!.verdict, 'not-in-source');
  assert.ok(near!.source.length > 0);
  assert.match(SOURCE.slice(near!.source[0]!.start, near!.source[0]!.end), /work together/);
  const [none] = check('"Zebras graze quietly," he said.');
  assert.equal(none!.verdict, 'not-in-source');
  assert.deepEqual(none!.source, []);
});

test('every span lies inside its text', () => {
  const report = '"The talks with the firm will continue on Monday," he said. "We will accept … this year."';
  for (const q of check(report)) {
    for (const s of [...q.report, ...q.unfound, ...q.inserted]) assert.ok(s.start >= 0 && s.start < s.end && s.end <= report.length);
    for (const s of [...q.source, ...q.hidden]) assert.ok(s.start >= 0 && s.start < s.end && s.end <= SOURCE.length);
  }
});

test('a quoted name in title case is a term: checked and listed, but it flags no alignment', async () => {
  const { alignTexts } = await import('../align.ts');
  const report = 'Smith said the talks with the "Acme Widgets" company would continue on Monday.';
  const r = alignTexts(report, SOURCE);
  assert.equal(r.quotes?.length, 1);
  assert.equal(r.quotes![0]!.verdict, 'not-in-source');
  assert.ok(r.alignments.length >= 1);
  assert.ok(r.alignments.every((a) => !a.flags.includes('misquote')), 'a name in quote marks is not a misquote');
});
