// Aligns the pieces of a translation with the pieces of its original in order, as Gale–Church, hunalign and
// Bertalign do: dynamic programming over both sequences, each step pairing 1–1, 1–n (one English sentence for
// several Chinese clauses), n–1, 2–2, or leaving one piece out (1–0: added; 0–1: omitted). A step pays its
// similarity less a bar, and a fitted cost for each piece beyond one a side (a piece that meets nothing can still
// raise a merge's similarity by mending its length ratio), and leaving a piece out pays nothing, so an unmatched
// sentence stays out rather than riding along with a neighbour's pair.
// The search keeps to a band around a path of expected positions. For short texts that path is the diagonal; for
// long ones it is found first by the same search over blocks of pieces (coarse to fine, as Bertalign does), so the
// band stays narrow, the cost grows with the length of the texts rather than its square, and a section the
// translation drops (a jump off the diagonal) still lies inside the band.
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
  /** What each piece of a step beyond the first on each side costs (0: a merge is as cheap as a 1–1 pair). */
  mergeCost: number;
}

/** One step of the path: translation pieces [a0, a1) with original pieces [b0, b1) and their similarity. */
export interface Step {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  similarity: number;
}

/** Pieces either side may hold before the path is found over blocks first. */
const DIRECT_LIMIT = 400;
/**
 * About how many blocks a long text is cut into for the coarse search. Finer blocks place the fine band more
 * closely: at 320 (against 160) the fine search looks at half the cells and finds the same path on the
 * 100,000-character benchmark pairs, for a coarse search a quarter of the fine one's cost.
 */
const BLOCKS = 320;
/** The half-width of the band, in pieces, at the least. */
const MIN_WIDTH = 40;
/** What a long text's band holds beyond one block either side of the coarse path (the coarse search placed it). */
const BLOCK_SLACK = 16;

export function alignInOrder(a: readonly UnitFeatures[], b: readonly UnitFeatures[], params: OrderParams): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  if (Math.max(n, m) <= DIRECT_LIMIT) {
    const width = Math.max(MIN_WIDTH, Math.ceil(0.12 * Math.max(n, m)));
    return searchBand(a, b, params, (i) => diagonal(i, n, m), width, 1);
  }
  // Coarse: the same search over blocks of neighbouring pieces; its corners are anchors of the expected path.
  const sizeA = Math.ceil(n / BLOCKS);
  const sizeB = Math.ceil(m / BLOCKS);
  const blocksA = blocks(a, sizeA);
  const blocksB = blocks(b, sizeB);
  const coarse = searchBand(
    blocksA,
    blocksB,
    params,
    (i) => diagonal(i, blocksA.length, blocksB.length),
    blocksB.length,
    1,
  );
  const anchors: [number, number][] = [[0, 0]];
  for (const s of coarse)
    anchors.push([s.a0 * sizeA, s.b0 * sizeB], [Math.min(n, s.a1 * sizeA), Math.min(m, s.b1 * sizeB)]);
  anchors.push([n, m]);
  return searchBand(a, b, params, interpolate(anchors), BLOCK_SLACK + sizeB, sizeA);
}

/** Row i of an n-by-m search on the diagonal. */
function diagonal(i: number, n: number, m: number): [number, number] {
  const j = Math.round((i * m) / n);
  return [j, j];
}

/** Pieces of `pieces`, `size` at a time, as one piece each. */
function blocks(pieces: readonly UnitFeatures[], size: number): UnitFeatures[] {
  const out: UnitFeatures[] = [];
  for (let k = 0; k < pieces.length; k += size) {
    const group = pieces.slice(k, k + size);
    const keys = new Set<string>();
    const numbers = new Set<string>();
    for (const g of group) {
      for (const key of g.keys) keys.add(key);
      for (const x of g.numbers) numbers.add(x);
    }
    out.push({ items: group.flatMap((g) => g.items), keys, numbers, size: group.reduce((s, g) => s + g.size, 0) });
  }
  return out;
}

/**
 * The expected original positions of each translation position: piecewise linear through the anchors, and where
 * the path jumps (several anchors on one row: a stretch of the original the translation leaves out) the whole jump.
 */
