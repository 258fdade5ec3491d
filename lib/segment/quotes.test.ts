import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../types.ts';
import { segmentParagraphs } from './paragraphs.ts';
import { findQuotes } from './quotes.ts';
import { showSpans } from './show-spans.ts';

const quotesOf = (text: string): Quote[] => findQuotes(text, segmentParagraphs(text));
// Each quote as its outer text, with `+` when it runs on: `[“a b”|"c"+]`.
const show = (text: string): string =>
  `[${quotesOf(text)
    .map((q) => text.slice(q.start, q.end) + (q.runsOn ? '+' : ''))
    .join('|')}]`;
const showParts = (text: string): string =>
  quotesOf(text)
    .map((q) => showSpans(text, q.parts))
    .join(' ');

const cases: Array<[string, string, string]> = [
  ['empty string', '', '[]'],
  ['no quotes', 'The world’s largest source, the US’ allies, don’t.', '[]'],
  ['curly', 'He said “this is clear.” Then left.', '[“this is clear.”]'],
  ['straight', 'He said "this is clear," and left.', '["this is clear,"]'],
  ['several straight', '"One," he said. "Two," she said.', '["One,"|"Two,"]'],
  ['guillemets', 'Il a dit « non » hier.', '[« non »]'],
  ['corner brackets', '他说「不行」。', '[「不行」]'],
  ['scare quotes are quotes', 'The so-called "Alliance" and the "summit" met.', '["Alliance"|"summit"]'],
  [
    'nested single curly quotes stay inside',
    '"While making a fuss about ‘China’s cyber attacks’ based on hearsay," he said.',
    '["While making a fuss about ‘China’s cyber attacks’ based on hearsay,"]',
  ],
  [
    'nested straight single quotes',
    '"like a thief crying \'stop the thief\'." Fine.',
    '["like a thief crying \'stop the thief\'."]',
  ],
  ['apostrophes never open quotes', "It's the US' view and the world’s, isn't it?", '[]'],
  [
    'straight inside curly is nested',
    'He said “we reject the \"clean network\" plan” today.',
    '[“we reject the "clean network" plan”]',
  ],
  ['quote spanning sentences', '“It is one. It is two,” Wang said.', '[“It is one. It is two,”]'],
  [
    'quote spanning paragraphs runs on',
    '"The US is wiretapping allies. This act contradicts Europe.\n\n"I would like to stress this," he said.',
    '["The US is wiretapping allies. This act contradicts Europe.+|"I would like to stress this,"]',
  ],
  [
    'curly quote running on',
    '“First paragraph of the quote.\n“Second one.”',
    '[“First paragraph of the quote.+|“Second one.”]',
  ],
  [
    'a ” used as an opener (mangled copy)',
    'Lin said ”Non-interference is a principle.” He left.',
    '[”Non-interference is a principle.”]',
  ],
  ['a “ used as a closer', 'He said “enough“ and left.', '[“enough“]'],
  ['stray closing mark', 'A stray ” mark and then “a real quote.”', '[“a real quote.”]'],
  [
    'unbalanced straight quote runs to paragraph end',
    'He said "this never closes\nNext line.',
    '["this never closes+]',
  ],
  [
    'straight opener while one is open closes the first',
    'He said "first part and "second part" here.',
    '["first part and|"second part"]',
  ],
  ['only quote marks', '"""" “”” «»', '[]'],
  ['empty quotes are dropped', 'He said "" and “ ” then.', '[]'],
  ['\\r\\n between paragraphs', '“One.\r\n\r\n“Two.”', '[“One.+|“Two.”]'],
  ['emoji inside', 'She wrote "great 🎉 news" today.', '["great 🎉 news"]'],
];

for (const [name, input, expected] of cases) {
  test(`findQuotes: ${name}`, () => assert.equal(show(input), expected));
}

test('findQuotes: inner excludes the marks and surrounding spaces', () => {
  const text = 'He said “ it is clear ” today.';
  const [q] = quotesOf(text);
  assert.equal(text.slice(q!.inner.start, q!.inner.end), 'it is clear');
  assert.equal(text.slice(q!.start, q!.end), '“ it is clear ”');
});

const partCases: Array<[string, string, string]> = [
  ['no elision', '"we reject this"', '[we reject this]'],
  ['ellipsis character', '“we will … never accept this”', '[we will|never accept this]'],
  ['three dots', '"we will... never accept this"', '[we will|never accept this]'],
  ['bracketed ellipsis', '“we will […] never accept [...] this”', '[we will|never accept|this]'],
  ['bracketed insertion', '“might spur [a] cyber arms race”', '[might spur|cyber arms race]'],
  ['elision at the edges', '“… the security of China’s economy …”', '[the security of China’s economy]'],
  ['two-dot is not an elision', '"version 1..2 works"', '[version 1..2 works]'],
];

for (const [name, input, expected] of partCases) {
  test(`findQuotes parts: ${name}`, () => assert.equal(showParts(input), expected));
}

test('findQuotes: spans stay inside the text and top-level quotes do not overlap', () => {
  const text = '"a "b" c" “d ”e“ f” ”g" «h» "';
  const quotes = quotesOf(text);
  let last = 0;
  for (const q of quotes) {
    assert.ok(q.start >= last && q.start < q.end && q.end <= text.length);
    assert.ok(q.inner.start >= q.start && q.inner.end <= q.end && q.inner.start < q.inner.end);
    last = q.end;
  }
});
