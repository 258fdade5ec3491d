// Request bodies within MAX_REQUEST_BYTES: refused from Content-Length before a byte is read when the client
// declares the size, and counted while streaming when it does not (chunked uploads), so a 1 GB upload costs at
// most the limit in memory. Next's route handlers hand us a web Request; this reads its stream directly.
import { MAX_REQUEST_BYTES } from '../../lib/input/limits.ts';
import { formatBytes, IngestError } from '../ingest/ingest-error.ts';

/** Throws IngestError 'too-large' (413) when the declared Content-Length is over `maxBytes`. */
export function checkContentLength(headers: Headers, maxBytes: number = MAX_REQUEST_BYTES): void {
  const declared = headers.get('content-length');
  if (declared === null) return;
  const size = Number(declared);
  if (!Number.isSafeInteger(size) || size < 0)
    throw new IngestError('too-large', 'the request has an invalid Content-Length');
  if (size > maxBytes)
    throw new IngestError(
      'too-large',
      `the request body is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} limit`,
    );
}

/**
 * Reads a request body up to `maxBytes`, checking Content-Length first and cancelling the stream the moment the
 * count passes the limit. Throws IngestError 'too-large'.
 */
export async function readBodyCapped(request: Request, maxBytes: number = MAX_REQUEST_BYTES): Promise<Uint8Array> {
  checkContentLength(request.headers, maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new IngestError('too-large', `the request body is more than the ${formatBytes(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
