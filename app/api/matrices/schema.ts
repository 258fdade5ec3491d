// The bodies the matrices API accepts (zod): a source and 2..12 reports, each `{text}` or `{url}` with metadata as in
// the comparisons API; errors name the field (`reports[2].text: must not be empty`).
import { z } from 'zod';
import { MAX_META_CHARS } from '../../../lib/input/limits.ts';
import { documentInputSchema } from '../comparisons/schema.ts';

export const MIN_MATRIX_REPORTS = 2;
export const MAX_MATRIX_REPORTS = 12;

export const createMatrixSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(MAX_META_CHARS).optional(),
    source: documentInputSchema,
    reports: z
      .array(documentInputSchema, { error: 'must be an array' })
      .min(MIN_MATRIX_REPORTS, `give at least ${MIN_MATRIX_REPORTS} reports`)
      .max(MAX_MATRIX_REPORTS, `give at most ${MAX_MATRIX_REPORTS} reports`),
  })
  .strict();

/** PATCH /api/matrices/:id: a new title. */
export const patchMatrixSchema = z
  .object({ title: z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(MAX_META_CHARS) })
  .strict();
