// The lesson-pack behaviour every ComparisonStore engine must have (store-contract.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CreatePackInput } from '../comparison-store.ts';
import type { OpenStore } from './open-store-for-test.ts';

const input = (): CreatePackInput => ({
  title: 'A wire story',
  brief: 'Mark every changed quote.',
  comparisonId: null,
  report: { title: 'Story', outlet: null, language: 'zh', text: '他说：“我们反对。”' },
  source: { title: 'Transcript', outlet: null, language: 'zh', text: '发言人：我们坚决反对。' },
  key: [
    {
      id: 'k1',
      label: 'quote-changed',
      side: 'report',
      spans: [{ start: 4, end: 8 }],
      evidence: { report: [{ start: 4, end: 8 }], source: [{ start: 4, end: 10 }], diff: [] },
      note: '',
    },
    {
      id: 'k2',
      label: 'left-out',
      side: 'source',
      spans: [{ start: 0, end: 4 }],
      evidence: { report: [], source: [{ start: 0, end: 4 }], diff: [] },
      note: '',
    },
  ],
  exercises: ['k1', 'k2'],
});

export function packContract(open: OpenStore): void {
  test('a pack is saved with its texts and key, listed, edited and deleted', async () => {
    const store = await open();
    const pack = await store.createPack(input());
    assert.equal((await store.getPack(pack.id))?.report.text, '他说：“我们反对。”');
    assert.deepEqual(
      (await store.listPacks()).map((p) => `${p.title} ${p.exercises}`),
      ['A wire story 2'],
    );
    const edited = await store.updatePack(pack.id, { brief: 'Find the changed quote.', exercises: ['k2', 'k1'] });
    assert.deepEqual([edited?.brief, edited?.exercises], ['Find the changed quote.', ['k2', 'k1']]);
    assert.equal(await store.deletePack(pack.id), true);
    assert.equal(await store.getPack(pack.id), null);
    assert.equal(await store.updatePack(pack.id, { title: 'x' }), null);
    await store.close();
  });
  test('an exercise the key lacks, or a key span outside its text, is refused before anything is written', async () => {
    const store = await open();
    await assert.rejects(store.createPack({ ...input(), exercises: ['k9'] }), /"k9" is not an item of the key/);
    const bad = input();
    bad.key[1]!.spans = [{ start: 0, end: 99 }];
    await assert.rejects(store.createPack(bad), /key item k2: a span lies outside its text/);
    assert.deepEqual(await store.listPacks(), []);
    const pack = await store.createPack(input());
    await assert.rejects(store.updatePack(pack.id, { exercises: ['k1', 'k1'] }), /listed twice/);
    await store.close();
  });
}
