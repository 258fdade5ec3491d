// The source archive's behaviour every engine must have (store-contract.test.ts): what FTS5 does on SQLite, the
// tsvector index must do on PostgreSQL, so `claimdiff find` ranks alike on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedStore } from '../seed-store.ts';
import type { OpenStore } from './open-store-for-test.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;
const BRIEFING = 'Q: Any comment on the sanctions?\n\nA: The sanctions are unilateral bullying. We firmly oppose them.';
const SPEECH = 'My fellow citizens, tonight I speak about the harvest, the rains and the price of grain.';
const CLIMATE = 'The envoy said the climate talks in Glasgow must deliver finance for adaptation.';

async function archiveOfThree(open: OpenStore) {
  const store = await open();
  const ids = [];
  for (const [text, title] of [
    [BRIEFING, 'Briefing'],
    [SPEECH, 'Speech'],
    [CLIMATE, 'Climate'],
  ] as const)
    ids.push((await store.addSource({ text, title, kind: 'transcript' })).source.id);
  return { store, ids };
}

export function sourceContract(open: OpenStore): void {
  test('a source is archived with its metadata and read back with its text, byte for byte', async () => {
    const store = await open();
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
    await store.close();
  });
  test('the same text added twice is stored once and the stored copy returned', async () => {
    const store = await open();
    const first = await store.addSource({ text: BRIEFING, title: 'One' });
    const second = await store.addSource({ text: BRIEFING, title: 'Two' });
    assert.equal(second.added, false);
    assert.equal(second.source.id, first.source.id);
    assert.equal(second.source.title, 'One');
    assert.equal(await store.countSources(), 1);
    await store.close();
  });
  test('misuse throws naming the argument: an empty text, an unknown kind', async () => {
    const store = await open();
    await assert.rejects(store.addSource({ text: '  ' }), /source\.text must be a non-empty string/);
    // @ts-expect-error an unknown kind on purpose
    await assert.rejects(store.addSource({ text: 'x', kind: 'report' }), /source\.kind must be one of transcript/);
    await store.close();
  });
  test('listSources: newest first without q, only sources holding every word with q (accents and case ignored)', async () => {
    const { store } = await archiveOfThree(open);
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
    await store.close();
  });
  test('searchSources sums weight × rarity: a rare phrase outweighs a common word', async () => {
    const { store, ids } = await archiveOfThree(open);
    const hits = await store.searchSources({
      terms: [
        { words: ['unilateral', 'bullying'], weight: 3 },
        { words: ['the'], weight: 1 },
      ],
    });
    assert.equal(hits[0]!.id, ids[0]);
    assert.ok(hits[0]!.score > hits[1]!.score);
    assert.deepEqual(await store.searchSources({ terms: [{ words: ['absent'], weight: 1 }] }), []);
    await store.close();
  });
  test('searchSources uses only the maxTerms most telling terms', async () => {
    const { store, ids } = await archiveOfThree(open);
    const terms = [
      { words: ['grain'], weight: 1 },
      { words: ['glasgow'], weight: 5 },
    ];
    assert.deepEqual(
      (await store.searchSources({ terms, maxTerms: 1 })).map((h) => h.id),
      [ids[2]],
    );
    await store.close();
  });
  test('a deleted source leaves the index: it is found no more', async () => {
    const { store, ids } = await archiveOfThree(open);
    assert.equal(await store.deleteSource(ids[0]!), true);
    assert.equal(await store.deleteSource(ids[0]!), false);
    assert.equal(await store.getSource(ids[0]!), null);
    assert.deepEqual(await store.listSources({ q: 'sanctions' }), []);
    assert.deepEqual(await store.searchSources({ terms: [{ words: ['bullying'], weight: 1 }] }), []);
    await store.close();
  });
  test('seedStore archives the seed transcripts once, and a deleted seed source stays deleted', async () => {
    const store = await open();
    await seedStore(store, SEEDS);
    const seeded = await store.listSources({ limit: 100 });
    assert.ok(seeded.length >= 1);
    assert.ok(seeded.every((s) => s.seedFile !== null && s.kind === 'transcript'));
    await store.deleteSource(seeded[0]!.id);
    await seedStore(store, SEEDS);
    assert.equal(await store.countSources(), seeded.length - 1);
    await store.close();
  });
}
