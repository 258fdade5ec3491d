import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContentLength, readBodyCapped } from './read-body.ts';

/** A streaming request body of `chunks` chunks of `size` bytes; counts how many were pulled. */
function streamingRequest(
  chunks: number,
  size: number,
  headers: Record<string, string> = {},
): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size));
    },
  });
  const request = new Request('http://localhost/api', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

test('checkContentLength refuses a declared size over the limit, before reading', () => {
  const cases: Array<[string | null, string | null]> = [
    [null, null],
    ['0', null],
    ['1024', null],
    ['1025', 'the request body is 1 KB, more than the 1 KB limit'],
    [String(1024 ** 3), 'the request body is 1 GB, more than the 1 KB limit'],
    ['-5', 'the request has an invalid Content-Length'],
    ['12abc', 'the request has an invalid Content-Length'],
  ];
  for (const [length, expected] of cases) {
    const headers = new Headers(length === null ? {} : { 'content-length': length });
    let message: string | null = null;
    try {
      checkContentLength(headers, 1024);
    } catch (error) {
      assert.equal((error as { code: string }).code, 'too-large');
      message = (error as Error).message;
    }
    assert.equal(message, expected, String(length));
  }
});

test('readBodyCapped reads a body within the limit', async () => {
  const body = await readBodyCapped(new Request('http://localhost/', { method: 'POST', body: 'hello' }), 10);
  assert.equal(new TextDecoder().decode(body), 'hello');
  assert.equal((await readBodyCapped(new Request('http://localhost/'), 10)).length, 0);
});

test('readBodyCapped stops a chunked body at the limit without reading the rest (a 1 GB upload)', async () => {
  // 1 GB in 1 MB chunks, no Content-Length: at most limit + one chunk is ever read.
  const { request, pulled } = streamingRequest(1024, 1024 * 1024);
  await assert.rejects(readBodyCapped(request, 5 * 1024 * 1024), {
    code: 'too-large',
    message: 'the request body is more than the 5 MB limit',
  });
  assert.ok(pulled() <= 7, `pulled ${pulled()} chunks`);
  const declared = streamingRequest(1024, 1024 * 1024, { 'content-length': String(1024 ** 3) });
  await assert.rejects(readBodyCapped(declared.request, 5 * 1024 * 1024), {
    code: 'too-large',
    message: 'the request body is 1 GB, more than the 5 MB limit',
  });
  assert.ok(declared.pulled() <= 1, 'refused on the header alone');
});
