// `claimdiff dict import` and `dict list` end to end, on dictd files written here (no network): from a folder, from
// a .deb a stand-in apt-get "downloads", the errors, and the German/English fixture pair aligned with the result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './claimdiff.ts';
import { writeDictdPackage } from '../server/dict/dictd-writer.test-support.ts';

const FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'translation-de-en');
const GLOSSARY: Array<[string, string]> = readFileSync(join(FIXTURE, 'glossary.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string]);

async function run(argv: string[], env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env,
    stdoutIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** A fresh folder holding an unpacked dict-freedict-deu-eng with the fixture's glossary, and an empty data folder. */
function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'claimdiff-dict-test-'));
  const pkg = join(root, 'pkg');
  writeDictdPackage(pkg, 'deu', GLOSSARY);
  return { root, pkg, env: { CLAIMDIFF_DICT_DIR: join(root, 'data'), PATH: process.env.PATH } };
}

test('dict import --from FOLDER writes the gloss table with its licence, and dict list shows it', async () => {
  const { pkg, env } = setUp();
  const empty = await run(['dict', 'list'], env);
  assert.equal(empty.code, 0);
  assert.match(empty.stdout, /no dictionaries imported/);

  const imported = await run(['dict', 'import', 'deu', '--from', pkg], env);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /imported German \(deu-eng\)/);
  assert.match(imported.stdout, /License: GPL-3\+\n The GPL-3\+ license applies to the dictionary\./);
  const data = env.CLAIMDIFF_DICT_DIR;
  const table = readFileSync(join(data, 'deu-eng.tsv'), 'utf8');
  assert.match(table, /^verkehrsplan\ttransport plan traffic$/m);
  assert.match(table, /^nach ihrer ansicht\tin their view opinion$/m);
  const info = JSON.parse(readFileSync(join(data, 'deu-eng.json'), 'utf8'));
  assert.equal(info.language, 'de');
  assert.equal(info.entries, GLOSSARY.length);
  assert.equal(info.license, 'GPL-3+');
  assert.equal(info.description, 'Test deu-English dictionary ver. 0.1');
  assert.ok(existsSync(join(data, 'deu-eng.copyright')));

  const listed = await run(['dict', 'list'], env);
  assert.equal(listed.code, 0);
  assert.match(listed.stdout, new RegExp(`de {2}German \\(deu-eng\\): ${GLOSSARY.length} headwords, licence GPL-3\\+`));
  // /usr/share/dictd of an installed package is a folder too; `de` and `german` name the language as well.
  const again = await run(['dict', 'import', 'german', '--from', join(pkg, 'usr', 'share', 'dictd')], env);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(JSON.parse(readFileSync(join(data, 'deu-eng.json'), 'utf8')).license, 'GPL-3+');
});

test('dict import without --from downloads the package with apt-get and unpacks it with dpkg-deb', async (t) => {
  if (spawnSync('dpkg-deb', ['--version']).error) return t.skip('dpkg-deb is not installed');
  const { root, pkg, env } = setUp();
  mkdirSync(join(pkg, 'DEBIAN'));
  writeFileSync(
    join(pkg, 'DEBIAN', 'control'),
    'Package: dict-freedict-deu-eng\nVersion: 2022.04.21-1\nArchitecture: all\nMaintainer: Test <t@example.org>\nDescription: test\n',
  );
  const deb = join(root, 'dict-freedict-deu-eng_2022.04.21-1_all.deb');
  const built = spawnSync('dpkg-deb', ['--root-owner-group', '-b', pkg, deb], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  // A stand-in apt-get on PATH: `apt-get download NAME` copies the .deb into the folder it runs in.
  const bin = join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'apt-get'),
    `#!/bin/sh\n[ "$2" = dict-freedict-deu-eng ] && cp '${deb}' . && exit 0\necho "E: Unable to locate package $2" >&2\nexit 100\n`,
  );
  chmodSync(join(bin, 'apt-get'), 0o755);
  const withApt = { ...env, PATH: `${bin}:${process.env.PATH}` };

  const imported = await run(['dict', 'import', 'de'], withApt);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, /downloading dict-freedict-deu-eng with apt-get/);
  const info = JSON.parse(readFileSync(join(env.CLAIMDIFF_DICT_DIR, 'deu-eng.json'), 'utf8'));
  assert.equal(info.packageVersion, '2022.04.21-1');
  assert.match((await run(['dict', 'list'], withApt)).stdout, /from dict-freedict-deu-eng 2022\.04\.21-1/);

  const missing = await run(['dict', 'import', 'nl'], withApt);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /there is no Debian package dict-freedict-nld-eng in this machine's package lists/);

  const fromDeb = await run(['dict', 'import', 'deu', '--from', deb], env);
  assert.equal(fromDeb.code, 0, fromDeb.stderr);
});

