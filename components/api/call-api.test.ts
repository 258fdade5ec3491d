import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { ApiCallError, callApi } from './call-api.ts';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});
const answer = (response: Response | Error) => {
  const seen: { url: string; init: RequestInit }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  }) as typeof fetch;
  return seen;
};

test('JSON goes out as a POST with its content type and comes back parsed; 204 is null', async () => {
  const seen = answer(Response.json({ id: 'abc' }, { status: 201 }));
  assert.deepEqual(await callApi('/api/x', { json: { a: 1 } }), { id: 'abc' });
  assert.equal(seen[0]!.init.method, 'POST');
  assert.equal((seen[0]!.init.headers as Record<string, string>)['content-type'], 'application/json');
  assert.equal(seen[0]!.init.body, '{"a":1}');
  answer(new Response(null, { status: 204 }));
  assert.equal(await callApi('/api/x', { method: 'DELETE' }), null);
});

test("a refusal keeps the server's headline, reasons and status", async () => {
  answer(
    Response.json(
      { error: { message: 'These texts cannot be compared.', problems: ['report: empty'] } },
      { status: 422 },
    ),
  );
  await assert.rejects(callApi('/api/x'), (error: unknown) => {
    assert.ok(error instanceof ApiCallError);
    assert.equal(error.status, 422);
    assert.equal(error.sentence, 'These texts cannot be compared. report: empty');
    return true;
  });
});

test('an answer without the envelope names its status; no answer at all says the server could not be reached', async () => {
  answer(new Response('<html>', { status: 502, statusText: 'Bad Gateway' }));
  await assert.rejects(callApi('/api/x'), { message: 'The server answered 502 Bad Gateway.' });
  answer(new TypeError('fetch failed'));
  await assert.rejects(callApi('/api/x'), {
    message: 'The server could not be reached.',
    problems: ['fetch failed'],
    status: 0,
  });
});
