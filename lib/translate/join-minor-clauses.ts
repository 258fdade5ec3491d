// After the in-order search: an original clause left out inside a sentence whose neighbouring clause is paired
// joins that pair when it holds too little to be a statement of its own (a greeting, "so far", "it should be
// noted that": at most a couple of content words). A translator folds such clauses into the sentence freely, so
// they meet little and the search leaves them out; reporting them as omitted buries the sentences a translation
// really drops. Whole sentences, and clauses with more to say, are never joined this way.
import type { Step } from './align-in-order.ts';
import type { UnitFeatures } from './unit-features.ts';

export function joinMinorClauses(
  steps: readonly Step[],
  b: readonly UnitFeatures[],
  endsSentence: readonly boolean[],
  most: number,
): Step[] {
  const out = steps.map((s) => ({ ...s }));
  const minor = (j: number) => b[j]!.items.length + b[j]!.numbers.size <= most;
  for (let k = 0; k < out.length; k++) {
    const step = out[k]!;
    const prev = out[k - 1];
    const next = out[k + 1];
    // Down: clause b0-1 with b0 in one sentence (b0-1 does not end one).
    while (step.b0 > (prev?.b1 ?? 0) && !endsSentence[step.b0 - 1] && minor(step.b0 - 1)) step.b0--;
    // Up: b1 continues the sentence of b1-1.
    while (step.b1 < (next?.b0 ?? b.length) && !endsSentence[step.b1 - 1] && minor(step.b1)) step.b1++;
  }
  return out;
}
