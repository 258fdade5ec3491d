import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STOP_WORDS, isStopWord } from './stopwords.ts';

test('function words are stop words', () => {
  for (const w of [
    'the',
    'a',
    'of',
    'and',
    'is',
    'were',
    'would',
    'they',
    'their',
    'about',
    'because',
    'very',
    "it's",
    'us',
  ]) {
    assert.equal(isStopWord(w), true, w);
  }
});

test('negations are not stop words: dropping one changes the statement', () => {
  for (const w of [
    'not',
    'no',
    'never',
    'nor',
    'neither',
    'none',
    'nothing',
    'nobody',
    'without',
    'unless',
    "don't",
    "isn't",
    "can't",
    "won't",
    'cannot',
    "n't",
  ]) {
    assert.equal(isStopWord(w), false, w);
  }
});

test('numbers, amounts and polarity words are not stop words', () => {
  for (const w of [
    'one',
    'two',
    'first',
    'half',
    'several',
    'many',
    'few',
    'more',
    'less',
    'most',
    'least',
    'fewer',
    '2021',
    'against',
    'only',
    'own',
    'same',
  ]) {
    assert.equal(isStopWord(w), false, w);
  }
});

test('content words are not stop words', () => {
  for (const w of ['said', 'summit', 'democracy', 'united', 'state', 'slammed', 'internet', 'hegemony']) {
    assert.equal(isStopWord(w), false, w);
  }
});

test('a curly apostrophe counts as a straight one', () => {
  assert.equal(isStopWord('it’s'), true);
  assert.equal(isStopWord('don’t'), false);
});

test('the list is lower-case, unique, and of the intended size', () => {
  assert.equal(new Set(STOP_WORDS).size, STOP_WORDS.length, 'duplicates');
  for (const w of STOP_WORDS) assert.equal(w, w.toLowerCase(), w);
  assert.ok(STOP_WORDS.length >= 150 && STOP_WORDS.length <= 220, `${STOP_WORDS.length} words`);
});
