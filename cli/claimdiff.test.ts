// The claimdiff command end to end through runCli (injected argv and streams), plus a few runs of the real bin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from './claimdiff.ts';
import { EXIT } from './cli-error.ts';
import { MAX_FILE_BYTES } from '../lib/input/limits.ts';
import { checkContract } from '../lib/contract.ts';

const REPORT = 'Beijing rejected the accusation on Tuesday. "The U.S. is the champion of cyber attacks," Zhao said.\n';
const SOURCE =
  'Zhao Lijian: The United States is the world champion of cyber attacks. We firmly oppose the smear.\r\n' +
  'Reporter: A follow-up on trade.\r\nZhao Lijian: I have nothing to add.\r\n';

let dir = '';
const at = (name: string) => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-cli-'));
  writeFileSync(at('report.txt'), REPORT);
  writeFileSync(at('source.txt'), SOURCE);
  writeFileSync(at('bom.txt'), '\uFEFF' + REPORT);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), ' \n\t\r\n  \u00A0\n');
  writeFileSync(at('binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(at('utf16.txt'), Buffer.from('\uFEFFhello', 'utf16le'));
  writeFileSync(at('latin1.txt'), Buffer.from('Caf\xe9 au lait\n', 'latin1'));
  writeFileSync(at('huge.txt'), '');
  truncateSync(at('huge.txt'), MAX_FILE_BYTES + 1); // sparse: no 20 MB written
  mkdirSync(at('folder'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[], env: Record<string, string | undefined> = {}, stdoutIsTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, stdoutIsTTY });
  return { code, stdout, stderr };
}

test('every bad input gets one stderr line, a non-zero exit and no stdout', () => {
  // [case, argv, exit status, fragment of the message]
  const table: [string, string[], number, string][] = [
    ['no arguments', [], EXIT.usage, 'missing command'],
    ['unknown command', ['compare', 'a', 'b'], EXIT.usage, 'unknown command "compare"'],
    [
      'unknown option',
      ['align', at('report.txt'), at('source.txt'), '--colour'],
      EXIT.usage,
      'unknown option "--colour"',
    ],
    ['unknown top-level option', ['--verbose'], EXIT.usage, 'unknown option "--verbose"'],
    ['align option before the command', ['--format', 'json'], EXIT.usage, 'belongs to the align command'],
    ['no files', ['align'], EXIT.usage, 'missing REPORT and SOURCE'],
    ['one file', ['align', at('report.txt')], EXIT.usage, 'missing SOURCE'],
    ['three files', ['align', at('report.txt'), at('source.txt'), at('x')], EXIT.usage, 'too many arguments'],
    [
      'bad format',
      ['align', at('report.txt'), at('source.txt'), '--format', 'xml'],
      EXIT.usage,
      '--format must be text or json, not "xml"',
    ],
    [
      'format without value',
      ['align', at('report.txt'), at('source.txt'), '--format'],
      EXIT.usage,
      'option --format needs a value',
    ],
    [
      'min-score not a number',
      ['align', at('report.txt'), at('source.txt'), '--min-score', 'high'],
      EXIT.usage,
      '--min-score must be a number from 0 to 1',
    ],
    ['min-score above 1', ['align', at('report.txt'), at('source.txt'), '--min-score=1.5'], EXIT.usage, 'not "1.5"'],
    [
      'unknown pass',
      ['align', at('report.txt'), at('source.txt'), '--skip', 'denials,nope'],
      EXIT.usage,
      'no pass "nope"; the passes are',
    ],
    [
      'model not found',
      ['align', at('report.txt'), at('source.txt'), '--model', at('nope.json')],
      EXIT.usage,
      '--model: cannot read',
    ],
    [
      'model not a model',
      ['align', at('report.txt'), at('source.txt'), '--model', at('report.txt')],
      EXIT.usage,
      'report.txt',
    ],
    ['missing report', ['align', at('nope.txt'), at('source.txt')], EXIT.badInput, 'REPORT file not found'],
    ['missing source', ['align', at('report.txt'), at('nope.txt')], EXIT.badInput, 'SOURCE file not found'],
    ['path through a file', ['align', at('report.txt/x'), at('source.txt')], EXIT.badInput, 'REPORT file not found'],
    ['a directory', ['align', at('folder'), at('source.txt')], EXIT.badInput, 'REPORT is a directory'],
    ['not a regular file', ['align', at('report.txt'), '/dev/null'], EXIT.badInput, 'SOURCE is not a regular file'],
    ['empty file', ['align', at('report.txt'), at('empty.txt')], EXIT.badInput, 'SOURCE file is empty'],
    [
      'whitespace only',
      ['align', at('blank.txt'), at('source.txt')],
      EXIT.badInput,
      'REPORT file contains only whitespace',
    ],
    [
      'binary file',
      ['align', at('report.txt'), at('binary.bin')],
      EXIT.badInput,
      'looks binary (NUL byte at offset 8)',
    ],
    ['UTF-16 file', ['align', at('utf16.txt'), at('source.txt')], EXIT.badInput, 'REPORT file looks binary'],
    [
      'Latin-1 file',
      ['align', at('report.txt'), at('latin1.txt')],
      EXIT.badInput,
      'not valid UTF-8 (bad byte at offset 3',
    ],
    [
      'over the size limit',
      ['align', at('huge.txt'), at('source.txt')],
      EXIT.badInput,
      `too large: ${at('huge.txt')} is 20 MB (20971521 bytes), the limit is 20 MB (20971520 bytes)`,
    ],
  ];
  for (const [name, argv, code, fragment] of table) {
    const r = run(argv);
    assert.equal(r.code, code, `${name}: exit status (stderr: ${r.stderr})`);
    assert.equal(r.stdout, '', `${name}: nothing on stdout`);
    assert.ok(
      r.stderr.includes(fragment),
      `${name}: expected ${JSON.stringify(fragment)} in ${JSON.stringify(r.stderr)}`,
    );
    assert.match(r.stderr, /^claimdiff: [^\n]+\n$/, `${name}: exactly one line`);
  }
});

test('usage errors point at --help', () => {
  assert.match(run(['align', 'a']).stderr, /try `claimdiff --help`/);
});

test('--help and align --help exit 0 and explain every option and the argument order', () => {
  for (const argv of [['--help'], ['-h'], ['help']]) {
    const r = run(argv);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /claimdiff align REPORT SOURCE/);
    assert.match(r.stdout, /REPORT comes first, then SOURCE/);
  }
  for (const argv of [
    ['align', '--help'],
    ['align', 'x', '--bogus', '-h'],
    ['help', 'align'],
  ]) {
    const r = run(argv);
    assert.equal(r.code, 0, argv.join(' '));
    for (const option of [
      '--format text|json',
      '--min-score N',
      '--help',
      '--version',
      'REPORT first, then SOURCE',
      '20 MB',
      'NO_COLOR',
    ])
      assert.ok(r.stdout.includes(option), `align help mentions ${option}`);
  }
});

