import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toPackDocument } from './pack-document.ts';

test('a pack document takes its language from its script when none is given, and keeps a given one', () => {
  assert.equal(toPackDocument({ text: '外交部发言人汪文斌主持例行记者会。' }, 'x').language, 'zh');
  assert.equal(toPackDocument({ text: 'Дорогі українці! Сьогодні ми говоримо про це.' }, 'x').language, 'uk');
  assert.equal(toPackDocument({ text: 'The spokesperson took questions.' }, 'x').language, null);
  assert.equal(toPackDocument({ text: '外交部发言人', language: 'zh-Hant' }, 'x').language, 'zh-Hant');
});

test('a pack document falls back to the given title and an unknown outlet', () => {
  const doc = toPackDocument({ text: 'Text.', title: null }, 'The source');
  assert.deepEqual(doc, { title: 'The source', outlet: null, language: null, text: 'Text.' });
});
