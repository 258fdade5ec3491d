// The source archive on SQLite (issue 17): sources with an FTS5 index, candidate search by weighted rare terms.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite-store.ts';
import { migrate, migrations } from './migrations.ts';
import { seedStore } from './seed-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdiff-archive-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

const BRIEFING = 'Q: Any comment on the sanctions?\n\nA: The sanctions are unilateral bullying. We firmly oppose them.';
const SPEECH = 'My fellow citizens, tonight I speak about the harvest, the rains and the price of grain.';
const CLIMATE = 'The envoy said the climate talks in Glasgow must deliver finance for adaptation.';

async function archiveOfThree() {
  const store = openSqliteStore(':memory:');
  const ids = [];
  for (const [text, title] of [
    [BRIEFING, 'Briefing'],
    [SPEECH, 'Speech'],
    [CLIMATE, 'Climate'],
  ] as const)
    ids.push((await store.addSource({ text, title, kind: 'transcript' })).source.id);
  return { store, ids };
}

test('a source is archived with its metadata and read back with its text, byte for byte', async () => {
  const store = openSqliteStore(':memory:');
  const { source, added } = await store.addSource({
    text: '\uFEFFQ: Comment?\r\nA: None.',
    kind: 'statement',
    title: 'T',
    date: '2021-07-20',
    outlet: 'MFA',
    path: 'b.txt',
  });
  assert.equal(added, true);
  assert.deepEqual(
    { ...(await store.getSource(source.id)), id: '', created: '' },
    {
      id: '',
      created: '',
      text: '\uFEFFQ: Comment?\r\nA: None.',
      kind: 'statement',
      title: 'T',
      date: '2021-07-20',
      outlet: 'MFA',
      url: null,
      path: 'b.txt',
      length: 22,
      seedFile: null,
    },
  );
  store.close();
});

test('the same text added twice is stored once and the stored copy returned', async () => {
  const store = openSqliteStore(':memory:');
  const first = await store.addSource({ text: BRIEFING, title: 'One' });
  const second = await store.addSource({ text: BRIEFING, title: 'Two' });
  assert.equal(second.added, false);
  assert.equal(second.source.id, first.source.id);
  assert.equal(second.source.title, 'One');
  assert.equal(await store.countSources(), 1);
  store.close();
});

test('misuse throws naming the argument: an empty text, an unknown kind', async () => {
  const store = openSqliteStore(':memory:');
  await assert.rejects(store.addSource({ text: '  ' }), /source\.text must be a non-empty string/);
  // @ts-expect-error an unknown kind on purpose
  await assert.rejects(store.addSource({ text: 'x', kind: 'report' }), /source\.kind must be one of transcript/);
  store.close();
});

test('listSources: newest first without q, only sources holding every word with q (accents and case ignored)', async () => {
  const { store } = await archiveOfThree();
  assert.deepEqual(
    (await store.listSources()).map((s) => s.title),
    ['Climate', 'Speech', 'Briefing'],
  );
  assert.deepEqual(
    (await store.listSources({ q: 'SANCTIONS bullying' })).map((s) => s.title),
    ['Briefing'],
  );
  assert.deepEqual(
    (await store.listSources({ q: 'glásgow' })).map((s) => s.title),
    ['Climate'],
  );
  assert.deepEqual(await store.listSources({ q: 'sanctions grain' }), []);
  // FTS5 syntax in q is read as words, never as a query.
  assert.deepEqual(await store.listSources({ q: 'NEAR( "sanctions' }), []);
  store.close();
});

test('searchSources sums weight × rarity: a rare phrase outweighs a common word', async () => {
  const { store, ids } = await archiveOfThree();
  const hits = await store.searchSources({
    terms: [
      { words: ['unilateral', 'bullying'], weight: 3 },
      { words: ['the'], weight: 1 },
    ],
  });
  assert.equal(hits[0]!.id, ids[0]);
  assert.ok(hits[0]!.score > hits[1]!.score);
  assert.deepEqual(await store.searchSources({ terms: [{ words: ['absent'], weight: 1 }] }), []);
  store.close();
});

test('searchSources uses only the maxTerms most telling terms', async () => {
  const { store, ids } = await archiveOfThree();
  const terms = [
    { words: ['grain'], weight: 1 },
    { words: ['glasgow'], weight: 5 },
  ];
  assert.deepEqual(
    (await store.searchSources({ terms, maxTerms: 1 })).map((h) => h.id),
    [ids[2]],
  );
  store.close();
});

test('a deleted source leaves the index: it is found no more', async () => {
  const { store, ids } = await archiveOfThree();
  assert.equal(await store.deleteSource(ids[0]!), true);
  assert.equal(await store.deleteSource(ids[0]!), false);
  assert.equal(await store.getSource(ids[0]!), null);
  assert.deepEqual(await store.listSources({ q: 'sanctions' }), []);
  assert.deepEqual(await store.searchSources({ terms: [{ words: ['bullying'], weight: 1 }] }), []);
  store.close();
});

test('seedStore archives the seed transcripts once, and a deleted seed source stays deleted', async () => {
  const store = openSqliteStore(':memory:');
  await seedStore(store, SEEDS);
  const seeded = await store.listSources({ limit: 100 });
  assert.ok(seeded.length >= 1);
  assert.ok(seeded.every((s) => s.seedFile !== null && s.kind === 'transcript'));
  await store.deleteSource(seeded[0]!.id);
  await seedStore(store, SEEDS);
  assert.equal(await store.countSources(), seeded.length - 1);
  store.close();
});

test('migration 3 adds the archive to a database at version 2 and keeps what it held', () => {
  const path = join(dir, 'v2.db');
  const db = new Database(path);
  migrate(db, migrations.slice(0, 2));
  db.prepare("INSERT INTO documents (id, text, kind, created) VALUES ('d1', 'x', 'report', 'now')").run();
  db.close();
  const store = openSqliteStore(path);
  return (async () => {
    assert.equal((await store.getDocument('d1'))?.text, 'x');
    assert.equal(await store.countSources(), 0);
    store.close();
  })();
});