test('dict import names the problem: unknown language, no dictionary, no apt-get, no file, corrupt file', async () => {
  const { root, pkg, env } = setUp();
  const unknown = await run(['dict', 'import', 'klingon'], env);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown language "klingon": claimdiff dict import takes de \(deu\), fr \(fra\)/);
  const russian = await run(['dict', 'import', 'rus'], env);
  assert.equal(russian.code, 2);
  assert.match(russian.stderr, /Debian has no FreeDict Russian-English dictionary \(only English-Russian\)/);

  const noApt = await run(['dict', 'import', 'fr'], { ...env, PATH: join(root, 'nowhere') });
  assert.equal(noApt.code, 1);
  assert.match(
    noApt.stderr,
    /apt-get is not available on this machine: download the package dict-freedict-fra-eng elsewhere/,
  );

  const nothing = await run(['dict', 'import', 'de', '--from', join(root, 'nope.deb')], env);
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /--from .*nope\.deb: no such file or folder/);
  const wrongFolder = await run(['dict', 'import', 'fr', '--from', pkg], env);
  assert.equal(wrongFolder.code, 1);
  assert.match(wrongFolder.stderr, /holds no freedict-fra-eng\.index/);

  writeFileSync(join(pkg, 'usr', 'share', 'dictd', 'freedict-deu-eng.dict.dz'), 'not gzip at all');
  const corrupt = await run(['dict', 'import', 'de', '--from', pkg], env);
  assert.equal(corrupt.code, 1);
  assert.match(corrupt.stderr, /freedict-deu-eng\.dict\.dz is corrupt: it is not dictzip \(gzip\) data/);
  assert.equal(existsSync(join(env.CLAIMDIFF_DICT_DIR, 'deu-eng.json')), false);

  const usage = await run(['dict', 'import'], env);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /missing LANG/);
});