function interpolate(anchors: readonly [number, number][]): (i: number) => [number, number] {
  // Rows in path order, each with the least and greatest position the path takes on it; kept monotone.
  const rows: { i: number; low: number; high: number }[] = [];
  for (const [i, j] of anchors) {
    const last = rows[rows.length - 1];
    if (last && (i < last.i || j < last.high)) continue;
    if (last && i === last.i) last.high = j;
    else rows.push({ i, low: j, high: j });
  }
  return (i) => {
    let k = 0;
    while (k < rows.length - 1 && rows[k + 1]!.i <= i) k++;
    const here = rows[k]!;
    if (here.i === i || k === rows.length - 1) return [here.low, here.high];
    const next = rows[k + 1]!;
    const j = Math.round(here.high + ((i - here.i) * (next.low - here.high)) / (next.i - here.i));
    return [j, j];
  };
}

/**
 * The best path from (0, 0) to (n, m) through the cells within `width` of the expected positions of each row and
 * of the rows within `reach` of it: a steep stretch of the path stays connected, and a jump the coarse search
 * placed a block too early or too late still lies inside the band.
 */
function searchBand(
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
  params: OrderParams,
  expected: (i: number) => [number, number],
  width: number,
  reach: number,
): Step[] {
  const n = a.length;
  const m = b.length;
  const ratio = sum(a.map((u) => u.size)) / Math.max(1, sum(b.map((u) => u.size)));
  const countA = a.map(itemCount);
  const countB = b.map(itemCount);
  const ranges = Array.from({ length: n + 1 }, (_, i) => expected(i));
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    let c0 = ranges[i]![0];
    let c1 = ranges[i]![1];
    for (let r = Math.max(0, i - reach); r <= Math.min(n, i + reach); r++) {
      c0 = Math.min(c0, ranges[r]![r < i ? 1 : 0]);
      c1 = Math.max(c1, ranges[r]![r > i ? 0 : 1]);
    }
    lo[i] = i === 0 ? 0 : Math.max(0, c0 - width - params.maxJoin);
    hi[i] = i === n ? m : Math.min(m, c1 + width + params.maxJoin);
  }

  // Met counts of every pair of pieces a step may look at: the rows a step can reach from row i span i..i+3.
  const rowLo = new Int32Array(n + 1);
  const rowHi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    rowLo[i] = Math.max(0, lo[i]! - params.maxJoin);
    rowHi[i] = Math.min(m, hi[Math.min(n, i + 3)]!);
  }
  const table = metTable(a, b, rowLo, rowHi);
  const forward = (i: number, j: number): number =>
    j < rowLo[i]! || j > rowHi[i]! ? itemsMet(a[i]!, b[j]!) : table.forward[table.offset[i]! + j - rowLo[i]!]!;
  const backward = (i: number, j: number): number =>
    j < rowLo[i]! || j > rowHi[i]! ? itemsMet(b[j]!, a[i]!) : table.backward[table.offset[i]! + j - rowLo[i]!]!;
  const twoSigmaSquared = 2 * params.lengthSigma * params.lengthSigma;
  /** The similarity of a pair from its two sides' item counts, met items and lengths. */
  // `need`: what the similarity must exceed to matter; a pair that cannot (its length agreement at best) is not
  // worked out further and scores -Infinity.
  const score = (
    itemsA: number,
    metA: number,
    sizeA: number,
    itemsB: number,
    metB: number,
    sizeB: number,
    need = -Infinity,
  ) => {
    const coverA = itemsA ? metA / itemsA : 0;
    const coverB = itemsB ? metB / itemsB : 0;
    const lexical = itemsA && itemsB ? (coverA + coverB) / 2 : Math.max(coverA, coverB);
    if (params.lexicalWeight * lexical + (1 - params.lexicalWeight) <= need) return -Infinity;
    const stray = Math.log(Math.max(1, sizeA) / Math.max(1, sizeB) / ratio);
    const length = Math.exp(-(stray * stray) / twoSigmaSquared);
    return params.lexicalWeight * lexical + (1 - params.lexicalWeight) * length;
  };

  // The moves, in the order ties are settled: 1–0, 0–1, 1–k for k = 1..maxJoin, 2–1, 3–1, 2–2.
  const moves: [number, number][] = [
    [1, 0],
    [0, 1],
  ];
  for (let k = 1; k <= params.maxJoin; k++) moves.push([1, k]);
  moves.push([2, 1], [3, 1], [2, 2]);
  const firstJoin = 2;
  const twoOne = firstJoin + params.maxJoin;

  // Row i holds cells lo[i]..hi[i]: the best total for a[0, i) with b[0, j), the move that reached it and its
  // similarity.
  const best = Array.from({ length: n + 1 }, (_, i) => new Float64Array(hi[i]! - lo[i]! + 1).fill(-Infinity));
  const move = Array.from({ length: n + 1 }, (_, i) => new Int8Array(hi[i]! - lo[i]! + 1).fill(-1));
  const simOf = Array.from({ length: n + 1 }, (_, i) => new Float64Array(hi[i]! - lo[i]! + 1));
  const prior = (i: number, j: number): number =>
    i < 0 || j < lo[i]! || j > hi[i]! ? -Infinity : best[i]![j - lo[i]!]!;
  // The best move into the cell being filled (one function for the whole search: no closure per cell).
  let top = -Infinity;
  let chosen = -1;
  let chosenSim = 0;
  const consider = (k: number, before: number, sim: number, pays: boolean) => {
    if (before === -Infinity) return;
    // A step of more than two pieces also pays for each piece beyond them: a merge must earn its extra pieces.
    const [di, dj] = moves[k]!;
    const total = before + (pays ? sim - params.bar - params.mergeCost * (di + dj - 2) : 0);
    if (total > top) {
      top = total;
      chosen = k;
      chosenSim = sim;
    }
  };
  best[0]![0 - lo[0]!] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      top = -Infinity;
      chosen = -1;
      chosenSim = 0;
      consider(0, prior(i - 1, j), 0, false);
      consider(1, prior(i, j - 1), 0, false);
      if (i >= 1) {
        // 1–k: piece i-1 with b[j-k, j), each k one more original piece than the last.
        const row = i - 1;
        let hitsA = 0;
        let itemsB = 0;
        let metB = 0;
        let sizeB = 0;
        for (let k = 1; k <= params.maxJoin && j - k >= 0; k++) {
          const col = j - k;
          hitsA += forward(row, col);
          itemsB += countB[col]!;
          metB += Math.min(countB[col]!, backward(row, col));
          sizeB += b[col]!.size;
          const before = prior(row, col);
          if (before === -Infinity) continue;
          // A move that could not beat the best so far is not worked out.
          const need = top - before + params.bar + params.mergeCost * (k - 1);
          const sim = score(countA[row]!, Math.min(countA[row]!, hitsA), a[row]!.size, itemsB, metB, sizeB, need);
          if (sim === -Infinity) continue;
          consider(firstJoin + k - 1, before, sim, true);
        }
      }
      if (j >= 1) {
        // 2–1 and 3–1: original piece j-1 with a[i-d, i).
        const col = j - 1;
        let itemsA = 0;
        let metA = 0;
        let sizeA = 0;
        let hitsB = 0;
        for (let d = 1; d <= 3 && i - d >= 0; d++) {
          const row = i - d;
          itemsA += countA[row]!;
          metA += Math.min(countA[row]!, forward(row, col));
          sizeA += a[row]!.size;
          hitsB += backward(row, col);
          if (d === 1) continue;
          const before = prior(row, col);
          if (before === -Infinity) continue;
          const need = top - before + params.bar + params.mergeCost * (d - 1);
          const sim = score(itemsA, metA, sizeA, countB[col]!, Math.min(countB[col]!, hitsB), b[col]!.size, need);
          if (sim === -Infinity) continue;
          consider(twoOne + d - 2, before, sim, true);
        }
      }
      if (i >= 2 && j >= 2) {
        const before = prior(i - 2, j - 2);
        // A similarity is at most 1: a 2–2 pair that could not beat the best so far is not counted out.
        if (before !== -Infinity && before + 1 - params.bar - 2 * params.mergeCost > top)
          consider(twoOne + 2, before, pairSimilarity(i - 2, i, j - 2, j), true);
      }
      if (chosen >= 0) {
        best[i]![j - lo[i]!] = top;
        move[i]![j - lo[i]!] = chosen;
        simOf[i]![j - lo[i]!] = chosenSim;
      }
    }
  }
  /** The similarity of a[a0, a1) with b[b0, b1), counted out. */
  function pairSimilarity(a0: number, a1: number, b0: number, b1: number): number {
    let itemsA = 0;
    let metA = 0;
    let sizeA = 0;
    let itemsB = 0;
    let metB = 0;
    let sizeB = 0;
    for (let i = a0; i < a1; i++) {
      let hits = 0;
      for (let j = b0; j < b1; j++) hits += forward(i, j);
      itemsA += countA[i]!;
      metA += Math.min(countA[i]!, hits);
      sizeA += a[i]!.size;
    }
    for (let j = b0; j < b1; j++) {
      let hits = 0;
      for (let i = a0; i < a1; i++) hits += backward(i, j);
      itemsB += countB[j]!;
      metB += Math.min(countB[j]!, hits);
      sizeB += b[j]!.size;
    }
    return score(itemsA, metA, sizeA, itemsB, metB, sizeB);
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  if (move[n]![m - lo[n]!] === -1) return [];
  while (i > 0 || j > 0) {
    const k = move[i]![j - lo[i]!]!;
    const sim = simOf[i]![j - lo[i]!]!;
    const [di, dj] = moves[k]!;
    if (di && dj) steps.push({ a0: i - di, a1: i, b0: j - dj, b1: j, similarity: sim });
    i -= di;
    j -= dj;
  }
  return steps.reverse();
}

