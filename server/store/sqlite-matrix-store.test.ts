import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite-store.ts';
import { LATEST_VERSION, migrate, migrations } from './migrations.ts';
import { input } from './contract/matrices.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdiff-matrix-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
const freshPath = (): string => join(dir, `db-${++fileNo}.db`);

test('a database at schema version 1 is migrated to the latest and keeps its documents', async () => {
  const path = freshPath();
  const old = new Database(path);
  migrate(old, migrations.slice(0, 1));
  old
    .prepare("INSERT INTO documents (id, text, kind, created) VALUES ('doc1', 'Old text.', 'report', '2026-01-01')")
    .run();
  old.close();
  const store = openSqliteStore(path);
  assert.equal((await store.getDocument('doc1'))?.text, 'Old text.');
  const saved = await store.createMatrix(input());
  assert.equal((await store.getMatrix(saved.id))?.title, 'Briefing in two wires');
  store.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION);
  assert.ok(LATEST_VERSION >= 2);
  db.close();
});
