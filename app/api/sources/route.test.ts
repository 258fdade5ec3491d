// The sources API on a throwaway store (CLAIMDIFF_DB=:memory:): archive, search, read, delete, and refusals.
import { test } from 'node:test';
import assert from 'node:assert/strict';

process.env.CLAIMDIFF_DB = ':memory:';
const { GET: list, POST: create } = await import('./route.ts');
const { GET: read, DELETE: remove } = await import('./[id]/route.ts');

const TEXT = 'Q: Any comment on the sanctions?\n\nA: The sanctions are unilateral bullying. We firmly oppose them.';
const post = (body: unknown) =>
  create(
    new Request('http://localhost/api/sources', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
const params = (id: string) => ({ params: Promise.resolve({ id }) });

test('POST archives a pasted source (201), the same text again answers 200 with added: false', async () => {
  const first = await post({ text: TEXT, title: 'Briefing', kind: 'statement' });
  assert.equal(first.status, 201);
  const { source, added } = await first.json();
  assert.deepEqual([added, source.title, source.kind, source.length], [true, 'Briefing', 'statement', TEXT.length]);
  assert.equal(first.headers.get('location'), `/api/sources/${source.id}`);
  const again = await post({ text: TEXT });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).added, false);
});

test('GET ?q= lists the sources holding every word; GET /:id reads one; DELETE removes it', async () => {
  const { source } = await (await post({ text: TEXT + ' Fresh words: zeppelin.' })).json();
  const found = await (await list(new Request('http://localhost/api/sources?q=zeppelin%20sanctions'))).json();
  assert.deepEqual(
    found.sources.map((s: { id: string }) => s.id),
    [source.id],
  );
  const one = await read(new Request('http://localhost'), params(source.id));
  assert.equal((await one.json()).text, TEXT + ' Fresh words: zeppelin.');
  assert.equal((await remove(new Request('http://localhost'), params(source.id))).status, 204);
  assert.equal((await read(new Request('http://localhost'), params(source.id))).status, 404);
  assert.equal((await remove(new Request('http://localhost'), params(source.id))).status, 404);
});

test('the seed transcripts are in the archive on first start', async () => {
  const { sources } = await (await list(new Request('http://localhost/api/sources?limit=200'))).json();
  assert.ok(sources.some((s: { seedFile: string | null }) => s.seedFile?.startsWith('mfa-')));
});

test('refusals name the field: an empty text, an unknown kind, a bad limit', async () => {
  for (const [body, problem] of [
    [{ text: '  ' }, 'text: must not be empty'],
    [{ text: 'x', kind: 'report' }, 'kind'],
  ] as const) {
    const response = await post(body);
    assert.equal(response.status, 400);
    assert.ok(JSON.stringify(await response.json()).includes(problem));
  }
  const bad = await list(new Request('http://localhost/api/sources?limit=0'));
  assert.equal(bad.status, 400);
  assert.ok(JSON.stringify(await bad.json()).includes('limit'));
});
