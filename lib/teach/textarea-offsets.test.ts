import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromTextareaOffset, toTextareaOffset, toTextareaValue } from './textarea-offsets.ts';

test('a selection in the textarea value maps back to the same words of a \\r\\n text', () => {
  const text = 'First line.\r\nSecond line.\r\nThird.';
  const value = toTextareaValue(text);
  const start = value.indexOf('Second');
  const end = value.indexOf('Third') + 'Third'.length;
  assert.equal(text.slice(fromTextareaOffset(text, start), fromTextareaOffset(text, end)), 'Second line.\r\nThird');
});

test('both ways round trip at every offset that is not inside a \\r\\n', () => {
  const text = 'a\r\nb\nc\r\n\r\nd';
  for (let i = 0; i <= text.length; i++) {
    if (text[i - 1] === '\r' && text[i] === '\n') continue;
    assert.equal(fromTextareaOffset(text, toTextareaOffset(text, i)), i, `offset ${i}`);
  }
});

test('a text without \\r\\n is its own value', () => {
  assert.equal(fromTextareaOffset('plain\ntext', 7), 7);
});
