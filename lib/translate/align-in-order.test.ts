import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignInOrder, type OrderParams } from './align-in-order.ts';
import type { UnitFeatures } from './unit-features.ts';

const PARAMS: OrderParams = { maxJoin: 3, lexicalWeight: 0.6, lengthSigma: 0.35, bar: 0.25, mergeCost: 0 };

/** A piece whose one item is its own word, so piece k meets only piece k of the other side. */
const piece = (k: number): UnitFeatures => {
  const keys = new Set([`w${k}`, `v${k}`]);
  return { items: [new Set([`w${k}`]), new Set([`v${k}`])], keys, numbers: new Set(), size: 10 };
};

test('a long translation that drops a fifth of the original in the middle still pairs every piece with its own', () => {
  // 1,200 original pieces; the translation leaves out 400..639, a jump far off the diagonal of a band search.
  const original = Array.from({ length: 1200 }, (_, k) => piece(k));
  const kept = original.map((_, k) => k).filter((k) => k < 400 || k >= 640);
  const translation = kept.map(piece);
  const steps = alignInOrder(translation, original, PARAMS);
  assert.equal(steps.length, kept.length);
  for (const step of steps) {
    assert.equal(step.a1 - step.a0, 1);
    assert.deepEqual([step.b0, step.b1], [kept[step.a0]!, kept[step.a0]! + 1]);
  }
});

test('short texts: a piece with no counterpart is left out, not joined to a neighbour', () => {
  const original = Array.from({ length: 30 }, (_, k) => piece(k));
  const translation = [...original.slice(0, 10), piece(999), ...original.slice(10)];
  const steps = alignInOrder(translation, original, PARAMS);
  assert.equal(steps.length, 30);
  assert.ok(steps.every((s) => s.a1 - s.a0 === 1 && s.b1 - s.b0 === 1 && s.a0 !== 10));
});

test('a merge pays for its extra pieces: at a cost, a neighbour that meets nothing no longer rides along', () => {
  // The translation is twice its counterpart's length, so joining the empty neighbour mends the length ratio.
  const translation: UnitFeatures[] = [{ ...piece(0), size: 20 }];
  const original: UnitFeatures[] = [
    piece(0),
    { items: [new Set(['x'])], keys: new Set(['x']), numbers: new Set(), size: 10 },
  ];
  const spans = (mergeCost: number) =>
    alignInOrder(translation, original, { ...PARAMS, mergeCost }).map(({ b0, b1 }) => [b0, b1]);
  assert.deepEqual(spans(0), [[0, 2]]);
  assert.deepEqual(spans(0.3), [[0, 1]]);
});
