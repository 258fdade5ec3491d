import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Step } from './align-in-order.ts';
import { detachFragments } from './detach-fragments.ts';
import { wordPiece as piece } from './word-pieces.test-support.ts';

const spans = (steps: readonly Step[]) => steps.map(({ b0, b1 }) => [b0, b1]);
const step = (a0: number, b0: number, b1: number): Step => ({ a0, a1: a0 + 1, b0, b1, similarity: 0.6 });

// The original: sentence one is pieces 0–1, sentence two pieces 2–3 (piece 1 and piece 3 end them).
const ENDS = [false, true, false, true];

test("the head of the next sentence leaves a pair when it accounts for nothing of the pair's translation", () => {
  const translation = [piece('harvest', 'grain', 'record')];
  const original = [piece('harvest'), piece('grain', 'record'), piece('flood', 'harvest'), piece('dike', 'river')];
  // Piece 2 meets "harvest", which piece 0 already meets: it is out, and its sentence with it.
  assert.deepEqual(spans(detachFragments([step(0, 0, 3)], translation, original, ENDS)), [[0, 2]]);
  // Where it meets a word nothing else of the pair meets, it is part of the translation and stays.
  const more = [piece('harvest', 'grain', 'record', 'flood')];
  assert.deepEqual(spans(detachFragments([step(0, 0, 3)], more, original, ENDS)), [[0, 3]]);
});

test('a fragment goes to the neighbouring pair that holds the rest of its sentence', () => {
  const translation = [piece('harvest', 'grain'), piece('flood', 'dike')];
  const original = [piece('harvest'), piece('grain'), piece('harvest'), piece('flood', 'dike')];
  // Forward: piece 2 sits with sentence one's pair, but piece 3, the rest of its sentence, is the next pair's.
  assert.deepEqual(spans(detachFragments([step(0, 0, 3), step(1, 3, 4)], translation, original, ENDS)), [
    [0, 2],
    [2, 4],
  ]);
  // Backward: piece 1, the tail of sentence one, sits with sentence two's pair.
  const back = [piece('harvest'), piece('flood'), piece('flood'), piece('dike')];
  const both = [piece('harvest'), piece('flood', 'dike')];
  assert.deepEqual(spans(detachFragments([step(0, 0, 1), step(1, 1, 4)], both, back, ENDS)), [
    [0, 2],
    [2, 4],
  ]);
});

test('pairs within one sentence, and whole sentences, are never cut', () => {
  const translation = [piece('harvest'), piece('dike')];
  const original = [piece('harvest'), piece('grain'), piece('flood'), piece('dike')];
  const steps = [step(0, 0, 2), step(1, 2, 4)];
  assert.deepEqual(spans(detachFragments(steps, translation, original, ENDS)), spans(steps));
});
