// The source archive on SQLite (issue 17): what only the SQLite file has; the archive's behaviour on every engine is
// contract/sources.ts.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite-store.ts';
import { migrate, migrations } from './migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdiff-archive-'));
after(() => rmSync(dir, { recursive: true, force: true }));

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

test('word counts a search read are kept for other connections and emptied when another one adds a source', async () => {
  const path = join(dir, 'counts.db');
  const reader = openSqliteStore(path);
  const writer = openSqliteStore(path);
  await writer.addSource({ text: 'The envoy praised the harbour treaty.' });
  await writer.addSource({ text: 'The minister spoke about rainfall.' });
  const kept = () => {
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT term, docs FROM source_word_counts ORDER BY term').all();
    db.close();
    return rows;
  };
  const terms = [
    { words: ['harbour'], weight: 1 },
    { words: ['the'], weight: 1 },
  ];
  assert.equal((await reader.searchSources({ terms })).length, 2);
  assert.deepEqual(kept(), [
    { term: 'harbour', docs: 1 },
    { term: 'the', docs: 2 },
  ]);
  // Another connection's new source empties the kept counts, so the next search counts `harbour` in both.
  const { source } = await writer.addSource({ text: 'A harbour was named.' });
  assert.deepEqual(kept(), []);
  const hits = await reader.searchSources({ terms: [{ words: ['harbour'], weight: 1 }] });
  assert.equal(hits.length, 2);
  assert.ok(hits.some((hit) => hit.id === source.id));
  assert.deepEqual(kept(), [{ term: 'harbour', docs: 2 }]);
  await writer.deleteSource(source.id);
  assert.deepEqual(kept(), []);
  reader.close();
  writer.close();
});
