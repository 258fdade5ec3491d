// After the in-order search: where one translation piece and one original piece are left out between the same two
// pairs (or at the same end), and their lengths agree as a translation's do, they are each other's translation, as
// hunalign fills such gaps. The search leaves them out when their similarity is low (a short sentence with no
// dictionary word or name in common), but a translation that drops a sentence and adds one of the same length in
// its place is far rarer than a loose rendering. Lengths that disagree are a drop beside an addition: left out.
import type { Step } from './align-in-order.ts';
import type { UnitFeatures } from './unit-features.ts';

export function fillGaps(
  steps: readonly Step[],
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
  tolerance: number,
): Step[] {
  const total = (xs: readonly UnitFeatures[]) => xs.reduce((s, x) => s + x.size, 0);
  const ratio = total(a) / Math.max(1, total(b));
  const out: Step[] = [];
  let i = 0;
  let j = 0;
  const fill = (i1: number, j1: number) => {
    if (i1 - i !== 1 || j1 - j !== 1) return;
    const stray = Math.log(Math.max(1, a[i]!.size) / Math.max(1, b[j]!.size) / ratio);
    // Its length agreement is the only evidence it has, and its similarity.
    if (Math.abs(stray) <= tolerance)
      out.push({ a0: i, a1: i1, b0: j, b1: j1, similarity: Math.exp(-stray * stray) / 2 });
  };
  for (const s of steps) {
    fill(s.a0, s.b0);
    out.push(s);
    i = s.a1;
    j = s.b1;
  }
  fill(a.length, b.length);
  return out;
}
