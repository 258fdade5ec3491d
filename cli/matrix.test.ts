// `claimdiff matrix SOURCE REPORT...` end to end through runCli (injected argv and streams), its argument parsing,
// and one run of the real bin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from './claimdiff.ts';
import { EXIT } from './cli-error.ts';
import { parseArgs } from './parse-args.ts';
import { checkContract } from '../lib/contract.ts';
import type { ContractMatrix } from '../lib/types.ts';

const SOURCE =
  'Reporter: What is your response to the sanctions?\r\n' +
  'Spokesperson: The sanctions are illegal and unjustified. China will take firm countermeasures. ' +
  'We urge the US to correct its mistakes.\r\n';
const WIRE = 'China said the sanctions were "illegal and unjustified" and vowed firm countermeasures.\n';
const PAPER = '"The sanctions are illegal and unjustified," the spokesperson said. The weather was fine.\n';

let dir = '';
const at = (name: string) => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-matrix-'));
  writeFileSync(at('source.txt'), SOURCE);
  writeFileSync(at('wire.txt'), WIRE);
  writeFileSync(at('paper.txt'), PAPER);
  writeFileSync(at('empty.txt'), '');
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[], env: Record<string, string | undefined> = {}, stdoutIsTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, stdoutIsTTY });
  return { code, stdout, stderr };
}

test('parseArgs reads matrix: SOURCE first, then the reports in order, options anywhere', () => {
  const table: [string[], object][] = [
    [['matrix', 's.txt', 'a.txt'], { source: 's.txt', reports: ['a.txt'], format: 'text', minScore: undefined }],
    [
      ['matrix', '--format', 'json', 's.txt', 'a.txt', 'b.txt', 'c.txt'],
      { source: 's.txt', reports: ['a.txt', 'b.txt', 'c.txt'], format: 'json', minScore: undefined },
    ],
    [
      ['matrix', 's.txt', '--min-score=0.5', 'a.txt', '--format=json', 'b.txt'],
      { source: 's.txt', reports: ['a.txt', 'b.txt'], format: 'json', minScore: 0.5 },
    ],
    [
      ['matrix', '--', '-s.txt', '--help'],
      { source: '-s.txt', reports: ['--help'], format: 'text', minScore: undefined },
    ],
  ];
  for (const [argv, want] of table) assert.deepEqual(parseArgs(argv), { name: 'matrix', ...want }, argv.join(' '));
  assert.deepEqual(parseArgs(['matrix', 's.txt', '-h']), { name: 'help', topic: 'matrix' });
  assert.deepEqual(parseArgs(['help', 'matrix']), { name: 'help', topic: 'matrix' });
});

