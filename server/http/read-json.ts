// The one way an API route reads a JSON body: JSON's Content-Type, a size cap decided from Content-Length before a
// byte is read and counted again while streaming (a chunked body has none), strict UTF-8 (decoding leniently would
// swap bad bytes for U+FFFD and align a text the sender never wrote), then JSON. Every refusal is an ApiError whose
// problem says what to fix; the route chooses the headline.
import type { z } from 'zod';
import { MAX_REQUEST_BYTES } from '../../lib/input/limits.ts';
import { findInvalidUtf8 } from '../../lib/input/utf8.ts';
import { isIngestError } from '../ingest/ingest-error.ts';
import { ApiError } from './api-error.ts';
import { describeZodError } from './api-response.ts';
import { readBodyCapped } from './read-body.ts';

export interface ReadJsonOptions {
  /** Largest body, in bytes (MAX_REQUEST_BYTES unless the route says). */
  maxBytes?: number;
  /** The answer's headline for a body that cannot be used, e.g. `These texts cannot be compared.` */
  invalid?: string;
  /** The headline for a body over the limit, e.g. `The texts are too large to compare.` */
  tooLarge?: string;
}

const sentence = (message: string): string => message.charAt(0).toUpperCase() + message.slice(1) + '.';

/** The decoded JSON body, not yet checked against any shape. */
export async function readJsonBody(request: Request, options: ReadJsonOptions = {}): Promise<unknown> {
  const {
    maxBytes = MAX_REQUEST_BYTES,
    invalid = 'The request is not valid.',
    tooLarge = 'The request is too large.',
  } = options;
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    throw new ApiError(415, invalid, ['Send JSON (Content-Type: application/json).']);
  let bytes: Uint8Array;
  try {
    bytes = await readBodyCapped(request, maxBytes);
  } catch (error) {
    if (isIngestError(error)) throw new ApiError(error.status, tooLarge, [sentence(error.message)]);
    throw error;
  }
  if (bytes.byteLength === 0) throw new ApiError(400, invalid, ['The request body is empty: send a JSON object.']);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, invalid, [
      `The request body is not valid UTF-8 (bad byte at offset ${findInvalidUtf8(bytes)}).`,
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, invalid, [`The request body is not valid JSON (${(error as Error).message}).`]);
  }
}

/** The JSON body checked against `schema`: 400 naming each bad field (`report.text: must not be empty`). */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  options: ReadJsonOptions = {},
): Promise<z.infer<T>> {
  const body = await readJsonBody(request, options);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError(400, options.invalid ?? 'The request is not valid.', describeZodError(parsed.error));
  return parsed.data;
}
