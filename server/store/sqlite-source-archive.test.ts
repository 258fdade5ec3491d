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
