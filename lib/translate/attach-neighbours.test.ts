import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachNeighbours } from './attach-neighbours.ts';
import { wordPiece as piece } from './word-pieces.test-support.ts';

test('an original clause left out beside a pair joins it when it meets translation words the pair does not', () => {
  const translation = [piece('jobs', 'urban', 'rate', 'unemployment')];
  const original = [piece('jobs', 'urban'), piece('rate', 'unemployment'), piece('harvest', 'grain')];
  const steps = attachNeighbours([{ a0: 0, a1: 1, b0: 1, b1: 2, similarity: 0.7 }], translation, original);
  // The first clause brings "jobs" and "urban"; the third meets nothing of the sentence and stays out.
  assert.deepEqual(
    steps.map(({ b0, b1 }) => [b0, b1]),
    [[0, 2]],
  );
});

test('a clause that only repeats words the pair already meets stays out, and pairs never overlap', () => {
  const translation = [piece('rate', 'unemployment'), piece('grain')];
  const original = [piece('rate', 'unemployment'), piece('rate'), piece('grain')];
  const steps = attachNeighbours(
    [
      { a0: 0, a1: 1, b0: 0, b1: 1, similarity: 0.8 },
      { a0: 1, a1: 2, b0: 2, b1: 3, similarity: 0.8 },
    ],
    translation,
    original,
  );
  assert.deepEqual(
    steps.map(({ b0, b1 }) => [b0, b1]),
    [
      [0, 1],
      [2, 3],
    ],
  );
});
