import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinMinorClauses } from './join-minor-clauses.ts';
import { wordPiece as piece } from './word-pieces.test-support.ts';

test('a clause of a couple of words inside a paired sentence joins its pair', () => {
  // 目前， | 城镇新增就业 ... 。: "currently" joins the clause that follows it in one sentence.
  const original = [piece('currently'), piece('urban', 'jobs', 'new'), piece('grain', 'harvest', 'stable')];
  const steps = joinMinorClauses(
    [
      { a0: 0, a1: 1, b0: 1, b1: 2, similarity: 0.7 },
      { a0: 1, a1: 2, b0: 2, b1: 3, similarity: 0.7 },
    ],
    original,
    [false, true, true],
    2,
  );
  assert.deepEqual(
    steps.map(({ b0, b1 }) => [b0, b1]),
    [
      [0, 2],
      [2, 3],
    ],
  );
});

test('a whole short sentence, and a clause with more to say, stay out', () => {
  const original = [piece('hello'), piece('urban', 'jobs'), piece('grain', 'harvest', 'record'), piece('rate')];
  const steps = joinMinorClauses(
    [{ a0: 0, a1: 1, b0: 1, b1: 2, similarity: 0.7 }],
    original,
    // "hello." ends a sentence of its own; the third clause continues the second's sentence but holds three words.
    [true, false, false, true],
    2,
  );
  assert.deepEqual(
    steps.map(({ b0, b1 }) => [b0, b1]),
    [[1, 2]],
  );
});
