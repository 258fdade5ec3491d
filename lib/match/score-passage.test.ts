import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidence } from './score-passage.ts';

test('confidence: coverage leads, thin matches stay low', () => {
  assert.ok(confidence(1, 1, 8) > 0.95);
  assert.ok(confidence(0.5, 1, 8) < confidence(0.9, 1, 8));
  assert.ok(confidence(1, 1, 1) < 0.5, 'one shared word is not a match');
  assert.ok(confidence(1, 0, 8) < confidence(1, 1, 8), 'order counts');
  assert.equal(confidence(0, 1, 0), 0);
});
