// The bodies the comparisons API accepts (zod). A side is `{text}` or `{url}` (the server fetches it), with the
// metadata a person may give it; errors name the field (`report.text: must not be empty`).
import { z } from 'zod';
import { MAX_DOCUMENT_CHARS, MAX_META_CHARS } from '../../../lib/input/limits.ts';
import { DOCUMENT_KINDS } from '../../../server/types.ts';

const meta = z.string().trim().max(MAX_META_CHARS, `at most ${MAX_META_CHARS} characters`).nullable().optional();

const metaFields = {
  title: meta,
  outlet: meta,
  date: meta,
  language: meta,
  byline: meta,
  kind: z.enum(DOCUMENT_KINDS as [string, ...string[]]).optional(),
};

/** One side of a comparison: its text or a URL to fetch, and optional metadata. */
export const documentInputSchema = z.union(
  [
    z
      .object({
        text: z
          .string({ error: 'must be a string' })
          .max(MAX_DOCUMENT_CHARS, `at most ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters`)
          .refine((t) => t.trim() !== '', 'must not be empty'),
        url: meta,
        ...metaFields,
      })
      .strict(),
    z
      .object({
        url: z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(MAX_META_CHARS),
        ...metaFields,
      })
      .strict(),
  ],
  { error: 'must be an object with "text" or "url"' },
);
export type DocumentInput = z.infer<typeof documentInputSchema>;

export const createComparisonSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(MAX_META_CHARS).optional(),
    report: documentInputSchema,
    source: documentInputSchema,
  })
  .strict();

/** PATCH /api/comparisons/:id: a new title and/or metadata edits for either document. */
export const patchComparisonSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(MAX_META_CHARS).optional(),
    report: z
      .object({ ...metaFields, url: meta })
      .strict()
      .optional(),
    source: z
      .object({ ...metaFields, url: meta })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => b.title !== undefined || b.report !== undefined || b.source !== undefined, {
    message: 'give at least one of title, report, source',
  });
