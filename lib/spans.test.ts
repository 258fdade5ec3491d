import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeSpans, overlaps, spanIndexAt } from './spans.ts';

test('mergeSpans joins overlapping and touching spans, in order', () => {
  assert.deepEqual(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 2, end: 4 }, { start: 7, end: 9 }]), [
    { start: 0, end: 4 },
    { start: 5, end: 9 },
  ]);
});

test('spanIndexAt finds the span holding an offset', () => {
  const spans = [{ start: 0, end: 3 }, { start: 5, end: 9 }, { start: 9, end: 12 }];
  assert.deepEqual([0, 2, 3, 4, 5, 9, 11, 12].map((o) => spanIndexAt(spans, o)), [0, 0, -1, -1, 1, 2, 2, -1]);
});

test('overlaps is false for touching spans', () => {
  assert.equal(overlaps({ start: 0, end: 2 }, { start: 2, end: 4 }), false);
  assert.equal(overlaps({ start: 0, end: 3 }, { start: 2, end: 4 }), true);
});
