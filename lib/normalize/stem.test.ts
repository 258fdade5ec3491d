import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from './stem.ts';

test('stemWord: inflections and adverbs share the stem of their word', () => {
  const same: Array<[string, string]> = [
    ['splitting', 'split'],
    ['dividing', 'divide'],
    ['distortions', 'distort'],
    ['seriously', 'serious'],
    ['continually', 'continual'],
    ['exclusively', 'exclusive'],
    ['politically', 'political'],
    ['separately', 'separate'],
  ];
  for (const [a, b] of same) assert.equal(stemWord(a), stemWord(b), `${a} ~ ${b}`);
  const apart: Array<[string, string]> = [
    ['family', 'fami'],
    ['only', 'on'],
    ['early', 'ear'],
  ];
  for (const [a, b] of apart) assert.notEqual(stemWord(a), stemWord(b), `${a} ≠ ${b}`);
});

test('stemWord: irregular verbs and graded adjectives reach their base word', () => {
  const same: Array<[string, string]> = [
    ['said', 'say'],
    ['told', 'tells'],
    ['biggest', 'big'],
    ['largest', 'large'],
    ['stolen', 'steal'],
  ];
  for (const [a, b] of same) assert.equal(stemWord(a), stemWord(b), `${a} ~ ${b}`);
});
