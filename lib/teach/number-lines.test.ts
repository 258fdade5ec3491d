import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineRange, numberLines } from './number-lines.ts';

/** `1|text` per line, `-|` for a blank one. */
const show = (text: string, width: number) =>
  numberLines(text, width).map((l) => `${l.number ?? '-'}|${text.slice(l.start, l.end)}`);

test('paragraphs wrap at the last space before the width; blank lines take no number', () => {
  assert.deepEqual(show('The minister said costs would fall.\n\nNext.', 20), [
    '1|The minister said',
    '2|costs would fall.',
    '-|',
    '3|Next.',
  ]);
});

test('\\r\\n ends a line like \\n, and offsets still index the original text', () => {
  const text = 'One line.\r\nTwo line.';
  assert.deepEqual(show(text, 20), ['1|One line.', '2|Two line.']);
  assert.equal(numberLines(text, 20)[1]!.start, 11);
});

test('text without spaces (Chinese) wraps at the width, never inside a surrogate pair', () => {
  assert.deepEqual(show('中国外交部发言人汪文斌表示美国的做法是错误的', 10), [
    '1|中国外交部发言人汪文',
    '2|斌表示美国的做法是错',
    '3|误的',
  ]);
  const emoji = 'a'.repeat(9) + '😀' + 'b';
  assert.deepEqual(show(emoji, 10), ['1|aaaaaaaaa', '2|😀b']);
});

test('a question names the lines its passage touches', () => {
  const lines = numberLines('Alpha beta gamma.\nDelta epsilon.\nZeta.', 80);
  assert.equal(lineRange(lines, [{ start: 6, end: 10 }]), 'line 1');
  assert.equal(lineRange(lines, [{ start: 6, end: 25 }]), 'lines 1–2');
  assert.equal(lineRange(lines, []), '');
});