test('matrix: every bad input gets one stderr line, a non-zero exit and no stdout', () => {
  const table: [string, string[], number, string][] = [
    ['no files', ['matrix'], EXIT.usage, 'missing SOURCE and REPORT: use `claimdiff matrix SOURCE REPORT...`'],
    ['no report', ['matrix', at('source.txt')], EXIT.usage, 'missing REPORT: use `claimdiff matrix SOURCE REPORT...`'],
    ['unknown option', ['matrix', at('source.txt'), at('wire.txt'), '--csv'], EXIT.usage, 'unknown option "--csv"'],
    ['bad format', ['matrix', at('source.txt'), at('wire.txt'), '--format', 'csv'], EXIT.usage, 'not "csv"'],
    ['missing source', ['matrix', at('nope.txt'), at('wire.txt')], EXIT.badInput, 'SOURCE file not found'],
    ['missing only report', ['matrix', at('source.txt'), at('nope.txt')], EXIT.badInput, 'REPORT file not found'],
    [
      'second report empty',
      ['matrix', at('source.txt'), at('wire.txt'), at('empty.txt')],
      EXIT.badInput,
      `REPORT 2 file is empty: ${at('empty.txt')}`,
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

test('--help lists matrix; matrix --help explains the argument order, the JSON and the exit statuses', () => {
  assert.match(run(['--help']).stdout, /claimdiff matrix SOURCE REPORT\.\.\./);
  for (const argv of [
    ['matrix', '--help'],
    ['help', 'matrix'],
    ['matrix', 'x', '--bogus', '-h'],
  ]) {
    const r = run(argv);
    assert.equal(r.code, 0, argv.join(' '));
    for (const words of [
      'SOURCE first',
      'then the REPORTs',
      'the other way round from align',
      '--format text|json',
      '--min-score N',
      'pairs: [the align JSON of each report, in order]',
      'REPORT 1, REPORT 2',
    ])
      assert.ok(r.stdout.includes(words), `matrix help mentions ${words}`);
  }
});

test('matrix --format json: the contract, with pairs[i] exactly what align prints for report i alone', () => {
  const r = run(['matrix', at('source.txt'), at('wire.txt'), at('paper.txt'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.endsWith('}\n'));
  const json = JSON.parse(r.stdout) as ContractMatrix;
  assert.deepEqual(Object.keys(json), ['version', 'source', 'reports', 'rows', 'pairs']);
  assert.equal(json.version, 1);
  assert.deepEqual(json.source, { length: SOURCE.length }, '\\r\\n kept');
  assert.deepEqual(json.reports, [{ length: WIRE.length }, { length: PAPER.length }]);
  for (const [i, file] of ['wire.txt', 'paper.txt'].entries()) {
    const align = run(['align', at(file), at('source.txt'), '--format', 'json']);
    assert.deepEqual(json.pairs[i], JSON.parse(align.stdout), `pairs[${i}] equals align ${file}`);
    assert.deepEqual(checkContract(json.pairs[i], json.reports[i]!.length, SOURCE.length), []);
  }
  assert.ok(json.rows.length >= 2);
  let last = 0;
  for (const row of json.rows) {
    assert.equal(row.source.length, 1);
    const span = row.source[0]!;
    assert.ok(span.start >= last && span.start < span.end && span.end <= SOURCE.length, 'rows in source order');
    last = span.end;
    assert.equal(row.cells.length, 2, 'one cell per report');
    row.cells.forEach((cell, i) => {
      if (cell === null) return;
      assert.deepEqual(Object.keys(cell), ['kind', 'score', 'report']);
      assert.ok(['quote', 'paraphrase', 'partial'].includes(cell.kind));
      assert.ok(cell.score >= 0 && cell.score <= 1);
      const pair = json.pairs[i]!;
      assert.ok(
        pair.alignments.some((a) => JSON.stringify(a.report) === JSON.stringify(cell.report)),
        "the cell's report spans are one of that pair's alignments",
      );
    });
  }
  const both = json.rows.filter((row) => row.cells.every((c) => c !== null));
  assert.deepEqual(
    both.map((row) => SOURCE.slice(row.source[0]!.start, row.source[0]!.end)),
    ['The sanctions are illegal and unjustified.'],
    'both reports carry the quoted sentence',
  );
});

test('matrix --min-score applies to every pair, as align --min-score does', () => {
  const r = run(['matrix', at('source.txt'), at('wire.txt'), '--format=json', '--min-score', '0.9']);
  const align = run(['align', at('wire.txt'), at('source.txt'), '--format=json', '--min-score', '0.9']);
  assert.deepEqual((JSON.parse(r.stdout) as ContractMatrix).pairs[0], JSON.parse(align.stdout));
});

test('matrix --format text: a column per report, a line per statement, the summaries and no colour off a terminal', () => {
  const r = run(['matrix', at('source.txt'), at('wire.txt'), at('paper.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.match(lines[0]!, /^Statement matrix: \d+ source statements, 2 reports$/);
  assert.ok(
    lines.some((l) => /^ {3}# R1 {2}R2 {2}by {2}statement$/.test(l)),
    'header names the report columns',
  );
  const quoted = lines.find((l) => l.endsWith('The sanctions are illegal and unjustified.'));
  assert.match(quoted ?? '', /^ +\d+ \S+ +\S+ +2 {2}\d+–\d+ {2}The sanctions/, 'both reports carry it');
  assert.ok(lines.some((l) => l.startsWith(`R2 ${at('paper.txt')}: carries `)));
  assert.match(r.stdout, /in no other report:\n {2}- \d+–\d+ {2}The weather was fine\.\n/);
  assert.match(
    lines.at(-2)!,
    /^\d+ statements: \d+ carried by both reports, \d+ by exactly one, \d+ by none; source \d+ chars$/,
  );
  assert.doesNotMatch(r.stdout, /\x1b\[/);
  assert.match(run(['matrix', at('source.txt'), at('wire.txt')], {}, true).stdout, /\x1b\[1m/);
  assert.doesNotMatch(run(['matrix', at('source.txt'), at('wire.txt')], { NO_COLOR: '1' }, true).stdout, /\x1b\[/);
});

const bin = join(import.meta.dirname, '..', 'bin', 'claimdiff.mjs');
const skipBin = existsSync(join(import.meta.dirname, '..', 'dist', 'claimdiff.mjs'))
  ? false
  : 'dist/claimdiff.mjs is not built (run node scripts/build-cli.mjs)';

test('bin: matrix --format json prints one object whose pairs are valid align contracts', { skip: skipBin }, () => {
  const r = spawnSync(
    process.execPath,
    [bin, 'matrix', at('source.txt'), at('wire.txt'), at('paper.txt'), '--format', 'json'],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as ContractMatrix;
  assert.equal(json.pairs.length, 2);
  json.pairs.forEach((pair, i) => assert.deepEqual(checkContract(pair, json.reports[i]!.length, SOURCE.length), []));
});
