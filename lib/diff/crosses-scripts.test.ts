import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossesScripts } from './crosses-scripts.ts';
import type { DiffPart } from '../types.ts';

const whole = (report: string, source: string): DiffPart[] => [
  { op: 'same', report: { start: 0, end: report.length }, source: { start: 0, end: source.length } },
];

test('a diff crosses scripts when its sides are written mostly in two scripts, an acronym or two aside', () => {
  assert.equal(
    crossesScripts(
      'The C919 was delivered.',
      '首架C919大飞机正式交付',
      whole('The C919 was delivered.', '首架C919大飞机正式交付'),
    ),
    true,
  );
  assert.equal(crossesScripts('Mariupol', 'Маріуполь', whole('Mariupol', 'Маріуполь')), true);
  assert.equal(crossesScripts('The plan', 'the plan', whole('The plan', 'the plan')), false);
  assert.equal(crossesScripts('经济', '经济增长', whole('经济', '经济增长')), false);
  assert.equal(crossesScripts('', '', []), false);
});
