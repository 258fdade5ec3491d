// The statement-matrix behaviour every ComparisonStore engine must have (store-contract.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts, buildMatrix } from '../../../lib/index.ts';
import type { MatrixRun } from '../../../lib/types.ts';
import type { CreateMatrixInput } from '../comparison-store.ts';
import type { OpenStore } from './open-store-for-test.ts';

/** The fixtures, shared with the SQLite-only tests (sqlite-matrix-store.test.ts). */
export const SOURCE =
  'Q: Any comment?\n\nA: These accusations are groundless. We firmly oppose them. Talks will go on.';
export const REPORTS = [
  'The spokesperson said the accusations were "groundless".',
  'China said it "firmly opposes" the claims and that talks will go on.',
];

export const runOf = (source: string, reports: readonly string[]): MatrixRun => {
  const pairs = reports.map((r) => alignTexts(r, source));
  return { pairs, matrix: buildMatrix(source, reports, pairs) };
};

export const input = (overrides: Partial<CreateMatrixInput> = {}): CreateMatrixInput => ({
  title: 'Briefing in two wires',
  source: { text: SOURCE, kind: 'transcript', title: 'Briefing' },
  reports: REPORTS.map((text, i) => ({ text, kind: 'report' as const, title: `Wire ${i + 1}`, outlet: `Outlet ${i}` })),
  result: runOf(SOURCE, REPORTS),
  matcherVersion: '0.1.0',
  ...overrides,
});

export function matrixContract(open: OpenStore): void {
  test('a saved matrix round-trips: documents in column order, the run unchanged, listed newest first', async () => {
    const store = await open();
    const first = await store.createMatrix(input({ title: null }));
    const second = await store.createMatrix(input());
    const read = await store.getMatrix(second.id);
    assert.ok(read);
    assert.equal(read.source.text, SOURCE);
    assert.deepEqual(
      read.reports.map((r) => [r.text, r.title, r.outlet]),
      REPORTS.map((t, i) => [t, `Wire ${i + 1}`, `Outlet ${i}`]),
    );
    assert.deepEqual(read.result, JSON.parse(JSON.stringify(input().result)));
    assert.equal(read.matcherVersion, '0.1.0');
    assert.equal(first.title, 'Briefing', 'defaults to the source title');
    assert.deepEqual(
      (await store.listMatrices()).map((m) => [m.id, m.reportCount, m.sourceTitle]),
      [
        [second.id, 2, 'Briefing'],
        [first.id, 2, 'Briefing'],
      ],
    );
    assert.equal(await store.renameMatrix(first.id, '  Renamed  '), true);
    assert.equal((await store.getMatrix(first.id))?.title, 'Renamed');
    assert.equal(await store.renameMatrix('nope', 'x'), false);
    assert.equal(await store.getMatrix('nope'), null);
    await store.close();
  });
  test('a run that does not fit the texts is refused', async () => {
    const store = await open();
    await assert.rejects(store.createMatrix(input({ reports: input().reports.slice(0, 1) })), RangeError);
    await assert.rejects(store.createMatrix(input({ result: runOf(SOURCE + ' More.', REPORTS) })), RangeError);
    assert.deepEqual(await store.listMatrices(), []);
    await store.close();
  });
  test('deleting a matrix deletes its own documents, never a seed document or another matrix', async () => {
    const store = await open();
    await store.addSeedDocument('seed.txt', { text: 'Seed text.', kind: 'transcript' });
    const kept = await store.createMatrix(input());
    const gone = await store.createMatrix(input());
    const docIds = [gone.source.id, ...gone.reports.map((r) => r.id)];
    assert.equal(await store.deleteMatrix(gone.id), true);
    assert.equal(await store.getMatrix(gone.id), null);
    for (const id of docIds) assert.equal(await store.getDocument(id), null);
    assert.equal(await store.deleteMatrix(gone.id), false);
    assert.equal((await store.getMatrix(kept.id))?.reports.length, 2);
    assert.equal((await store.listSeedDocuments()).length, 1);
    await store.close();
  });
}
