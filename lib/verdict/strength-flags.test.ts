import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagStrength } from './strength-flags.ts';

const whole = (text: string) => [{ start: 0, end: text.length }];
/** The raised flags with their messages, `; `-joined; a withheld detail shows as `withheld: …`. */
function show(report: string, source: string): string {
  return flagStrength(report, whole(report), source, whole(source))
    .map((d) => `${d.withheld ? 'withheld' : d.flag}: ${d.message}`)
    .join('; ');
}

test('flagStrength: spoken fillers and empty intensifiers never flag, table', () => {
  const cases: Array<[report: string, source: string]> = [
    ['China supports open markets.', 'Frankly, of course, you know, China really, very much supports open markets.'],
    ['China really, very much supports open markets.', 'China supports open markets.'],
    ['We are concerned about the move.', 'We are obviously, clearly concerned about the move.'],
    ['He said they are truly committed.', 'They are committed, you know.'],
  ];
  for (const [report, source] of cases) assert.equal(show(report, source), '', report);
});

test('flagStrength: probability and the plain forecast are one claim, table', () => {
  const cases: Array<[name: string, report: string, source: string, expected: string]> = [
    ['"will likely" → "will"', 'Biden and Xi will discuss the war.', 'He will likely discuss the war.', ''],
    ['"will" → "will likely"', 'Ransomware will likely be part of the talks.', 'Ransomware will be part of the talks.', ''],
    ['"may" → "will"', 'Biden will discuss the war.', 'He may discuss the war.', 'sharpened: "may" → "will" (stronger)'],
  ];
  for (const [name, report, source, expected] of cases) assert.equal(show(report, source), expected, name);
});
