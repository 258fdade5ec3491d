// Pins the runtime export list of lib/index.ts, the public API of the core. Adding or removing an export is a
// deliberate change: update EXPECTED_EXPORTS below (sorted) in the same commit, and the README's API section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from '../lib/index.ts';

const EXPECTED_EXPORTS = ['SEMANTIC_DEFAULTS', 'alignMatrix', 'alignTexts', 'alignWithScorer', 'buildMatrix', 'reportVsReport'];

test('lib/index.ts exports exactly the pinned list', () => {
  assert.deepEqual(
    Object.keys(api).sort(),
    [...EXPECTED_EXPORTS].sort(),
    'update EXPECTED_EXPORTS in test/public-api.test.ts if the change is intended',
  );
});
