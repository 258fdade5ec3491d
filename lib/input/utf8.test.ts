import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findInvalidUtf8, formatLimit, formatMegabytes, utf8Length } from './utf8.ts';

test('findInvalidUtf8 points at the first byte of the first bad sequence', () => {
  const table: [string, number[], number][] = [
    ['ASCII', [0x61, 0x62], -1],
    ['2-byte é', [0x61, 0xc3, 0xa9], -1],
    ['3-byte €', [0xe2, 0x82, 0xac], -1],
    ['4-byte emoji', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['Latin-1 é', [0x61, 0x62, 0xe9, 0x20], 2],
    ['lone continuation byte', [0x61, 0x80], 1],
    ['overlong 2-byte', [0xc0, 0xaf], 0],
    ['overlong 3-byte', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at the end', [0x61, 0xe2, 0x82], 1],
    ['0xFF', [0xff], 0],
  ];
  for (const [name, bytes, want] of table) assert.equal(findInvalidUtf8(Uint8Array.from(bytes)), want, name);
});

test('findInvalidUtf8 agrees with the fatal TextDecoder on every 2-byte sequence', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let a = 0; a < 256; a++)
    for (let b = 0; b < 256; b += 7) {
      const bytes = Uint8Array.from([a, b]);
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      assert.equal(findInvalidUtf8(bytes) === -1, valid, `${a.toString(16)} ${b.toString(16)}`);
    }
});

test('utf8Length counts bytes as UTF-8 encodes them, including surrogate pairs and lone halves', () => {
  for (const text of ['', 'abc', 'é', '中国', '😀', 'a😀b', '\ud800', '\udc00x'])
    assert.equal(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text));
});

test('formatMegabytes rounds up to two decimals', () => {
  assert.equal(formatMegabytes(2.441 * 1024 * 1024), '2.45 MB');
  assert.equal(formatMegabytes(2 * 1024 * 1024 + 1), '2.01 MB');
  assert.equal(formatMegabytes(1024 * 1024), '1.00 MB');
});

test('formatLimit prints a limit as whole megabytes', () => {
  assert.equal(formatLimit(12 * 1024 * 1024), '12 MB');
  assert.equal(formatLimit(2.5 * 1024 * 1024), '2.5 MB');
});
