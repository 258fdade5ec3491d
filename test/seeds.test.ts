// The seed documents and labelled cases the project ships with: complete, well-formed, and (when ../shared is
// beside the repo) byte-identical to the copies they were taken from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..');
const seeds = join(root, 'seeds');
const cases = readdirSync(join(seeds, 'cases'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const shared = join(root, '..', 'shared');
const noShared = existsSync(shared) ? false : `../shared not found beside the repo (${shared}): copies not compared`;

test('every labelled case passes scripts/check-gold.mjs', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'check-gold.mjs'), join(seeds, 'cases')], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, new RegExp(`^${cases.length} passed, 0 failed$`, 'm'));
});

test('every case folder holds a.txt, b.txt, meta.json and gold.json', () => {
  assert.ok(cases.length >= 3);
  for (const name of cases)
    for (const file of ['a.txt', 'b.txt', 'meta.json', 'gold.json'])
      assert.ok(existsSync(join(seeds, 'cases', name, file)), `${name}/${file}`);
});

test('every document in seeds/manifest.json is in seeds/', () => {
  const manifest = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')) as { documents: { file: string }[] };
  assert.ok(manifest.documents.length >= 5);
  for (const d of manifest.documents) assert.ok(existsSync(join(seeds, d.file)), d.file);
});

test('case texts that are seed documents are byte-identical to them (as seeds/ORIGIN.md says)', () => {
  const table: [string, string][] = [
    ['xinhua-wang-wenbin-2021-12-09/a.txt', 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt'],
    ['xinhua-wang-wenbin-2021-12-09/b.txt', 'mfa-2021-12-09-wang-wenbin-press-conference.txt'],
    ['zhao-20210720-therecord/b.txt', 'mfa-2021-07-20-zhao-lijian-press-conference.txt'],
    ['zhao-20210720-zdnet/b.txt', 'mfa-2021-07-20-zhao-lijian-press-conference.txt'],
  ];
  for (const [inCase, seed] of table)
    assert.ok(readFileSync(join(seeds, 'cases', inCase)).equals(readFileSync(join(seeds, seed))), inCase);
});

test('seeds/ and seeds/cases/ are byte-identical to ../shared/seeds and ../shared/cases', { skip: noShared }, () => {
  const differ: string[] = [];
  const same = (ours: string, theirs: string) => {
    if (existsSync(theirs) && !readFileSync(ours).equals(readFileSync(theirs))) differ.push(ours);
  };
  for (const name of readdirSync(join(shared, 'seeds'))) same(join(seeds, name), join(shared, 'seeds', name));
  for (const name of cases)
    for (const file of ['a.txt', 'b.txt', 'meta.json', 'gold.json'])
      same(join(seeds, 'cases', name, file), join(shared, 'cases', name, file));
  same(join(root, 'scripts', 'check-gold.mjs'), join(shared, 'cases', 'check-gold.mjs'));
  assert.deepEqual(differ, []);
});
