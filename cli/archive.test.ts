// The archive commands end to end through runCli: archive add, find and batch (issue 17).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCaptured as run } from './run-captured.test-support.ts';
import { EXIT } from './cli-error.ts';
import { checkContract } from '../lib/contract.ts';

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const ZHAO = join(SEEDS, 'mfa-2021-07-20-zhao-lijian-press-conference.txt');
const WANG = join(SEEDS, 'mfa-2021-12-09-wang-wenbin-press-conference.txt');
const XINHUA_REPORT = join(SEEDS, 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt');
const ZHAO_REPORT = join(SEEDS, 'cases', 'zhao-20210720-therecord', 'a.txt');
const OTHER = join(SEEDS, 'cases', 'remarks-aukus-zdnet-20210915', 'b.txt');

let dir = '';
let db = '';
const at = (name: string) => join(dir, name);

interface Found {
  version: number;
  candidates: {
    id: string;
    title: string | null;
    path: string | null;
    date: string | null;
    score: number;
    passages: { start: number; end: number }[];
  }[];
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-archive-cli-'));
  db = at('archive.db');
  writeFileSync(at('zhao.txt'), readFileSync(ZHAO));
  writeFileSync(
    at('zhao.txt.json'),
    JSON.stringify({ title: 'Zhao Lijian, July 20', date: '2021-07-20', outlet: 'MFA' }),
  );
  writeFileSync(at('wang.txt'), readFileSync(WANG));
  const added = await run([
    'archive',
    'add',
    '--db',
    db,
    at('zhao.txt'),
    at('wang.txt'),
    OTHER,
    '--outlet',
    'Ministry',
  ]);
  assert.equal(added.code, EXIT.ok, added.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('archive add creates the database and prints a line per source', async () => {
  const fresh = at('fresh/new.db');
  const { code, stdout } = await run(['archive', 'add', '--db', fresh, at('wang.txt')]);
  assert.equal(code, EXIT.ok);
  assert.match(stdout, /^added [\w-]{22} .*wang\.txt\n$/);
  assert.ok(existsSync(fresh));
  const again = await run(['archive', 'add', '--db', fresh, at('wang.txt')]);
  assert.match(again.stdout, /^already archived [\w-]{22} /);
});

test('archive add takes metadata from the sidecar, the options win, and the absolute path is kept', async () => {
  const { stdout } = await run(['find', ZHAO_REPORT, '--db', db, '--format', 'json', '--limit', '1']);
  const [best] = (JSON.parse(stdout) as Found).candidates;
  assert.deepEqual(
    { title: best?.title, date: best?.date, path: best?.path },
    { title: 'Zhao Lijian, July 20', date: '2021-07-20', path: resolve(at('zhao.txt')) },
  );
});

test('archive add checks every file before writing: a bad one leaves the archive as it was', async () => {
  writeFileSync(at('empty.txt'), '');
  const fresh = at('untouched.db');
  const { code, stderr, stdout } = await run(['archive', 'add', '--db', fresh, at('wang.txt'), at('empty.txt')]);
  assert.equal(code, EXIT.badInput);
  assert.equal(stdout, '');
  assert.match(stderr, /SOURCE file is empty: .*empty\.txt/);
  assert.equal(existsSync(fresh), false);
});

test('find --format json: the true source first, with passages inside it', async () => {
  const { code, stdout } = await run(['find', XINHUA_REPORT, '--db', db, '--format', 'json']);
  assert.equal(code, EXIT.ok);
  const found = JSON.parse(stdout) as Found;
  assert.equal(found.version, 1);
  const best = found.candidates[0]!;
  assert.equal(best.path, resolve(at('wang.txt')));
  assert.ok(best.score > 0.5 && best.score <= 1, String(best.score));
  const length = readFileSync(WANG, 'utf8').length;
  assert.ok(best.passages.length > 0);
  for (const p of best.passages) assert.ok(p.start < p.end && p.end <= length);
  assert.deepEqual(Object.keys(best), ['id', 'title', 'path', 'date', 'score', 'passages']);
});

test('find: a story that draws on two briefings gets both first', async () => {
  const both = readFileSync(ZHAO_REPORT, 'utf8') + '\n\n' + readFileSync(XINHUA_REPORT, 'utf8');
  writeFileSync(at('both.txt'), both);
  const { stdout } = await run(['find', at('both.txt'), '--db', db, '--format', 'json']);
  const paths = (JSON.parse(stdout) as Found).candidates.slice(0, 2).map((c) => c.path);
  assert.deepEqual(new Set(paths), new Set([resolve(at('zhao.txt')), resolve(at('wang.txt'))]));
});

test('find --format text: a numbered list naming each source (the --outlet option over the sidecar) and its share', async () => {
  const { code, stdout } = await run(['find', ZHAO_REPORT, '--db', db]);
  assert.equal(code, EXIT.ok);
  assert.match(
    stdout,
    /^1\. Zhao Lijian, July 20\n {3}2021-07-20 · Ministry · .*zhao\.txt\n {3}accounts for \d+% of the report; id /,
  );
});

test('find and batch refuse a --db file that does not exist, naming it', async () => {
  for (const argv of [
    ['find', ZHAO_REPORT, '--db', at('missing.db')],
    ['batch', '--db', at('missing.db'), ZHAO_REPORT],
  ]) {
    const { code, stderr } = await run(argv);
    assert.equal(code, EXIT.badInput);
    assert.match(stderr, /--db file not found: .*missing\.db \(create the archive with `claimdiff archive add/);
  }
  assert.equal(existsSync(at('missing.db')), false);
});

test('usage errors: no --db, --resume without --out, an unknown option, a bad --limit', async () => {
  const table: [string[], string][] = [
    [['find', ZHAO_REPORT], 'find needs --db FILE'],
    [['archive', 'add', at('zhao.txt')], 'archive add needs --db FILE'],
    [['archive'], 'missing subcommand'],
    [['archive', 'remove', '--db', db], 'unknown archive subcommand "remove"'],
    [['batch', '--db', db, ZHAO_REPORT, '--resume'], '--resume needs --out FILE'],
    [['find', ZHAO_REPORT, '--db', db, '--min-score', '1'], 'unknown option "--min-score" for find'],
    [['find', ZHAO_REPORT, '--db', db, '--limit', '0'], '--limit must be a whole number from 1 to 20'],
    [['archive', 'add', '--db', db, '--kind', 'report', at('zhao.txt')], '--kind must be one of transcript'],
  ];
  for (const [argv, message] of table) {
    const { code, stderr } = await run(argv);
    assert.equal(code, EXIT.usage, argv.join(' '));
    assert.ok(stderr.includes(message), `${argv.join(' ')}: ${stderr}`);
  }
});

test('batch: a JSON line per report with its source and align contract; a bad file gets an error line', async () => {
  writeFileSync(at('binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  const { code, stdout } = await run(['batch', '--db', db, XINHUA_REPORT, at('binary.txt'), ZHAO_REPORT]);
  assert.equal(code, EXIT.badInput);
  const rows = stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    rows.map((r) => [r.report, r.source?.path ?? null, r.error !== undefined]),
    [
      [XINHUA_REPORT, resolve(at('wang.txt')), false],
      [at('binary.txt'), null, true],
      [ZHAO_REPORT, resolve(at('zhao.txt')), false],
    ],
  );
  assert.match(rows[1].error, /REPORT file looks binary/);
  assert.deepEqual(
    checkContract(rows[0].align, readFileSync(XINHUA_REPORT, 'utf8').length, readFileSync(WANG, 'utf8').length),
    [],
  );
});

test('batch --out --resume skips the reports already written and retries the failed ones', async () => {
  const folder = at('stories');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), readFileSync(XINHUA_REPORT));
  writeFileSync(join(folder, 'b.txt'), '   ');
  writeFileSync(join(folder, 'notes.md'), 'not a report');
  const out = at('results.jsonl');
  assert.equal((await run(['batch', '--db', db, folder, '--out', out])).code, EXIT.badInput);
  writeFileSync(join(folder, 'b.txt'), readFileSync(ZHAO_REPORT));
  const resumed = await run(['batch', '--db', db, folder, '--out', out, '--resume']);
  assert.equal(resumed.code, EXIT.ok);
  assert.equal(resumed.stdout, '');
  const rows = readFileSync(out, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    rows.map((r) => [r.report.slice(folder.length + 1), r.error === undefined]),
    [
      ['a.txt', true],
      ['b.txt', false],
      ['b.txt', true],
    ],
  );
});

test('batch draws a progress bar on stderr only when it is a terminal', async () => {
  const quiet = await run(['batch', '--db', db, ZHAO_REPORT]);
  assert.equal(quiet.stderr, '');
  const tty = await run(['batch', '--db', db, ZHAO_REPORT], true);
  assert.match(tty.stderr, /\r\[-{24}\] 0\/1 .*\r\[#{24}\] 1\/1 done/s);
});
