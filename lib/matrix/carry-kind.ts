// How an alignment carries a statement in the matrix: its kind, with quotes split into exact and altered. Its own
// file so the browser can use it without loading the matcher.
import type { Alignment, CarryKind } from '../types.ts';

/** `quote-altered` for a quote with a `misquote` or `wording-differs` flag, `quote-exact` for any other quote. */
export function carryKind(a: Pick<Alignment, 'kind' | 'flags'>): CarryKind {
  if (a.kind !== 'quote') return a.kind;
  return a.flags.includes('misquote') || a.flags.includes('wording-differs') ? 'quote-altered' : 'quote-exact';
}
