// How candidate search scores and chooses terms (source-scoring.ts), the same on every engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMON_WORDS_KEPT, PHRASE_MAX_DF, commonCount, phraseWorthAsking, wordWorthUsing } from './source-scoring.ts';

test('a common word is used only in the first places; a rare one in any', () => {
  const total = 50_000;
  assert.equal(commonCount(total), 5_000);
  assert.equal(commonCount(100), PHRASE_MAX_DF);
  assert.equal(wordWorthUsing(0, 40_000, total), true);
  assert.equal(wordWorthUsing(COMMON_WORDS_KEPT - 1, 40_000, total), true);
  assert.equal(wordWorthUsing(COMMON_WORDS_KEPT, 40_000, total), false);
  assert.equal(wordWorthUsing(COMMON_WORDS_KEPT, 5_000, total), true);
  assert.equal(wordWorthUsing(63, 12, total), true);
});

test('a phrase is asked when its rarest word is not common, and never with a word no source holds', () => {
  assert.equal(phraseWorthAsking([40_000, 4_000], 50_000), true);
  assert.equal(phraseWorthAsking([40_000, 6_000], 50_000), false);
  assert.equal(phraseWorthAsking([0, 3], 50_000), false);
});
