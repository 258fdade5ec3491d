// POST /api/align: the pasted/uploaded-texts path of the web UI. Validates the body (parse-request.ts), runs the
// matcher and returns the raw result; the browser already holds both texts, so they are not sent back.
// The body size is checked from Content-Length before reading, and again while reading (a chunked body has none).
import { alignTexts } from '../../../lib/index.ts';
import { MAX_BODY_BYTES, parseAlignRequest, type AlignErrorResponse, type AlignResponse } from './parse-request.ts';

const TOO_LARGE = 'The texts are too large: the limit is 2 MB per text.';

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return fail(413, [TOO_LARGE]);
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    return fail(415, ['Send the texts as JSON (Content-Type: application/json).']);

  const raw = await readCapped(request, MAX_BODY_BYTES);
  if (raw === null) return fail(413, [TOO_LARGE]);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return fail(400, ['The request body is not valid JSON.']);
  }
  const parsed = parseAlignRequest(body);
  if (!parsed.ok) return fail(parsed.status, parsed.problems);
  const result = alignTexts(parsed.value.report, parsed.value.source);
  return Response.json({ result } satisfies AlignResponse, { headers: { 'cache-control': 'no-store' } });
}

function fail(status: number, problems: string[]): Response {
  const message = status === 413 ? 'The texts are too large to compare.' : 'These texts cannot be compared.';
  return Response.json({ error: { message, problems } } satisfies AlignErrorResponse, {
    status,
    headers: { 'cache-control': 'no-store' },
  });
}

/** The body as text, or null once it passes `limit` bytes (reading stops there). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
