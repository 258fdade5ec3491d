// A passage made mostly of quoted words that no place of the source holds (lib/quotes/check.ts found them
// nowhere, not even reworded) quotes another speaker, another day or another document: it is the report's
// own, listed as added, never aligned, whatever other words it shares with the source. When the passage is
// linked to the place that came nearest to the quote, the place says it in other words (a translation quoted
// in its own wording): the passage stays, and the quote is flagged there.
import type { Claim } from '../match/assign.ts';
import type { MatchContext } from '../match/places.ts';
import type { QuoteCheck, Span } from '../types.ts';
import { overlaps } from '../spans.ts';

/** The claims without those whose content lies mostly inside quoted sentences the source does not hold. */
export function dropUnsourcedQuotes(ctx: MatchContext, claims: readonly Claim[], quotes: readonly QuoteCheck[]): Claim[] {
  const unfound = quotes.flatMap((q) => q.unfound.map((u) => ({ span: u, nearest: q.source })));
  if (unfound.length === 0) return [...claims];
  const R = ctx.report;
  const S = ctx.source;
  const within = (i: number, s: Span) => R.tokens.start[i]! >= s.start && R.tokens.end[i]! <= s.end;
  return claims.filter((claim) => {
    const hits = unfound.filter((u) => claim.tokens.some((i) => within(i, u.span)));
    const inside = claim.tokens.filter((i) => hits.some((u) => within(i, u.span)));
    if (inside.length * 2 < claim.tokens.length) return true;
    const places = claim.places.map((p) => ({ start: S.seg.sentences[p.first]!.start, end: S.seg.sentences[p.last - 1]!.end }));
    return hits.some((u) => u.nearest.some((n) => places.some((p) => overlaps(n, p))));
  });
}
