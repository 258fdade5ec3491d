import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hanWords } from './cedict.ts';

const TEXT = '中华人民共和国成立以来，北京冬奥会、冬残奥会就要开幕了。我们要常怀远虑、居安思危。';
const words = (text: string, start: number, end: number) =>
  hanWords(text, start, end).map((w) => text.slice(w.start, w.end));

test('longest match keeps dictionary words whole and cuts nothing across punctuation', () => {
  const all = words(TEXT, 0, TEXT.length);
  assert.ok(all.includes('中华人民共和国'), all.join('|'));
  assert.ok(all.every((w) => !/[，、。]/.test(w)));
  assert.equal(all.join(''), TEXT.replace(/[，、。]/g, ''));
});

test('a span ending inside a word gets the words that fit in it', () => {
  assert.deepEqual(words(TEXT, 0, 4), ['中华', '人民']);
});
