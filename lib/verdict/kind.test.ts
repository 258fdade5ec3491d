import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyKind } from './kind.ts';

test('classifyKind: table', () => {
  const cases: Array<[string, Parameters<typeof classifyKind>[0], string]> = [
    ['mostly quoted', { quotedShare: 0.9, quotedWords: 8, carriedShare: 0.3, headline: false }, 'quote'],
    ['scare quote only', { quotedShare: 0.9, quotedWords: 2, carriedShare: 0.9, headline: false }, 'paraphrase'],
    ['few words quoted', { quotedShare: 0.2, quotedWords: 3, carriedShare: 0.9, headline: false }, 'paraphrase'],
    ['unquoted, most carried', { quotedShare: 0, quotedWords: 0, carriedShare: 0.7, headline: false }, 'paraphrase'],
    ['a headline', { quotedShare: 0, quotedWords: 0, carriedShare: 0.9, headline: true }, 'partial'],
    ['a quoting headline', { quotedShare: 0.9, quotedWords: 5, carriedShare: 0.9, headline: true }, 'quote'],
    ['unquoted, little carried', { quotedShare: 0, quotedWords: 0, carriedShare: 0.2, headline: false }, 'partial'],
  ];
  for (const [name, evidence, expected] of cases) assert.equal(classifyKind(evidence), expected, name);
});
