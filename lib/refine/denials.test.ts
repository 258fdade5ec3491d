import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';
import type { AlignResult } from '../types.ts';

// The pass's own mechanics, under the plain rules: whether the link model keeps a denial is measured by the eval.
const PLAIN = { model: { version: 1 as const } };

// A made-up briefing: the second exchange is an accusation and its rejection.
const SOURCE = [
  'Spokesperson Liu Mei: Good afternoon. The foreign minister will visit Chile and Peru next week.',
  'Reuters: Several governments accused the ministry of running a phishing operation against European banks. What is your response?',
  'Liu Mei: These accusations are baseless. We will never accept them. In fact, our country is itself the largest victim of online fraud. The statistics of our banking regulator show losses of 3 billion yuan last year.',
  'AFP: The typhoon season has started early this year. Will the government send aid to the coastal provinces?',
  'Liu Mei: The relevant departments are preparing relief supplies for the coastal provinces.',
].join('\n\n');

const DENIAL = 'A ministry spokeswoman known for her combative style on Tuesday rejected accusations that Beijing ran a phishing operation aimed at lenders across Europe';
const SAID = 'and said the country was itself the largest victim of online fraud.';

const textOf = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

function alignmentAt(result: AlignResult, report: string, words: string) {
  const at = report.indexOf(words);
  return result.alignments.find((a) => a.report.some((s) => s.start <= at && at < s.end));
}

test('denials: a clause that names what was rejected reports the question and the answer sentences that say no', () => {
  const report = `${DENIAL} ${SAID}\n\nLiu cited figures from the banking regulator showing losses of 3 billion yuan last year.`;
  const result = alignTexts(report, SOURCE, PLAIN);
  const denial = alignmentAt(result, report, 'rejected accusations');
  assert.ok(denial, 'the denial is aligned');
  assert.deepEqual(textOf(report, denial.report), ['rejected accusations that Beijing ran a phishing operation aimed at lenders across Europe']);
  assert.deepEqual(textOf(SOURCE, denial.source), [
    'Several governments accused the ministry of running a phishing operation against European banks.',
    'These accusations are baseless.',
    'We will never accept them.',
  ]);
  assert.equal(denial.kind, 'paraphrase');
  assert.ok(!denial.flags?.includes('negation-changed'), 'the rejecting verb carries the answer\'s "never"');
  // Who rejected it is the report's own description, not part of the statement.
  assert.ok(textOf(report, result.added).includes('A ministry spokeswoman known for her combative style on Tuesday'));
  // The other clause of the sentence stays its own statement.
  const said = alignmentAt(result, report, 'itself the largest victim');
  assert.ok(said && said !== denial);
  assert.deepEqual(textOf(SOURCE, said.source), ['In fact, our country is itself the largest victim of online fraud.']);
});

test('denials: a clause already matched to the question gains the answer sentences that say no', () => {
  const report = 'The spokeswoman rejected accusations that the ministry ran a phishing operation against European banks.';
  const denial = alignmentAt(alignTexts(report, SOURCE, PLAIN), report, 'rejected');
  assert.ok(denial);
  assert.ok(textOf(report, denial.report)[0]!.startsWith('The spokeswoman rejected'), 'a short subject stays with its denial');
  const source = textOf(SOURCE, denial.source);
  assert.ok(source.includes('These accusations are baseless.') && source.includes('We will never accept them.'), source.join(' | '));
  assert.ok(!source.some((s) => s.includes('largest victim')), 'sentences that do not say no stay out');
});

test('denials: not found where the report does not draw on the exchange, or nothing asked matches what was rejected', () => {
  // The loose denial alone: no confident match puts the report in that exchange.
  const alone = `${DENIAL}.\n\nRelief supplies are being prepared for the coastal provinces, she said.`;
  assert.equal(alignmentAt(alignTexts(alone, SOURCE, PLAIN), alone, 'rejected'), undefined);
  // A rejection of something no question raised.
  const other = `${DENIAL.replace(/accusations that .*/, 'calls for a boycott of the winter games in the northern city')} ${SAID}`;
  assert.equal(alignmentAt(alignTexts(other, SOURCE, PLAIN), other, 'rejected'), undefined);
});
