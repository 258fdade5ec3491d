import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillGaps } from './fill-gaps.ts';
import type { UnitFeatures } from './unit-features.ts';

const sized = (size: number): UnitFeatures => ({ items: [], keys: new Set(), numbers: new Set(), size });
const spans = (steps: { a0: number; a1: number; b0: number; b1: number }[]) =>
  steps.map(({ a0, a1, b0, b1 }) => [a0, a1, b0, b1]);

test('one piece left out on each side between the same pairs is paired when their lengths agree', () => {
  const a = [sized(20), sized(12), sized(20)];
  const b = [sized(20), sized(10), sized(20)];
  const steps = fillGaps(
    [
      { a0: 0, a1: 1, b0: 0, b1: 1, similarity: 0.8 },
      { a0: 2, a1: 3, b0: 2, b1: 3, similarity: 0.8 },
    ],
    a,
    b,
    1,
  );
  assert.deepEqual(spans(steps), [
    [0, 1, 0, 1],
    [1, 2, 1, 2],
    [2, 3, 2, 3],
  ]);
  assert.ok(steps[1]!.similarity > 0 && steps[1]!.similarity < steps[0]!.similarity, 'a filled pair scores low');
});

test('a gap stays open when the lengths disagree, when a side holds two pieces, and at either end alike', () => {
  const pair = (i: number, j: number) => ({ a0: i, a1: i + 1, b0: j, b1: j + 1, similarity: 0.8 });
  // A 60-letter sentence against a 5-letter clause: a drop beside an addition, not a translation.
  const a = [sized(20), sized(60), sized(20)];
  const b = [sized(20), sized(5), sized(20)];
  assert.deepEqual(spans(fillGaps([pair(0, 0), pair(2, 2)], a, b, 1)), [
    [0, 1, 0, 1],
    [2, 3, 2, 3],
  ]);
  // Two original pieces against one: left as they are.
  const b2 = [sized(20), sized(10), sized(10), sized(20)];
  const a2 = [sized(20), sized(20), sized(20)];
  assert.deepEqual(spans(fillGaps([pair(0, 0), pair(2, 3)], a2, b2, 1)), [
    [0, 1, 0, 1],
    [2, 3, 3, 4],
  ]);
  // The last pieces of both texts after the last pair.
  const a3 = [sized(20), sized(15)];
  const b3 = [sized(20), sized(15)];
  assert.deepEqual(spans(fillGaps([pair(0, 0)], a3, b3, 1)), [
    [0, 1, 0, 1],
    [1, 2, 1, 2],
  ]);
});
