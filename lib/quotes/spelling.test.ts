import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areSpellingVariants } from './spelling.ts';

test('British and American spellings of one word are variants; other words that look alike are not', () => {
  const variants: Array<[string, string]> = [
    ['destabilising', 'destabilizing'],
    ['organisation', 'organization'],
    ['criticised', 'criticized'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['behaviours', 'behaviors'],
    ['honoured', 'honored'],
    ['centre', 'center'],
    ['metres', 'meters'],
    ['defence', 'defense'],
    ['catalogue', 'catalog'],
    ['travelled', 'traveled'],
    ['cancelling', 'canceling'],
  ];
  for (const [a, b] of variants) assert.ok(areSpellingVariants(a, b), `${a} / ${b}`);
  const different: Array<[string, string]> = [
    ['four', 'for'],
    ['hour', 'hor'],
    ['rise', 'rize'],
    ['wise', 'wize'],
    ['fence', 'fense'],
    ['tell', 'tel'],
    ['said', 'said'],
    ['realise', 'release'],
  ];
  for (const [a, b] of different) assert.ok(!areSpellingVariants(a, b), `${a} / ${b}`);
});
