// The comparison, correction and document behaviour every ComparisonStore engine must have (store-contract.test.ts
// runs it once per engine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../../../lib/index.ts';
import type { AlignResult } from '../../../lib/types.ts';
import { createId, isId } from '../create-id.ts';
import type { CreateComparisonInput } from '../comparison-store.ts';
import type { OpenStore } from './open-store-for-test.ts';

/** The fixtures, shared with the SQLite-only tests (sqlite-store.test.ts). */
export const REPORT =
  'The spokesperson said on Tuesday that the accusations were "groundless".\n\nOther news followed.';
export const SOURCE = 'Q: Any comment?\n\nA: These accusations are groundless. We firmly oppose them.';

export const input = (overrides: Partial<CreateComparisonInput> = {}): CreateComparisonInput => ({
  title: 'Wire vs briefing',
  report: {
    text: REPORT,
    kind: 'report',
    title: 'Wire story',
    outlet: 'Example Wire',
    date: '2021-07-20',
    url: 'https://wire.example/a',
    language: 'en',
  },
  source: { text: SOURCE, kind: 'transcript', title: 'Briefing' },
  result: alignTexts(REPORT, SOURCE),
  matcherVersion: '0.1.0',
  ...overrides,
});

export function comparisonContract(open: OpenStore): void {
  test('a comparison round-trips exactly: documents, metadata and the full matcher result', async () => {
    const store = await open();
    const data = input();
    const saved = await store.createComparison(data);
    const loaded = await store.getComparison(saved.id);
    assert.deepEqual(loaded, saved);
    assert.deepEqual(loaded!.result, JSON.parse(JSON.stringify(data.result)));
    assert.equal(loaded!.report.text, REPORT);
    assert.deepEqual(
      {
        title: loaded!.report.title,
        outlet: loaded!.report.outlet,
        date: loaded!.report.date,
        url: loaded!.report.url,
        language: loaded!.report.language,
        byline: loaded!.report.byline,
        kind: loaded!.report.kind,
      },
      {
        title: 'Wire story',
        outlet: 'Example Wire',
        date: '2021-07-20',
        url: 'https://wire.example/a',
        language: 'en',
        byline: null,
        kind: 'report',
      },
    );
    assert.equal(loaded!.source.kind, 'transcript');
    assert.equal(loaded!.matcherVersion, '0.1.0');
    assert.equal(loaded!.created, loaded!.updated);
    assert.equal(await store.getComparison('no-such-comparison-id'), null);
    // Texts are stored byte for byte: BOM, CRLF, NUL-free control characters, astral characters.
    const odd = '\ufeffLine one\r\nLine two 😀 \u202eRTL\u202c';
    const oddSaved = await store.createComparison(
      input({ title: null, report: { text: odd, kind: 'report', title: 'Odd' }, result: alignTexts(odd, SOURCE) }),
    );
    assert.equal((await store.getComparison(oddSaved.id))!.report.text, odd);
    assert.equal(oddSaved.title, 'Odd', 'the title defaults to the report title');
    await store.close();
  });
  test('createComparison refuses a result that does not belong to the texts, and saves nothing', async () => {
    const store = await open();
    const other: AlignResult = alignTexts('short', SOURCE);
    await assert.rejects(
      store.createComparison(input({ result: other })),
      /result.report.length is 5, but the report text has \d+ characters/,
    );
    await assert.rejects(
      store.createComparison(input({ report: { text: '  ', kind: 'report' } })),
      /report.text must be a non-empty string/,
    );
    await assert.rejects(
      store.createComparison(input({ source: { text: SOURCE, kind: 'memo' as never } })),
      /source.kind must be one of report, transcript, statement, translation/,
    );
    assert.deepEqual(await store.listComparisons(), []);
    await store.close();
  });
  test('list, rename, update the result, edit metadata', async () => {
    const store = await open();
    const first = await store.createComparison(input({ title: 'First' }));
    const second = await store.createComparison(input({ title: 'Second' }));
    const list = await store.listComparisons();
    assert.deepEqual(
      list.map((c) => [c.title, c.reportTitle, c.sourceTitle]),
      [
        ['Second', 'Wire story', 'Briefing'],
        ['First', 'Wire story', 'Briefing'],
      ],
    );
    assert.deepEqual(
      (await store.listComparisons({ limit: 1, offset: 1 })).map((c) => c.id),
      [first.id],
    );

    assert.equal(await store.renameComparison(first.id, '  Renamed  '), true);
    assert.equal((await store.getComparison(first.id))!.title, 'Renamed');
    assert.equal(await store.renameComparison('missing-id-000000', 'x'), false);
    await assert.rejects(store.renameComparison(first.id, ' '), /title must be a non-empty string/);

    const rerun = alignTexts(REPORT, SOURCE, { minScore: 0.9 });
    assert.equal(await store.updateResult(second.id, rerun, '0.2.0'), true);
    const updated = (await store.getComparison(second.id))!;
    assert.deepEqual(updated.result, JSON.parse(JSON.stringify(rerun)));
    assert.equal(updated.matcherVersion, '0.2.0');
    assert.ok(updated.updated >= updated.created);
    await assert.rejects(store.updateResult(second.id, alignTexts('x', SOURCE), '0.2.0'), /result.report.length/);
    assert.equal(await store.updateResult('missing-id-000000', rerun, '0.2.0'), false);

    const doc = await store.updateDocumentMeta(first.report.id, {
      title: 'New title',
      outlet: null,
      kind: 'translation',
    });
    assert.deepEqual(
      [doc!.title, doc!.outlet, doc!.date, doc!.kind, doc!.text],
      ['New title', null, '2021-07-20', 'translation', REPORT],
    );
    assert.equal(await store.updateDocumentMeta('missing-id-000000', { title: 'x' }), null);
    await assert.rejects(
      store.updateDocumentMeta(first.report.id, { kind: 'memo' as never }),
      /patch.kind must be one of/,
    );
    assert.equal((await store.listComparisons()).find((c) => c.id === first.id)!.reportTitle, 'New title');
    await store.close();
  });
  test('corrections: add, list in order, delete; deleting a comparison cascades to its corrections and documents', async () => {
    const store = await open();
    const saved = await store.createComparison(input());
    const ref = { index: 0, report: [{ start: 0, end: 10 }], source: [{ start: 0, end: 5 }] };
    const reject = await store.addCorrection(saved.id, { type: 'reject', alignment: ref });
    const note = await store.addCorrection(saved.id, {
      type: 'note',
      text: 'Check <b>this</b> & that',
      report: { start: 0, end: 3 },
    });
    const kind = await store.addCorrection(saved.id, { type: 'change-kind', alignment: ref, kind: 'paraphrase' });
    assert.deepEqual(reject, { type: 'reject', alignment: ref, id: reject!.id, created: reject!.created });
    assert.equal(
      await store.addCorrection('missing-id-000000', { type: 'mark-added', report: { start: 0, end: 1 } }),
      null,
    );
    assert.deepEqual(
      (await store.listCorrections(saved.id)).map((c) => c.type),
      ['reject', 'note', 'change-kind'],
    );
    assert.deepEqual((await store.getComparison(saved.id))!.corrections, [reject, note, kind]);
    assert.equal(await store.deleteCorrection(saved.id, note!.id), true);
    assert.equal(await store.deleteCorrection(saved.id, note!.id), false);
    assert.equal(
      await store.deleteCorrection('other-comparison-id', kind!.id),
      false,
      'a correction is deleted only through its own comparison',
    );
    assert.deepEqual(
      (await store.listCorrections(saved.id)).map((c) => c.id),
      [reject!.id, kind!.id],
    );

    await store.addSeedDocument('seed.txt', { text: 'A seed.', kind: 'statement' });
    assert.equal(await store.deleteComparison(saved.id), true);
    assert.equal(await store.deleteComparison(saved.id), false);
    assert.equal(await store.getComparison(saved.id), null);
    assert.equal(await store.getDocument(saved.report.id), null);
    assert.equal(await store.getDocument(saved.source.id), null);
    assert.deepEqual(await store.listComparisons(), []);
    assert.deepEqual(await store.listCorrections(saved.id), [], 'its corrections went with it');
    assert.deepEqual(
      (await store.listSeedDocuments()).map((d) => d.seedFile),
      ['seed.txt'],
      'the seed document stays',
    );
    await store.close();
  });
  test('ids are unique, URL-safe and at least 16 characters', async () => {
    const ids = new Set(Array.from({ length: 10_000 }, createId));
    assert.equal(ids.size, 10_000);
    for (const id of ids) {
      assert.match(id, /^[A-Za-z0-9_-]{16,}$/);
      assert.equal(encodeURIComponent(id), id);
    }
    assert.ok(isId(createId()));
    assert.ok(!isId('../etc/passwd'));
    const store = await open();
    const saved = await store.createComparison(input());
    assert.ok(isId(saved.id) && isId(saved.report.id));
    await store.close();
  });
  test('seed documents are added once', async () => {
    const store = await open();
    assert.equal(await store.addSeedDocument('a.txt', { text: 'A', kind: 'report', title: 'A' }), true);
    assert.equal(await store.addSeedDocument('a.txt', { text: 'A changed', kind: 'report' }), false);
    assert.deepEqual(
      (await store.listSeedDocuments()).map((d) => [d.seedFile, d.text, d.title]),
      [['a.txt', 'A', 'A']],
    );
    await store.close();
  });
}
