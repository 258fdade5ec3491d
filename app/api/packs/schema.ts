// The bodies the packs API accepts (zod). A pack is made from a saved comparison (`comparison`: its id) or from a
// pasted pair (`report` and `source`, as the comparisons API takes them); errors name the field.
import { z } from 'zod';
import { MAX_META_CHARS } from '../../../lib/input/limits.ts';
import { documentInputSchema } from '../comparisons/schema.ts';

/** A brief is a sentence or two for the student; 2,000 characters leaves room and keeps a typo from becoming a book. */
export const MAX_BRIEF_CHARS = 2000;

/** What a new pack asks the student unless the teacher words it otherwise. */
export const DEFAULT_BRIEF =
  'Read the story. Mark every quote as exact or changed, any other change you find, and one thing the story left out (select it in the source).';

const title = z.string().trim().min(1, 'must not be empty').max(MAX_META_CHARS);
const brief = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_BRIEF_CHARS, `at most ${MAX_BRIEF_CHARS} characters`);

export const createPackSchema = z.union(
  [
    z.object({ title: title.optional(), brief: brief.optional(), comparison: z.string().min(1).max(64) }).strict(),
    z
      .object({
        title: title.optional(),
        brief: brief.optional(),
        report: documentInputSchema,
        source: documentInputSchema,
      })
      .strict(),
  ],
  { error: 'give "comparison" (a saved comparison’s id), or "report" and "source"' },
);

/** PATCH /api/packs/:id: the title, the brief, and which key items are exercises in what order. */
export const patchPackSchema = z
  .object({
    title: title.optional(),
    brief: brief.optional(),
    exercises: z.array(z.string().min(1).max(16)).max(500).optional(),
  })
  .strict()
  .refine((b) => b.title !== undefined || b.brief !== undefined || b.exercises !== undefined, {
    message: 'give at least one of title, brief, exercises',
  });
