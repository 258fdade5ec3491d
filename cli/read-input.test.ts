import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findInvalidUtf8, MAX_INPUT_BYTES, readInput } from './read-input.ts';
import { CliError } from './cli-error.ts';

let dir = '';
before(() => void (dir = mkdtempSync(join(tmpdir(), 'claimdiff-read-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

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

test('readInput returns the text exactly as stored: BOM, \\r\\n and trailing space kept', () => {
  const text = '\uFEFFLine one.\r\nLine two — “quoted”.  \r\n';
  writeFileSync(join(dir, 'exact.txt'), text);
  assert.equal(readInput(join(dir, 'exact.txt'), 'SOURCE'), text);
});

test('readInput accepts a file of exactly the size limit and refuses one byte more', () => {
  const path = join(dir, 'limit.txt');
  writeFileSync(path, Buffer.alloc(MAX_INPUT_BYTES, 0x61));
  assert.equal(readInput(path, 'SOURCE').length, MAX_INPUT_BYTES);
  writeFileSync(path, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
  assert.throws(
    () => readInput(path, 'SOURCE'),
    (e: unknown) => e instanceof CliError && e.exitCode === 1 && /too large/.test(e.message),
  );
});
