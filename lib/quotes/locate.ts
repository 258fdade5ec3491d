// Where in the source a quoted piece stands. First word for word (`findExact`); failing that, the closest
// stretch by a word alignment (`alignPiece`): seeds are the source positions of the piece's words, the densest
// diagonals become windows, and each window is aligned with the whole piece against any stretch of the window
// (semi-global alignment), so the ops list every word the piece adds, drops or changes.
import { areSpellingVariants } from './spelling.ts';
import type { SourceSurface } from './surface.ts';

/** A stretch of source words, `first`..`last` inclusive. */
export interface WordRange {
  first: number;
  last: number;
}

/** How many word-for-word occurrences of a piece are considered. */
const MAX_OCCURRENCES = 64;

/** The source word ranges that hold `forms` word for word (word breaks ignored), in source order. */
export function findExact(src: SourceSurface, forms: readonly string[]): WordRange[] {
  const needle = forms.join('').replace(/'/g, '');
  const out: WordRange[] = [];
  if (needle.length === 0) return out;
  for (let at = src.joined.indexOf(needle); at !== -1 && out.length < MAX_OCCURRENCES; at = src.joined.indexOf(needle, at + 1)) {
    const first = src.wordStartingAt[at]!;
    const last = src.wordEndingAt[at + needle.length]!;
    if (first >= 0 && last >= 0) out.push({ first, last });
  }
  return out;
}

/** One step of an alignment: a piece word matched (`same`, or `inflected` when only the ending differs), added or dropped. */
export type AlignOp =
  | { op: 'same'; q: number; s: number }
  | { op: 'inflected'; q: number; s: number }
  | { op: 'added'; q: number }
  | { op: 'dropped'; s: number };

export interface PieceAlignment {
  ops: AlignOp[];
  /** Source words the alignment spans (the first and last matched word). */
  range: WordRange;
  /** Piece words matched exactly or by inflection. */
  matched: number;
  score: number;
}

const SAME = 2;
const INFLECTED = 1;
const GAP = -1;
/** Windows aligned per piece: the densest few diagonals. */
const WINDOWS = 3;
/** A form this common in the source seeds no window unless the piece has nothing rarer. */
const COMMON = 400;

/**
 * Whether two forms differ only in an inflectional ending (`communication` / `communications`, `say` / `said` aside)
 * or in British against American spelling (`destabilising` / `destabilizing`): wording, not another word.
 */
export function inflected(a: string, b: string): boolean {
  if (a === b) return false;
  if (areSpellingVariants(a, b)) return true;
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  if (p < 3) return false;
  const restA = a.slice(p);
  const restB = b.slice(p);
  const ending = /^(?:s|es|ed|d|ing|er|ers|est|ly|'s|ies|ied|y|e|ion|ions)?$/;
  return ending.test(restA) && ending.test(restB) && restA.length + restB.length <= 4;
}

/** The closest stretch of the source to `forms`, or null when no word of the piece is in the source. */
export function alignPiece(src: SourceSurface, forms: readonly string[]): PieceAlignment | null {
  const n = forms.length;
  if (n === 0) return null;
  const hits: Array<{ d: number; q: number }> = [];
  const found = src.occurrences(forms, COMMON);
  const rare = forms.some((f) => found.get(f)!.length > 0 && found.get(f)!.length <= COMMON);
  forms.forEach((form, q) => {
    const at = found.get(form)!;
    if (at.length === 0 || (rare && at.length > COMMON)) return;
    for (const s of at) hits.push({ d: s - q, q });
  });
  if (hits.length === 0) return null;
  hits.sort((x, y) => x.d - y.d);
  // Each hit's diagonal, scored by how many distinct piece words have a hit within the band around it.
  const band = Math.max(4, Math.ceil(n / 3));
  const seen = new Int32Array(n);
  let distinct = 0;
  let lo = 0;
  let hi = 0;
  const scored: Array<{ d: number; count: number }> = [];
  for (let k = 0; k < hits.length; k++) {
    const d = hits[k]!.d;
    for (; hi < hits.length && hits[hi]!.d <= d + band; hi++) if (seen[hits[hi]!.q]!++ === 0) distinct++;
    for (; hits[lo]!.d < d - band; lo++) if (--seen[hits[lo]!.q]! === 0) distinct--;
    scored.push({ d, count: distinct });
  }
  scored.sort((x, y) => y.count - x.count || x.d - y.d);
  const windows: Array<[number, number]> = [];
  for (const { d } of scored) {
    const from = Math.max(0, d - band);
    const to = Math.min(src.words.count, d + n + band);
    if (windows.some(([a, b]) => from < b && a < to)) continue;
    windows.push([from, to]);
    if (windows.length === WINDOWS) break;
  }
  let best: PieceAlignment | null = null;
  for (const [from, to] of windows) {
    const window: string[] = [];
    for (let w = from; w < to; w++) window.push(src.form(w));
    const aligned = alignInWindow(window, forms, 0, window.length);
    if (aligned) shift(aligned, from);
    if (aligned && (!best || aligned.score > best.score)) best = aligned;
  }
  return best;
}

/** Moves an alignment made on a window to source word indices. */
function shift(a: PieceAlignment, by: number): void {
  for (const o of a.ops) if (o.op !== 'added') o.s += by;
  a.range = { first: a.range.first + by, last: a.range.last + by };
}

/** Semi-global alignment: every piece word, against the best stretch of source words in [from, to). */
function alignInWindow(source: readonly string[], piece: readonly string[], from: number, to: number): PieceAlignment | null {
  const n = piece.length;
  const m = to - from;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width); // 1 diagonal, 2 piece word added, 3 source word dropped
  for (let i = 1; i <= n; i++) {
    score[i * width] = i * GAP;
    move[i * width] = 2;
  }
  for (let i = 1; i <= n; i++) {
    const q = piece[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const s = source[from + j - 1]!;
      const pair = q === s ? SAME : inflected(q, s) ? INFLECTED : -Infinity;
      const diag = score[(i - 1) * width + j - 1]! + pair;
      const add = score[(i - 1) * width + j]! + GAP;
      const drop = score[i * width + j - 1]! + GAP;
      let v = add;
      let mv = 2;
      if (drop > v) {
        v = drop;
        mv = 3;
      }
      if (diag >= v) {
        v = diag;
        mv = 1;
      }
      score[i * width + j] = v;
      move[i * width + j] = mv;
    }
  }
  let endJ = 0;
  for (let j = 1; j <= m; j++) if (score[n * width + j]! > score[n * width + endJ]!) endJ = j;
  const ops: AlignOp[] = [];
  let i = n;
  let j = endJ;
  while (i > 0) {
    const mv = move[i * width + j]!;
    if (mv === 1) {
      const q = i - 1;
      const s = from + j - 1;
      ops.push({ op: piece[q] === source[s] ? 'same' : 'inflected', q, s });
      i--;
      j--;
    } else if (mv === 2) {
      ops.push({ op: 'added', q: i - 1 });
      i--;
    } else {
      ops.push({ op: 'dropped', s: from + j - 1 });
      j--;
    }
  }
  ops.reverse();
  const matchedAt = ops.filter((o): o is Extract<AlignOp, { s: number; q: number }> => o.op === 'same' || o.op === 'inflected');
  if (matchedAt.length === 0) return null;
  return {
    ops,
    range: { first: matchedAt[0]!.s, last: matchedAt[matchedAt.length - 1]!.s },
    matched: matchedAt.length,
    score: score[n * width + endJ]!,
  };
}
