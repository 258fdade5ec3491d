// POST /api/align: the pasted/uploaded-texts path of the web UI. Validates the body (parse-request.ts), runs the
// matcher in a worker thread (server/align-pool.ts) and returns the raw result; the browser already holds both
// texts, so they are not sent back.
// The body size is decided from Content-Length before a byte is read (a 1 GB upload claim costs nothing), and
// counted again while reading (a chunked body has no Content-Length). This route is outside proxy.ts's matcher, so
// Next does not buffer the body first (../shared/TOOLCHAIN.md).
import { findInvalidUtf8 } from '../../../cli/read-input.ts';
import { AlignPoolError, alignPoolErrorStatus, getAlignPool } from '../../../server/align-pool.ts';
import { MAX_BODY_BYTES, formatMegabytes, parseAlignRequest, type AlignErrorResponse } from './parse-request.ts';
import { answerError } from '../../../server/http/api-response.ts';
import { resolveSides } from './resolve-sides.ts';

const LIMITS = `the limit is ${formatMegabytes(MAX_BODY_BYTES).replace('.00', '')} per request and 2 MB per text`;

export async function POST(request: Request): Promise<Response> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES)
    return fail(413, [`The request is ${formatMegabytes(Number(declared))}; ${LIMITS}.`]);
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    return fail(415, ['Send the texts as JSON (Content-Type: application/json).']);

  const bytes = await readCapped(request, MAX_BODY_BYTES);
  if (bytes === null) return fail(413, [`The request is larger than ${formatMegabytes(MAX_BODY_BYTES)}; ${LIMITS}.`]);
  if (bytes.byteLength === 0)
    return fail(400, ['The request body is empty: send a JSON object with "report" and "source" texts.']);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decoding leniently would swap bad bytes for U+FFFD and align a text the sender never wrote.
    return fail(400, [`The request body is not valid UTF-8 (bad byte at offset ${findInvalidUtf8(bytes)}).`]);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    return fail(400, [`The request body is not valid JSON (${(error as Error).message}).`]);
  }
  // A side may be `{text}` or `{url}` (issue 4): URLs are fetched within the guard before the usual checks.
  try {
    body = await resolveSides(body, request.signal);
  } catch (error) {
    return answerError(error);
  }
  const parsed = parseAlignRequest(body);
  if (!parsed.ok) return fail(parsed.status, parsed.problems);

  let json: string;
  try {
    json = await getAlignPool().alignJson(parsed.value.report, parsed.value.source, { signal: request.signal });
  } catch (error) {
    if (!(error instanceof AlignPoolError)) throw error;
    return failPool(error);
  }
  // An AlignResponse, built as text: the worker's JSON goes out as it is, so the request thread never parses or
  // re-serialises the result.
  return new Response(`{"result":${json}}`, {
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/** The answer for a job the pool could not run: busy (503 + Retry-After), too slow (504), or a failure. */
function failPool(error: AlignPoolError): Response {
  const status = alignPoolErrorStatus(error);
  const message =
    status === 503
      ? 'The server is busy.'
      : status === 504
        ? 'The comparison took too long.'
        : 'These texts could not be compared.';
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
  return respond(status, message, [error.message], headers);
}

function fail(status: number, problems: string[]): Response {
  const message = status === 413 ? 'The texts are too large to compare.' : 'These texts cannot be compared.';
  return respond(status, message, problems);
}

function respond(status: number, message: string, problems: string[], headers: Record<string, string> = {}): Response {
  return Response.json({ error: { message, problems } } satisfies AlignErrorResponse, {
    status,
    headers: { 'cache-control': 'no-store', ...headers },
  });
}

/** The body's bytes, or null once they pass `limit` (reading stops there and the stream is cancelled). */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
