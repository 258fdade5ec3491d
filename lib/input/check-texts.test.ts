import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMatrixTexts, checkPair } from './check-texts.ts';
import { MAX_MATRIX_TEXT_BYTES, MAX_TEXT_BYTES } from './limits.ts';

test('a pair: each problem names its side, and a text of exactly the limit passes', () => {
  assert.deepEqual(checkPair('x'.repeat(MAX_TEXT_BYTES), 'y'), { empty: [], tooLarge: [], binary: [] });
  assert.deepEqual(checkPair(' \n', 'a\u0000b'), {
    empty: ['The report text is empty: paste or upload the report.'],
    tooLarge: [],
    binary: ['The source text looks binary (a NUL character at position 1): paste or upload plain text.'],
  });
  assert.deepEqual(checkPair('é'.repeat(MAX_TEXT_BYTES / 2 + 1), 'y').tooLarge, [
    'The report text is 2.01 MB; the limit is 2 MB per text.',
  ]);
});

test('a matrix calls a lone report "report", numbers several, and caps them all together', () => {
  assert.deepEqual(checkMatrixTexts('s', ['']).empty, ['The report text is empty: paste or upload the report.']);
  assert.deepEqual(checkMatrixTexts('s', ['r', '']).empty, ['The report 2 text is empty: paste or upload report 2.']);
  const big = 'x'.repeat(MAX_TEXT_BYTES);
  const over = checkMatrixTexts(big, [big, big, big, 'y'.repeat(MAX_MATRIX_TEXT_BYTES - 4 * MAX_TEXT_BYTES + 1)]);
  assert.deepEqual(over.tooLarge, ['The texts come to 8.01 MB together; the limit is 8 MB for one matrix.']);
});
