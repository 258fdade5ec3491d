// After the in-order search: a pair that spans two sentences of the original may hold, at its edge, a fragment of
// one (its first or last clauses) whose rest lies elsewhere: the search takes such a clause in when it mends the
// pair's length ratio. When the fragment accounts for nothing of the pair's translation that the rest of the pair
// does not, it leaves the pair: to the neighbouring pair that holds the rest of its sentence, or out (omitted). A
// sentence the translation drops is then seen whole instead of split between its neighbours' pairs, and a pair
// keeps to the sentences it translates (the strict-pairs measure counts a pair right only when it does).
import type { Step } from './align-in-order.ts';
import { accountsForNew } from './attach-neighbours.ts';
import type { UnitFeatures } from './unit-features.ts';

export function detachFragments(
  steps: readonly Step[],
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
  endsSentence: readonly boolean[],
): Step[] {
  // sentence[j]: which sentence of the original piece j belongs to.
  const sentence: number[] = [];
  for (let j = 0, s = 0; j < b.length; j++) {
    sentence.push(s);
    if (endsSentence[j]) s++;
  }
  /** Whether b[f0, f1) meets no item of the step's translation that b[r0, r1) does not meet. */
  const idle = (step: Step, f0: number, f1: number, r0: number, r1: number) => {
    for (let j = f0; j < f1; j++) if (accountsForNew(b[j]!, a, step.a0, step.a1, b, r0, r1)) return false;
    return true;
  };
  const out = steps.map((s) => ({ ...s }));
  for (let k = 0; k < out.length; k++) {
    const step = out[k]!;
    const prev = out[k - 1];
    const next = out[k + 1];
    if (sentence[step.b0] === sentence[step.b1 - 1]) continue;
    // Leading fragment: the tail of a sentence that began before the pair.
    if (step.b0 > 0 && sentence[step.b0 - 1] === sentence[step.b0]) {
      let end = step.b0;
      while (sentence[end] === sentence[step.b0]) end++;
      if (idle(step, step.b0, end, end, step.b1)) {
        if (prev && prev.b1 === step.b0 && sentence[prev.b1 - 1] === sentence[step.b0]) prev.b1 = end;
        step.b0 = end;
      }
    }
    // Trailing fragment: the head of a sentence that goes on after the pair.
    if (sentence[step.b0] === sentence[step.b1 - 1]) continue;
    if (step.b1 < b.length && sentence[step.b1] === sentence[step.b1 - 1]) {
      let begin = step.b1;
      while (sentence[begin - 1] === sentence[step.b1 - 1]) begin--;
      if (idle(step, begin, step.b1, step.b0, begin)) {
        if (next && next.b0 === step.b1 && sentence[next.b0] === sentence[step.b1 - 1]) next.b0 = begin;
        step.b1 = begin;
      }
    }
  }
  return out;
}
