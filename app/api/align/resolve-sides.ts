// The `{report: {text}|{url}, source: {text}|{url}}` form of POST /api/align: a side given as an object is turned
// into its text (a URL fetched within the guard), so parse-request.ts checks plain strings as before. A string side
// is left as it is.
import { z } from 'zod';
import { describeZodError, ApiError } from '../../../server/http/api-response.ts';
import { resolveDocument } from '../../../server/http/resolve-document.ts';
import { documentInputSchema } from '../comparisons/schema.ts';

/** The body with each object side replaced by its text. Throws ApiError (400 naming the field, 413, 502…). */
export async function resolveSides(body: unknown, signal?: AbortSignal): Promise<unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const fields = { ...(body as Record<string, unknown>) };
  for (const side of ['report', 'source'] as const) {
    const value = fields[side];
    if (typeof value !== 'object' || value === null) continue;
    const parsed = z.object({ [side]: documentInputSchema }).safeParse({ [side]: value });
    if (!parsed.success) throw new ApiError(400, 'These texts cannot be compared.', describeZodError(parsed.error));
    fields[side] = (
      await resolveDocument(side, parsed.data[side]!, side === 'report' ? 'report' : 'transcript', signal)
    ).text;
  }
  return fields;
}