test('the German/English fixture pair is aligned sentence by sentence once the dictionary is imported, not before', async () => {
  const { pkg, env } = setUp();
  const report = join(FIXTURE, 'translation.en.txt');
  const source = join(FIXTURE, 'original.de.txt');
  const en = readFileSync(report, 'utf8');
  const de = readFileSync(source, 'utf8');
  const show = (stdout: string) => {
    const result = JSON.parse(stdout);
    return {
      pairs: result.alignments.map(
        (a: { report: Array<{ start: number; end: number }>; source: Array<{ start: number; end: number }> }) =>
          `${en.slice(a.report[0]!.start, a.report[0]!.start + 12)} = ${de.slice(a.source[0]!.start, a.source[0]!.start + 12)}`,
      ),
      added: result.added.map((s: { start: number; end: number }) => en.slice(s.start, s.end)),
      omitted: result.omitted.map((s: { start: number; end: number }) => de.slice(s.start, s.end)),
    };
  };
  const before = await run(['align', report, source, '--format', 'json'], env);
  assert.equal(before.code, 0, before.stderr);
  const without = show(before.stdout);

  assert.equal((await run(['dict', 'import', 'de', '--from', pkg], env)).code, 0);
  const after = await run(['align', report, source, '--format', 'json'], env);
  assert.equal(after.code, 0, after.stderr);
  const withDictionary = show(after.stdout);
  assert.deepEqual(withDictionary.pairs, [
    'New transpor = Neuer Verkeh',
    'On Monday th = Die Stadtver',
    'Three new tr = Bis zum Jahr',
    'The costs ar = Die Kosten w',
    'The mayor sa = Der Bürgerme',
    '"We have to  = „Wir müssen ',
    'The oppositi = Die Oppositi',
    'In addition, = Außerdem sol',
    'A monthly ti = Ein Monatsti',
    'Construction = Die Bauarbei',
    'During the w = Während der ',
    'Many shopkee = Viele Geschä',
    'The chamber  = Die Handelsk',
    'The city cou = Der Stadtrat',
    'A majority i = Eine Mehrhei',
  ]);
  assert.deepEqual(withDictionary.added, ['The city has about 600,000 inhabitants.']);
  assert.deepEqual(withDictionary.omitted, ['Nach ihrer Ansicht sollte die Stadt zuerst mehr Busse kaufen.']);
  // Without the dictionary the matcher finds none of these pairs.
  assert.equal(
    without.pairs.filter((p: string) => withDictionary.pairs.includes(p)).length,
    0,
    `found without the dictionary: ${without.pairs.join('; ')}`,
  );
  // The same source given as German with no dictionary stays with the matcher, and says why.
  const { env: bare } = setUp();
  const given = await run(['align', report, source, '--source-lang', 'de', '--format', 'json'], bare);
  assert.equal(given.code, 0);
  assert.match(given.stderr, /no de dictionary is imported, so SOURCE is aligned as English/);
  assert.deepEqual(show(given.stdout), without);
});

test('dict --help and the main help document the command; the command line is checked before anything runs', async () => {
  const env = { PATH: process.env.PATH };
  for (const argv of [
    ['dict', '--help'],
    ['help', 'dict'],
    ['dict', 'import', 'de', '-h'],
  ]) {
    const help = await run(argv, env);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: claimdiff dict import LANG \[--from PATH\]\n {7}claimdiff dict list/);
    for (const text of ['--from PATH', 'CLAIMDIFF_DICT_DIR', 'GPL', 'de (deu), fr (fra), es (spa), it (ita)'])
      assert.ok(help.stdout.includes(text), `dict help mentions ${text}`);
  }
  const main = await run(['--help'], env);
  assert.match(main.stdout, /claimdiff dict import LANG \[--from PATH\]\n {2}claimdiff dict list\n/);
  assert.match(
    (await run(['align', '--help'], env)).stdout,
    /--source-lang L .*\n(?:.*\n){0,3}.*claimdiff dict import L/,
  );
  assert.match(
    (await run(['dict'], env)).stderr,
    /use `claimdiff dict import LANG \[--from PATH\]` or `claimdiff dict list`/,
  );
  assert.match((await run(['dict', 'import', 'de', '--form', 'x'], env)).stderr, /unknown option "--form"/);
  assert.match((await run(['dict', 'import', 'de', 'fr'], env)).stderr, /too many arguments: "fr"/);
  assert.match((await run(['dict', 'import', 'de', '--from'], env)).stderr, /option --from needs a value/);
});

test('matrix reads the imported dictionary too: each German sentence the translation carries is a paraphrase cell', async () => {
  const { pkg, env } = setUp();
  assert.equal((await run(['dict', 'import', 'de', '--from', pkg], env)).code, 0);
  const matrix = await run(
    ['matrix', join(FIXTURE, 'original.de.txt'), join(FIXTURE, 'translation.en.txt'), '--format', 'json'],
    env,
  );
  assert.equal(matrix.code, 0, matrix.stderr);
  const cells = JSON.parse(matrix.stdout).rows.map((row: { cells: Array<{ kind: string } | null> }) =>
    row.cells[0] ? row.cells[0].kind[0] : '-',
  );
  assert.equal(cells.join(''), 'ppppppp-pppppppp');
});
