// Aligns the pieces of a translation with the pieces of its original in order, as Gale–Church, hunalign and
// Bertalign do: dynamic programming over both sequences, each step pairing 1–1, 1–n (one English sentence for
// several Chinese clauses), n–1, 2–2, or leaving one piece out (1–0: added; 0–1: omitted). A step pays its
// similarity less a bar, and leaving a piece out pays nothing, so an unmatched sentence stays out rather than
// riding along with a neighbour's pair. The search keeps to a band around the diagonal, so the cost grows with the
// length of the texts, not its square.
import type { UnitFeatures } from './unit-features.ts';
import { itemCount, itemsMet } from './unit-features.ts';

export interface OrderParams {
  /** Most original pieces one translation piece may pair with. */
  maxJoin: number;
  /** The weight of the shared words against the length agreement in the similarity. */
  lexicalWeight: number;
  /** How far the length ratio of a pair may stray from the pair's overall ratio (σ of its logarithm). */
  lengthSigma: number;
  /** What a pair must score to be worth more than leaving its pieces out. */
  bar: number;
}

/** One step of the path: translation pieces [a0, a1) with original pieces [b0, b1) and their similarity. */
export interface Step {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  similarity: number;
}

export function alignInOrder(a: readonly UnitFeatures[], b: readonly UnitFeatures[], params: OrderParams): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const ratio = sum(a.map((u) => u.size)) / Math.max(1, sum(b.map((u) => u.size)));
  const width = Math.max(40, Math.ceil(0.12 * Math.max(n, m)));
  const center = (i: number) => Math.round((i * m) / n);
  const inBand = (i: number, j: number) => Math.abs(j - center(i)) <= width + params.maxJoin;

  // Met counts per pair of pieces in the band: how many of a's items meet b, and of b's meet a.
  const metA = new Map<number, number>();
  const metB = new Map<number, number>();
  const pairKey = (i: number, j: number) => i * (m + 1) + j;
  const met = (i: number, j: number): [number, number] => {
    const key = pairKey(i, j);
    let x = metA.get(key);
    if (x === undefined) {
      x = itemsMet(a[i]!, b[j]!);
      metA.set(key, x);
      metB.set(key, itemsMet(b[j]!, a[i]!));
    }
    return [x, metB.get(key)!];
  };

  /** One side of a pair: its items, how many of them the other side meets, and its length. */
  const side = (pieces: readonly UnitFeatures[], from: number, to: number, hitsOf: (k: number) => number) => {
    let items = 0;
    let metItems = 0;
    let size = 0;
    for (let k = from; k < to; k++) {
      const count = itemCount(pieces[k]!);
      items += count;
      metItems += Math.min(count, hitsOf(k));
      size += pieces[k]!.size;
    }
    return { items, metItems, size };
  };

  const similarity = (a0: number, a1: number, b0: number, b1: number): number => {
    const hitsInB = (i: number) => {
      let hits = 0;
      for (let j = b0; j < b1; j++) hits += met(i, j)[0];
      return hits;
    };
    const hitsInA = (j: number) => {
      let hits = 0;
      for (let i = a0; i < a1; i++) hits += met(i, j)[1];
      return hits;
    };
    const { items: itemsA, metItems: metItemsA, size: sizeA } = side(a, a0, a1, hitsInB);
    const { items: itemsB, metItems: metItemsB, size: sizeB } = side(b, b0, b1, hitsInA);
    const coverA = itemsA ? metItemsA / itemsA : 0;
    const coverB = itemsB ? metItemsB / itemsB : 0;
    const lexical = itemsA && itemsB ? (coverA + coverB) / 2 : Math.max(coverA, coverB);
    const stray = Math.log(Math.max(1, sizeA) / Math.max(1, sizeB) / ratio);
    const length = Math.exp(-(stray * stray) / (2 * params.lengthSigma * params.lengthSigma));
    return params.lexicalWeight * lexical + (1 - params.lexicalWeight) * length;
  };

  const moves: [number, number][] = [
    [1, 0],
    [0, 1],
  ];
  for (let k = 1; k <= params.maxJoin; k++) moves.push([1, k]);
  moves.push([2, 1], [3, 1], [2, 2]);

  // best[i][j] over the band, as maps keyed by pairKey: the best total for a[0, i) with b[0, j).
  const best = new Map<number, number>([[pairKey(0, 0), 0]]);
  const back = new Map<number, [number, number, number]>();
  for (let i = 0; i <= n; i++) {
    const lo = Math.max(0, center(i) - width - params.maxJoin);
    const hi = Math.min(m, center(i) + width + params.maxJoin);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      let from: [number, number, number] | null = null;
      for (const [di, dj] of moves) {
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const prior = best.get(pairKey(pi, pj));
        if (prior === undefined) continue;
        const sim = di && dj ? similarity(pi, i, pj, j) : 0;
        const total = prior + (di && dj ? sim - params.bar : 0);
        if (total > top) {
          top = total;
          from = [pi, pj, sim];
        }
      }
      if (from && inBand(i, j)) {
        best.set(pairKey(i, j), top);
        back.set(pairKey(i, j), from);
      }
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  if (!back.has(pairKey(i, j))) return [];
  while (i > 0 || j > 0) {
    const [pi, pj, sim] = back.get(pairKey(i, j))!;
    if (i > pi && j > pj) steps.push({ a0: pi, a1: i, b0: pj, b1: j, similarity: sim });
    i = pi;
    j = pj;
  }
  return steps.reverse();
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
