// The matcher's learned decisions, fitted by `npm run train` (scripts/train.ts) on the labelled cases and
// committed as model.json:
//   - link: is a candidate claim the same statement as its source place? (probability; kept at ≥ threshold)
//   - kind: quote, paraphrase or partial;
//   - region: does a source sentence lie in the part the report draws on? (what inside it is omitted).
// Any part may be missing (a model being fitted stage by stage); the matcher then uses its plain rule.
import { z } from 'zod';
import type { LogisticModel } from './logistic.ts';
import fitted from './model.json' with { type: 'json' };

export interface Decision {
  model: LogisticModel;
  /** The probability at or above which the answer is yes. */
  threshold: number;
}

export interface MatcherModel {
  version: 1;
  link?: Decision;
  region?: Decision;
  kind?: LogisticModel;
  /** What it was fitted on, for people: cases, examples, when. */
  about?: string;
}

const logistic = z.object({
  features: z.array(z.string()).min(1),
  classes: z.array(z.string()).min(2),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.array(z.number())),
  bias: z.array(z.number()),
}).refine((m) => m.mean.length === m.features.length && m.scale.length === m.features.length && m.weights.length === m.classes.length && m.bias.length === m.classes.length && m.weights.every((w) => w.length === m.features.length), {
  message: 'weights, bias, mean and scale must match the features and classes in length',
});
const decision = z.object({ model: logistic, threshold: z.number().min(0).max(1) });
export const matcherModelSchema = z.object({
  version: z.literal(1),
  link: decision.optional(),
  region: decision.optional(),
  kind: logistic.optional(),
  about: z.string().optional(),
});

/** Checks a model read from JSON; the error names the first field that is wrong. */
export function parseMatcherModel(value: unknown): MatcherModel {
  const r = matcherModelSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new TypeError(`not a claimdiff model: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return r.data as MatcherModel;
}

/** The committed model. */
export const DEFAULT_MODEL: MatcherModel = parseMatcherModel(fitted);
