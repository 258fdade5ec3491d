// The bodies and queries the sources API accepts (zod): a source is `{text}` or `{url}` (the server fetches it)
// with optional metadata, as a comparison's side is (../comparisons/schema.ts); errors name the field.
import { z } from 'zod';
import { MAX_DOCUMENT_CHARS, MAX_META_CHARS } from '../../../lib/input/limits.ts';
import { SOURCE_KINDS } from '../../../server/types.ts';

const meta = z.string().trim().max(MAX_META_CHARS, `at most ${MAX_META_CHARS} characters`).nullable().optional();
const metaFields = {
  title: meta,
  outlet: meta,
  date: meta,
  kind: z.enum(SOURCE_KINDS as [string, ...string[]]).optional(),
};

/** One object rather than a union of `{text}` and `{url}`, so a bad field is named rather than the whole body. */
export const createSourceSchema = z
  .object({
    text: z
      .string({ error: 'must be a string' })
      .max(MAX_DOCUMENT_CHARS, `at most ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters`)
      .refine((t) => t.trim() !== '', 'must not be empty')
      .optional(),
    url: meta,
    ...metaFields,
  })
  .strict()
  .refine((body) => body.text !== undefined || (body.url ?? '') !== '', 'must have "text" or "url"');

/** GET /api/sources?q=…&limit=…&offset=… */
export const listSourcesQuery = z
  .object({
    q: z.string().trim().max(MAX_META_CHARS).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .strict();

/** POST /api/sources/find: the report to find the source of, and how many candidates to rank (default 3). */
export const findSourcesSchema = z
  .object({
    text: z
      .string({ error: 'must be a string' })
      .max(MAX_DOCUMENT_CHARS, `at most ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters`)
      .refine((t) => t.trim() !== '', 'must not be empty'),
    limit: z.number({ error: 'must be a number' }).int().min(1).max(10).optional(),
  })
  .strict();
