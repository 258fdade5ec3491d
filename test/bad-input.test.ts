// Bad input gets a clear, specific error (issue 5): the command line's rows of the table. Each row is a file (or
// argument) and the one stderr line expected, built from cli/read-input.ts's INPUT_MESSAGES so the words are the ones
// the CLI promises. The web rows (POST /api/align and the home form) are in e2e/bad-input.spec.ts.
// Prints the number of cases tried.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/claimdiff.ts';
import { EXIT } from '../cli/cli-error.ts';
import { INPUT_MESSAGES } from '../cli/read-input.ts';
import { MAX_FILE_BYTES } from '../lib/input/limits.ts';

const GIGABYTE = 1024 * 1024 * 1024;
let dir = '';
const at = (name: string) => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-bad-input-'));
  writeFileSync(at('source.txt'), 'The minister said talks would resume next week.\n');
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), ' \n\t\r\n\u00a0\u3000\n');
  writeFileSync(at('zip.txt'), Buffer.from('PK\u0003\u0004\u0000\u0000rest'));
  writeFileSync(at('utf16.txt'), Buffer.from('\ufeffhello', 'utf16le'));
  writeFileSync(at('latin1.txt'), Buffer.from('Caf\xe9 au lait\n', 'latin1'));
  writeFileSync(at('cesu.txt'), Buffer.concat([Buffer.from('ab'), Buffer.from([0xed, 0xa0, 0x80])]));
  writeFileSync(at('pdf-binary.pdf'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
  writeFileSync(at('one-over.txt'), '');
  truncateSync(at('one-over.txt'), MAX_FILE_BYTES + 1); // sparse: nothing written
  writeFileSync(at('gigabyte.txt'), '');
  truncateSync(at('gigabyte.txt'), GIGABYTE); // a 1 GB file that takes no disk; reading it would take 1 GB of memory
  mkdirSync(at('folder'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: {},
    stdoutIsTTY: false,
  });
  return { code, stdout, stderr };
}

test('the CLI answers every bad input with its exit status and one specific line', () => {
  const align = (report: string) => ['align', report, at('source.txt')];
  // [case, argv, exit status, the message expected]
  const table: [string, string[], number, string][] = [
    ['an empty file', align(at('empty.txt')), EXIT.badInput, INPUT_MESSAGES.empty('REPORT', at('empty.txt'))],
    [
      'whitespace only (tabs, CRLF, no-break and ideographic spaces)',
      align(at('blank.txt')),
      EXIT.badInput,
      INPUT_MESSAGES.whitespace('REPORT', at('blank.txt')),
    ],
    ['binary (a NUL byte)', align(at('zip.txt')), EXIT.badInput, INPUT_MESSAGES.binary('REPORT', at('zip.txt'), 4)],
    ['UTF-16 with a BOM', align(at('utf16.txt')), EXIT.badInput, INPUT_MESSAGES.binary('REPORT', at('utf16.txt'), 3)],
    [
      'invalid UTF-8 (Latin-1)',
      align(at('latin1.txt')),
      EXIT.badInput,
      INPUT_MESSAGES.notUtf8('REPORT', at('latin1.txt'), 3),
    ],
    [
      'invalid UTF-8 (an encoded surrogate)',
      align(at('cesu.txt')),
      EXIT.badInput,
      INPUT_MESSAGES.notUtf8('REPORT', at('cesu.txt'), 2),
    ],
    [
      'a PDF with a binary marker',
      align(at('pdf-binary.pdf')),
      EXIT.badInput,
      INPUT_MESSAGES.notUtf8('REPORT', at('pdf-binary.pdf'), 10),
    ],
    [
      'one byte over the 20 MB limit',
      align(at('one-over.txt')),
      EXIT.badInput,
      INPUT_MESSAGES.tooLarge('REPORT', at('one-over.txt'), MAX_FILE_BYTES + 1),
    ],
    [
      'a 1 GB file',
      ['align', at('source.txt'), at('gigabyte.txt')],
      EXIT.badInput,
      INPUT_MESSAGES.tooLarge('SOURCE', at('gigabyte.txt'), GIGABYTE),
    ],
    ['a missing file', align(at('nope.txt')), EXIT.badInput, INPUT_MESSAGES.missing('REPORT', at('nope.txt'))],
    ['a directory', align(at('folder')), EXIT.badInput, INPUT_MESSAGES.directory('REPORT', at('folder'))],
    [
      'a device',
      ['align', at('source.txt'), '/dev/zero'],
      EXIT.badInput,
      INPUT_MESSAGES.notFile('SOURCE', '/dev/zero'),
    ],
    ['an unknown option', [...align(at('source.txt')), '--json'], EXIT.usage, 'unknown option "--json"'],
  ];
  for (const [name, argv, code, message] of table) {
    const r = run(argv);
    assert.equal(r.code, code, `${name}: exit status (stderr: ${r.stderr})`);
    assert.equal(r.stdout, '', `${name}: nothing on stdout`);
    assert.ok(
      r.stderr.includes(message),
      `${name}: expected ${JSON.stringify(message)} in ${JSON.stringify(r.stderr)}`,
    );
    assert.match(r.stderr, /^claimdiff: [^\n]+\n$/, `${name}: exactly one line`);
  }
  console.log(`bad input (CLI): ${table.length} cases tried, each refused with its exit status and message`);
});

test('a 1 GB input is refused from its size alone: quickly, and without reading it into memory', () => {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const r = run(['align', at('gigabyte.txt'), at('source.txt')]);
  const ms = performance.now() - started;
  assert.equal(r.code, EXIT.badInput);
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  const grewMb = (process.memoryUsage().rss - rssBefore) / (1024 * 1024);
  assert.ok(grewMb < 100, `memory grew by ${grewMb.toFixed(0)} MB`);
});
