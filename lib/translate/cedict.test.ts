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

test('the longest matches remembered for a text never leak into a span that ends inside them', () => {
  const fresh = (start: number, end: number) => {
    hanWords('另一个文本', 0, 5); // reading another text forgets the remembered matches
    return words(TEXT, start, end);
  };
  const spans: [number, number][] = [
    [0, 4],
    [0, 7],
    [12, 19],
    [12, 14],
    [29, TEXT.length],
  ];
  for (const [start, end] of spans) {
    const expected = fresh(start, end);
    words(TEXT, 0, TEXT.length);
    assert.deepEqual(words(TEXT, start, end), expected, `${start}–${end}`);
  }
});
