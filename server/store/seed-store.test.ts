import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openSqliteStore } from './sqlite-store.ts';
import { seedStore } from './seed-store.ts';
import { DEFAULT_DB_PATH, getStore, openStore, resolveDbPath } from './open-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdiff-seed-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

test('seedStore loads every seed document of the manifest once, texts byte for byte', async () => {
  const store = openSqliteStore(':memory:');
  const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as {
    documents: { file: string; title: string; kind: string }[];
  };
  assert.deepEqual(await seedStore(store, SEEDS), {
    added: manifest.documents.length,
    total: manifest.documents.length,
  });
  assert.deepEqual(await seedStore(store, SEEDS), { added: 0, total: manifest.documents.length });
  const docs = await store.listSeedDocuments();
  assert.deepEqual(
    docs.map((d) => d.seedFile),
    manifest.documents.map((d) => d.file),
  );
  for (const [i, doc] of docs.entries()) {
    assert.equal(doc.text, readFileSync(join(SEEDS, manifest.documents[i]!.file), 'utf8'));
    assert.equal(doc.title, manifest.documents[i]!.title);
    assert.equal(doc.kind, manifest.documents[i]!.kind);
  }
  store.close();
});

test('seedStore refuses a manifest that names a file outside the seeds folder', async () => {
  const seeds = join(dir, 'bad-seeds');
  mkdirSync(seeds);
  writeFileSync(
    join(seeds, 'manifest.json'),
    JSON.stringify({ documents: [{ file: '../../etc/passwd', kind: 'report' }] }),
  );
  const store = openSqliteStore(':memory:');
  await assert.rejects(
    seedStore(store, seeds),
    /not a valid seed manifest: documents\.0\.file: a file name inside the seeds folder/,
  );
  store.close();
});

test('the database path comes from CLAIMDIFF_DB, else data/claimdiff.db; its folder is created', () => {
  assert.equal(resolveDbPath({}, '/srv/app'), resolve('/srv/app', DEFAULT_DB_PATH));
  assert.equal(resolveDbPath({ CLAIMDIFF_DB: 'x/y.db' }, '/srv/app'), '/srv/app/x/y.db');
  assert.equal(resolveDbPath({ CLAIMDIFF_DB: '/abs/z.db' }, '/srv/app'), '/abs/z.db');
  assert.equal(resolveDbPath({ CLAIMDIFF_DB: '  ' }, '/srv/app'), resolve('/srv/app', DEFAULT_DB_PATH));
  const path = join(dir, 'nested', 'deeper', 'claimdiff.db');
  openStore(path).close();
  assert.ok(existsSync(path));
});

test('getStore opens one shared, seeded store per process', async () => {
  const saved = process.env.CLAIMDIFF_DB;
  process.env.CLAIMDIFF_DB = join(dir, 'shared', 'claimdiff.db');
  try {
    const [a, b] = await Promise.all([getStore(SEEDS), getStore(SEEDS)]);
    assert.equal(a, b);
    assert.ok((await a.listSeedDocuments()).length > 0);
    a.close();
  } finally {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('claimdiff.store')];
    if (saved === undefined) delete process.env.CLAIMDIFF_DB;
    else process.env.CLAIMDIFF_DB = saved;
  }
});
