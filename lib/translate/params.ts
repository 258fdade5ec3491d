// Translation mode's fitted constants (scripts/train-translation.ts writes params.json): the search's bar, word
// weight, length spread and merge cost, and how small a clause is folded into its sentence's pair; one setting for
// every script; how many original pieces one translation piece may join is the script's own (Chinese clauses join
// more).
import { z } from 'zod';
import type { OrderParams } from './align-in-order.ts';
import fitted from './params.json' with { type: 'json' };

export type TranslationSettings = Pick<OrderParams, 'bar' | 'lexicalWeight' | 'lengthSigma' | 'mergeCost'> & {
  /** Content words a clause may hold and still be folded into its sentence's pair (join-minor-clauses.ts). */
  minorItems: number;
};

const schema = z.object({
  version: z.literal(1),
  bar: z.number().min(0).max(1),
  lexicalWeight: z.number().min(0).max(1),
  lengthSigma: z.number().positive(),
  minorItems: z.number().int().min(0),
  mergeCost: z.number().min(0).default(0),
  about: z.string().optional(),
});

const { bar, lexicalWeight, lengthSigma, minorItems, mergeCost } = schema.parse(fitted);
export const FITTED_SETTINGS: TranslationSettings = { bar, lexicalWeight, lengthSigma, minorItems, mergeCost };

/** Most original pieces one translation piece may pair with, by the original's script. */
export const MAX_JOIN: Record<'han' | 'cyrillic', number> = { han: 6, cyrillic: 3 };