/**
 * `forward[offset[i] + j - rowLo[i]]`: how many of a[i]'s items (and numbers) have a key in b[j]; `backward`: how many of
 * b[j]'s have a key in a[i]; for j in rowLo[i]..rowHi[i] (both non-decreasing in i). Found through postings of
 * each key, so the cost follows the keys two pieces share, not the band's area times the pieces' lengths.
 */
function metTable(
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
  rowLo: Int32Array,
  rowHi: Int32Array,
): { forward: Int32Array; backward: Int32Array; offset: Int32Array } {
  // One array each, row i from offset[i]: cheaper to reach than an array per row.
  const offset = new Int32Array(a.length + 1);
  for (let i = 0; i < a.length; i++) offset[i + 1] = offset[i]! + Math.max(0, rowHi[i]! - rowLo[i]! + 1);
  const forward = new Int32Array(offset[a.length]!);
  const backward = new Int32Array(offset[a.length]!);
  const postingsB = postings(b);
  const postingsA = postings(a);
  // Each piece is counted once per item, however many of the item's keys it holds.
  const seenB = new Int32Array(b.length).fill(-1);
  const seenA = new Int32Array(a.length).fill(-1);
  let itemId = 0;
  for (let i = 0; i < a.length; i++) {
    const from = rowLo[i]!;
    const to = rowHi[i]!;
    for (const keys of itemKeys(a[i]!)) {
      itemId++;
      for (const key of keys) {
        const list = postingsB.get(key);
        if (!list) continue;
        for (let k = lowerBound(list, from); k < list.length && list[k]! <= to; k++) {
          const j = list[k]!;
          if (seenB[j] === itemId) continue;
          seenB[j] = itemId;
          forward[offset[i]! + j - from]!++;
        }
      }
    }
  }
  for (let j = 0; j < b.length; j++) {
    // The rows whose range holds j: from the first with rowHi ≥ j to the last with rowLo ≤ j.
    const first = lowerBound(rowHi, j);
    const last = lowerBound(rowLo, j + 1) - 1;
    if (first > last) continue;
    for (const keys of itemKeys(b[j]!)) {
      itemId++;
      for (const key of keys) {
        const list = postingsA.get(key);
        if (!list) continue;
        for (let k = lowerBound(list, first); k < list.length && list[k]! <= last; k++) {
          const i = list[k]!;
          if (seenA[i] === itemId || j < rowLo[i]! || j > rowHi[i]!) continue;
          seenA[i] = itemId;
          backward[offset[i]! + j - rowLo[i]!]!++;
        }
      }
    }
  }
  return { forward, backward, offset };
}

/** A piece's items as key lists, its numbers as one-key items (numbers and words never meet each other). */
function* itemKeys(piece: UnitFeatures): Iterable<Iterable<string>> {
  yield* piece.items;
  for (const x of piece.numbers) yield [`#${x}`];
}

/** Each key (numbers as `#n`) with the ascending positions of the pieces that hold it. */
function postings(pieces: readonly UnitFeatures[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  pieces.forEach((piece, p) => {
    const add = (key: string) => {
      const list = out.get(key);
      if (!list) out.set(key, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    };
    for (const key of piece.keys) add(key);
    for (const x of piece.numbers) add(`#${x}`);
  });
  return out;
}

/** The first index of the ascending `list` whose value is ≥ `value`. */
function lowerBound(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
