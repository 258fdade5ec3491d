// POST /api/matrix: the pasted/uploaded-texts path of the statement matrix. Validates the body
// (parse-matrix-request.ts), aligns each report with the source and builds the matrix (lib/), and returns the
// pairwise results with the matrix; the browser already holds the texts, so they are not sent back. The body size
// is checked from Content-Length before reading, and again while reading (a chunked body has none).
// A seam for URL ingestion (issue 6 asks for reports "by URL" too): the form will fetch a URL's text through the
// ingest API first and send it here as a text, so this contract does not change.
import { buildMatrix } from '../../../lib/index.ts';
import { AlignPoolError, alignPoolErrorStatus, getAlignPool } from '../../../server/align-pool.ts';
import type { AlignErrorResponse } from '../align/parse-request.ts';
import { MAX_MATRIX_BODY_BYTES } from './check-matrix-texts.ts';
import { parseMatrixRequest, type MatrixResponse } from './parse-matrix-request.ts';

const TOO_LARGE = 'The texts are too large: the limit is 2 MB per text and 8 MB for one matrix.';

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_MATRIX_BODY_BYTES) return fail(413, [TOO_LARGE]);
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    return fail(415, ['Send the texts as JSON (Content-Type: application/json).']);

  const raw = await readCapped(request, MAX_MATRIX_BODY_BYTES);
  if (raw === null) return fail(413, [TOO_LARGE]);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return fail(400, ['The request body is not valid JSON.']);
  }
  const parsed = parseMatrixRequest(body);
  if (!parsed.ok) return fail(parsed.status, parsed.problems);
  const { source, reports } = parsed.value;
  // Each report runs in the worker pool, side by side and off the request thread.
  const texts = reports.map((r) => r.text);
  let pairs;
  try {
    pairs = await Promise.all(texts.map((text) => getAlignPool().align(text, source, { signal: request.signal })));
  } catch (error) {
    if (!(error instanceof AlignPoolError)) throw error;
    return fail(alignPoolErrorStatus(error), [error.message]);
  }
  const result = { pairs, matrix: buildMatrix(source, texts, pairs) };
  return Response.json({ result } satisfies MatrixResponse, { headers: { 'cache-control': 'no-store' } });
}

function fail(status: number, problems: string[]): Response {
  const message = status === 413 ? 'The texts are too large to line up.' : 'These texts cannot be lined up.';
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
