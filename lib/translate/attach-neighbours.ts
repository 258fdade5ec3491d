// After the in-order search: an original piece left out beside a pair joins that pair when it accounts for words of
// the translation that nothing in the pair accounts for yet. The search scores a pair by the share of its items
// that meet, so a clause that meets only part of its translation lowers the share and is left out, although it is
// plainly translated there; a sentence the translation really drops meets nothing new and stays out.
// Only the original's side grows: the same rule on the translation's side joined English sentences whose original
// was cut (made-gap added F1 0.688 → 0.510 on the translation cases), as their common words meet anything.
import type { Step } from './align-in-order.ts';
import type { UnitFeatures } from './unit-features.ts';

export function attachNeighbours(
  steps: readonly Step[],
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
): Step[] {
  const out = steps.map((s) => ({ ...s }));
  for (let k = 0; k < out.length; k++) {
    const step = out[k]!;
    const prev = out[k - 1];
    const next = out[k + 1];
    // Grow the pair's original side down to the previous pair's end and up to the next pair's start.
    while (step.b0 > (prev?.b1 ?? 0) && accountsForNew(b[step.b0 - 1]!, a, step.a0, step.a1, b, step.b0, step.b1))
      step.b0--;
    while (step.b1 < (next?.b0 ?? b.length) && accountsForNew(b[step.b1]!, a, step.a0, step.a1, b, step.b0, step.b1))
      step.b1++;
  }
  return out;
}

/**
 * Whether `piece` meets an item of other[o0, o1) that none of own[s0, s1) (the pieces already on the piece's side
 * of the pair) meets.
 */
export function accountsForNew(
  piece: UnitFeatures,
  other: readonly UnitFeatures[],
  o0: number,
  o1: number,
  own: readonly UnitFeatures[],
  s0: number,
  s1: number,
): boolean {
  const meets = (item: ReadonlySet<string>, f: UnitFeatures) => {
    for (const key of item) if (f.keys.has(key)) return true;
    return false;
  };
  for (let o = o0; o < o1; o++) {
    const target = other[o]!;
    for (const item of target.items) {
      if (!meets(item, piece)) continue;
      let already = false;
      for (let s = s0; s < s1 && !already; s++) already = meets(item, own[s]!);
      if (!already) return true;
    }
    for (const x of target.numbers) {
      if (!piece.numbers.has(x)) continue;
      let already = false;
      for (let s = s0; s < s1 && !already; s++) already = own[s]!.numbers.has(x);
      if (!already) return true;
    }
  }
  return false;
}
