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

test('two Latin-script texts cross languages when the source reads as German, French… and the report as English', () => {
  const report = 'The mayor said the city wanted to halve car traffic. The costs are estimated at 450 million euros.';
  const source =
    'Der Bürgermeister sagte, die Stadt wolle den Autoverkehr halbieren. Die Kosten werden auf rund 450 Millionen Euro geschätzt. Wir haben nicht mehr Zeit, und das ist auch der Grund für den Plan. Sie sind mit dem Plan nicht zufrieden, aber er wird kommen.';
  assert.equal(crossesScripts(report, source, whole(report, source)), true);
  // The same English text on both sides, or two German ones, stay one language.
  assert.equal(crossesScripts(report, report, whole(report, report)), false);
  assert.equal(crossesScripts(source, source, whole(source, source)), false);
});
