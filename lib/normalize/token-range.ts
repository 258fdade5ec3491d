// Token positions by offset: binary searches over a token sequence's sorted, disjoint spans. Shared by the
// matcher, the diff and the verdicts, so the layers above tokens need not import one another.
import type { TokenSeq } from './tokens.ts';
import type { Span } from '../types.ts';

/** Index of the first token that ends after `offset` (binary search; tokens are sorted and disjoint). */
export function firstTokenAfter(tokens: TokenSeq, offset: number, from = 0): number {
  let lo = from;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range of the tokens lying inside `span`. */
export function tokenRange(tokens: TokenSeq, span: Span, from = 0): [number, number] {
  const a = firstTokenAfter(tokens, span.start, from);
  let lo = a;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.start[mid]! < span.end) lo = mid + 1;
    else hi = mid;
  }
  return [a, lo];
}
