import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { alignTexts, buildMatrix } from '../../lib/index.ts';
import type { MatrixRun } from '../../lib/types.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { LATEST_VERSION, migrate, migrations } from './migrations.ts';
import type { CreateMatrixInput } from './comparison-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdiff-matrix-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
const freshPath = (): string => join(dir, `db-${++fileNo}.db`);

const SOURCE = 'Q: Any comment?\n\nA: These accusations are groundless. We firmly oppose them. Talks will go on.';
const REPORTS = [
  'The spokesperson said the accusations were "groundless".',
  'China said it "firmly opposes" the claims and that talks will go on.',
];

const runOf = (source: string, reports: readonly string[]): MatrixRun => {
  const pairs = reports.map((r) => alignTexts(r, source));
  return { pairs, matrix: buildMatrix(source, reports, pairs) };
};

const input = (overrides: Partial<CreateMatrixInput> = {}): CreateMatrixInput => ({
  title: 'Briefing in two wires',
  source: { text: SOURCE, kind: 'transcript', title: 'Briefing' },
  reports: REPORTS.map((text, i) => ({ text, kind: 'report' as const, title: `Wire ${i + 1}`, outlet: `Outlet ${i}` })),
  result: runOf(SOURCE, REPORTS),
  matcherVersion: '0.1.0',
  ...overrides,
});

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
