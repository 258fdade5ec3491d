// Quote marks are a promise about whose words these are. A passage whose quoted words the source place does
// not hold at all, not even as synonyms (`accusing Australia of "parroting the rhetoric" of the US, which it
// labelled the "world champion" of cyber attacks`), quotes someone else: it is another source's statement
// that happens to share the topic, not a misquote of this one. A misquote changes a word or two of a quote;
// it keeps most of them.
import type { Claim } from '../match/assign.ts';
import type { MatchContext } from '../match/places.ts';
import { quotedTokenMask } from '../match/document.ts';

/** Quoted content words a passage needs before its quote can prove it foreign. */
const MIN_QUOTED = 3;
/** Below this weighted share of its quoted words found in its places, a quote is someone else's. */
const MIN_FOUND = 0.3;

/** The claims without those whose quoted words their source places do not hold. */
export function dropForeignQuotes(ctx: MatchContext, claims: readonly Claim[]): Claim[] {
  const R = ctx.report;
  const quoted = quotedTokenMask(R);
  return claims.filter((claim) => {
    const inQuote = claim.tokens.filter((i) => quoted[i] === 1);
    if (inQuote.length < MIN_QUOTED) return true;
    const found = new Set(claim.places.flatMap((p) => p.match.pairs.map((pair) => pair[0])));
    const weight = (list: number[]) => list.reduce((t, i) => t + ctx.weights[R.tokens.key[i]!]!, 0);
    return weight(inQuote.filter((i) => found.has(i))) >= MIN_FOUND * weight(inQuote);
  });
}
