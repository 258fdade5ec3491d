import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REFINE_PASS_NAMES } from './index.ts';
import { alignTexts } from '../align.ts';

test('the passes are declared in order, each once', () => {
  assert.deepEqual([...REFINE_PASS_NAMES], ['foreign-quotes', 'unsourced-quotes', 'merge-sentences', 'denials']);
});

test('an unknown pass name is refused with the list of passes', () => {
  assert.throws(() => alignTexts('a b c', 'a b c', { skip: ['nope'] }), /unknown pass "nope": the passes are foreign-quotes, /);
});

// A quote the source place does not hold is another speaker's: with foreign-quotes on it is not aligned.
const source = `Reuters reporter: The mayor announced a new budget for city parks yesterday. What is your comment?

Spokesperson Li: We welcome any effort to improve public spaces. The city will spend 40 million dollars on parks this year. Residents asked for more trees and safer playgrounds.`;
const report = 'Li said the city would spend 40 million dollars on parks this year.\n\nCouncillor Ray Smith called the 40 million dollar parks budget "a reckless waste that abandons our neighbourhoods."';

test('switching a pass off changes what comes out (plain rule, so the pass alone decides)', () => {
  const plain = { version: 1 as const };
  const on = alignTexts(report, source, { model: plain });
  const off = alignTexts(report, source, { model: plain, skip: ['foreign-quotes'] });
  assert.equal(on.alignments.length, 1);
  assert.equal(off.alignments.length, 2);
});
