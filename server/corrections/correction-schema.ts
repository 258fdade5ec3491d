// The shape of a correction as the API accepts it (zod), and the check that its spans fit the texts.
// The API route parses with `correctionInputSchema`, then calls `findSpanProblem` with the comparison's lengths.
import { z } from 'zod';
import type { Span } from '../../lib/types.ts';
import { MAX_NOTE_CHARS } from '../../lib/input/limits.ts';
import type { AlignmentRef, CorrectionInput } from '../types.ts';

/** Most spans on one side of a link or alignment reference (a stitched quote has a handful). */
const MAX_SPANS = 50;

const spanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict()
  .refine((s) => s.start < s.end, { message: 'start must be less than end' });

const spansSchema = z.array(spanSchema).min(1, 'at least one span').max(MAX_SPANS);

const alignmentRefSchema = z
  .object({ index: z.number().int().nonnegative().optional(), report: spansSchema, source: spansSchema })
  .strict();

const kindSchema = z.enum(['quote', 'paraphrase', 'partial']);

export const correctionInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reject'), alignment: alignmentRefSchema }).strict(),
  z.object({ type: z.literal('change-kind'), alignment: alignmentRefSchema, kind: kindSchema }).strict(),
  z
    .object({
      type: z.literal('link'),
      report: spansSchema,
      source: spansSchema,
      kind: kindSchema,
      alignment: alignmentRefSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('mark-added'), report: spanSchema }).strict(),
  z.object({ type: z.literal('mark-omitted'), source: spanSchema }).strict(),
  z
    .object({
      type: z.literal('note'),
      text: z
        .string()
        .trim()
        .min(1, 'a note needs some text')
        .max(MAX_NOTE_CHARS, `at most ${MAX_NOTE_CHARS} characters`),
      alignment: alignmentRefSchema.optional(),
      report: spanSchema.optional(),
      source: spanSchema.optional(),
    })
    .strict()
    .refine((n) => [n.alignment, n.report, n.source].filter((t) => t !== undefined).length === 1, {
      message: 'a note is attached to exactly one of alignment, report or source',
    }),
]);

// The schema's output and the stored type must stay the same shape.
type Parsed = z.infer<typeof correctionInputSchema>;
const _sameShape: [Parsed extends CorrectionInput ? true : false, CorrectionInput extends Parsed ? true : false] = [
  true,
  true,
];
void _sameShape;

/**
 * The first span of `input` that does not fit its text (`report[0]: 120..130 is outside the report (100 characters)`),
 * or null when all fit.
 */
export function findSpanProblem(input: CorrectionInput, reportLength: number, sourceLength: number): string | null {
  const check = (spans: readonly Span[] | undefined, length: number, where: string): string | null => {
    for (const [i, s] of (spans ?? []).entries()) {
      if (s.end > length)
        return `${where}[${i}]: ${s.start}..${s.end} is outside the ${where.split('.').pop()} (${length} characters)`;
    }
    return null;
  };
  const ref = (r: AlignmentRef | undefined, where: string): string | null =>
    r ? (check(r.report, reportLength, `${where}.report`) ?? check(r.source, sourceLength, `${where}.source`)) : null;
  switch (input.type) {
    case 'reject':
    case 'change-kind':
      return ref(input.alignment, 'alignment');
    case 'link':
      return (
        check(input.report, reportLength, 'report') ??
        check(input.source, sourceLength, 'source') ??
        ref(input.alignment, 'alignment')
      );
    case 'mark-added':
      return check([input.report], reportLength, 'report');
    case 'mark-omitted':
      return check([input.source], sourceLength, 'source');
    case 'note':
      return (
        ref(input.alignment, 'alignment') ??
        check(input.report && [input.report], reportLength, 'report') ??
        check(input.source && [input.source], sourceLength, 'source')
      );
  }
}
