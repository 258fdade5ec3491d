import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogistic, predictClass, predictYes } from './logistic.ts';

// A tiny separable set: yes exactly when x > y.
const rows = [
  [2, 0], [3, 1], [5, 2], [1, 0.2], [4, 3.5],
  [0, 2], [1, 3], [2, 5], [0.2, 1], [3.5, 4],
];
const labels = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];

test('fitLogistic fits a separable synthetic set exactly', () => {
  const model = fitLogistic(['x', 'y'], ['no', 'yes'], rows, labels, { steps: 2000, l2: 0 });
  rows.forEach((r, i) => assert.equal(predictYes(model, { x: r[0]!, y: r[1]! }) >= 0.5 ? 1 : 0, labels[i], `row ${i}`));
  assert.ok(predictYes(model, { x: 10, y: 0 }) > 0.9);
  assert.ok(predictYes(model, { x: 0, y: 10 }) < 0.1);
});

test('the same data gives the same weights', () => {
  const a = fitLogistic(['x', 'y'], ['no', 'yes'], rows, labels);
  const b = fitLogistic(['x', 'y'], ['no', 'yes'], rows, labels);
  assert.deepEqual(a, b);
});

test('three classes: the softmax picks each region', () => {
  const pts = [[0, 0], [0.2, 0.1], [5, 0], [5.2, 0.3], [0, 5], [0.1, 5.2]];
  const model = fitLogistic(['x', 'y'], ['o', 'x', 'y'], pts, [0, 0, 1, 1, 2, 2], { steps: 2000, l2: 0 });
  assert.equal(predictClass(model, { x: 0.1, y: 0 }), 'o');
  assert.equal(predictClass(model, { x: 6, y: 0 }), 'x');
  assert.equal(predictClass(model, { x: 0, y: 6 }), 'y');
});

test('bad input names the problem', () => {
  assert.throws(() => fitLogistic(['x'], ['no', 'yes'], [[1, 2]], [0]), /row 0 has 2 values, expected 1/);
  assert.throws(() => fitLogistic(['x'], ['no', 'yes'], [[1]], [2]), /label 2 is not a class index/);
});