test('--version prints the package version', () => {
  const r = run(['--version']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^claimdiff \d+\.\d+\.\d+/);
});

test('align --format json prints exactly the contract for the texts as read', () => {
  const r = run(['align', at('report.txt'), at('source.txt'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.endsWith('}\n'));
  const json: unknown = JSON.parse(r.stdout);
  // \r\n kept: the source length counts both characters of every line break.
  assert.deepEqual(checkContract(json, REPORT.length, SOURCE.length), []);
});

test('a BOM is kept, so offsets index the text exactly as the scorer reads it', () => {
  const r = run(['align', at('bom.txt'), at('source.txt'), '--format=json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { report: { length: number } }).report.length, REPORT.length + 1);
});

test('align --format text (the default) ends with the summary line and uses no colour off a terminal', () => {
  for (const argv of [
    ['align', at('report.txt'), at('source.txt')],
    ['align', '--format', 'text', at('report.txt'), at('source.txt')],
  ]) {
    const r = run(argv);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Added: report text with no counterpart in the source \(\d+\)/);
    assert.match(r.stdout, /Omitted: source statements the report leaves out \(\d+\)/);
    const summary = new RegExp(
      `\\d+ alignments? \\(.*\\), \\d+ added, \\d+ omitted; report ${REPORT.length} chars, source ${SOURCE.length} chars\n$`,
    );
    assert.match(r.stdout, summary);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
  }
});

test('colour only on a terminal without NO_COLOR', () => {
  const argv = ['align', at('report.txt'), at('source.txt')];
  assert.match(run(argv, {}, true).stdout, /\x1b\[1m/);
  assert.doesNotMatch(run(argv, { NO_COLOR: '1' }, true).stdout, /\x1b\[/);
});

// The installed command: bin/claimdiff.mjs loads the esbuild bundle (built by `npm ci` through `prepare`).
const bin = join(import.meta.dirname, '..', 'bin', 'claimdiff.mjs');
const bundleBuilt = existsSync(join(import.meta.dirname, '..', 'dist', 'claimdiff.mjs'));
const skipBin = bundleBuilt ? false : 'dist/claimdiff.mjs is not built (run node scripts/build-cli.mjs)';

test('bin: --help exits 0', { skip: skipBin }, () => {
  const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /claimdiff align REPORT SOURCE/);
});

test('bin: a bad file is one line on stderr, not a stack trace', { skip: skipBin }, () => {
  const r = spawnSync(process.execPath, [bin, 'align', at('binary.bin'), at('source.txt')], { encoding: 'utf8' });
  assert.equal(r.status, EXIT.badInput);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^claimdiff: REPORT file looks binary[^\n]*\n$/);
});

test('bin: align --format json prints one valid contract object', { skip: skipBin }, () => {
  const r = spawnSync(process.execPath, [bin, 'align', at('report.txt'), at('source.txt'), '--format', 'json'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(checkContract(JSON.parse(r.stdout), REPORT.length, SOURCE.length), []);
});
