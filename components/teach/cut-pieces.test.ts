import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutPieces } from './cut-pieces.ts';

const show = (text: string, pieces: ReturnType<typeof cutPieces>) =>
  pieces.map((p) => `${text.slice(p.start, p.end)}${p.tags.length ? `[${p.tags.join(',')}]` : ''}`).join('|');

test('the key and the student’s marks overlap and both stay visible', () => {
  const text = 'He slammed the plan today.';
  const pieces = cutPieces(text.length, [
    { tag: 'key:k1', spans: [{ start: 3, end: 10 }] },
    { tag: 'mark:0', spans: [{ start: 0, end: 19 }] },
  ]);
  assert.equal(show(text, pieces), 'He [mark:0]|slammed[key:k1,mark:0]| the plan[mark:0]| today.');
});

test('pieces rebuild the text losslessly', () => {
  const text = 'abc def ghi';
  const pieces = cutPieces(text.length, [
    {
      tag: 'a',
      spans: [
        { start: 2, end: 5 },
        { start: 8, end: 99 },
      ],
    },
  ]);
  assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(''), text);
});
