// The shape of a shipped pack file (seeds/packs/*.json), checked with zod when the server reads it: a file edited
// by hand, or written by an older build script, fails with the field named rather than breaking a lesson.
import { z } from 'zod';
import { MARK_LABELS } from '../../lib/teach/labels.ts';

const span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((s) => s.start < s.end, 'start must be before end');

const diffPart = z.union([
  z.object({ op: z.literal('same'), report: span, source: span }),
  z.object({ op: z.literal('added'), report: span }),
  z.object({ op: z.literal('omitted'), source: span }),
]);

export const keyItemSchema = z.object({
  id: z.string().min(1),
  label: z.enum(MARK_LABELS as [string, ...string[]]),
  side: z.enum(['report', 'source']),
  spans: z.array(span).min(1),
  evidence: z.object({ report: z.array(span), source: z.array(span), diff: z.array(diffPart) }),
  note: z.string(),
});

const packDocument = z.object({
  /** Relative to the repository; only files under seeds/ are read. */
  file: z
    .string()
    .regex(/^seeds\/[\w./-]+\.txt$/, 'must be a .txt file under seeds/')
    .refine((f) => !f.includes('..'), 'must not leave seeds/'),
  title: z.string().min(1),
  outlet: z.string().nullable(),
  language: z.string().nullable(),
});

export const shippedPackSchema = z
  .object({
    version: z.literal(1),
    slug: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    brief: z.string().min(1),
    report: packDocument,
    source: packDocument,
    key: z.array(keyItemSchema),
    exercises: z.array(z.string()),
  })
  .refine((p) => p.exercises.every((id) => p.key.some((k) => k.id === id)), 'every exercise must name a key item');
