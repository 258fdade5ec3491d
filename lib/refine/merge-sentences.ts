// Pass: one report sentence that stitches two points of one answer is one statement with two sources.
import type { Claim } from '../match/assign.ts';

/**
 * Joins consecutive claims of one report sentence that draw on the same exchange into one claim with
 * several places: a sentence that stitches two points of one answer is one statement with two sources,
 * and its quote marks then decide its kind as a whole.
 */
export function mergeSentenceClaims(claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const claim of claims) {
    const last = out[out.length - 1];
    const sameExchange = last && last.places.some((p) => claim.places.some((q) => q.exchange === p.exchange));
    if (last && last.sentence === claim.sentence && last.clauseLast === claim.clauseFirst && sameExchange) {
      const wa = last.places.reduce((t, p) => t + p.match.matchedWeight, 0);
      const wb = claim.places.reduce((t, p) => t + p.match.matchedWeight, 0);
      const places = [...last.places];
      for (const p of claim.places) if (!places.some((q) => q.first === p.first && q.last === p.last)) places.push(p);
      places.sort((a, b) => a.first - b.first);
      out[out.length - 1] = {
        sentence: last.sentence,
        clauseFirst: last.clauseFirst,
        clauseLast: claim.clauseLast,
        tokens: [...last.tokens, ...claim.tokens],
        places,
        score: wa + wb > 0 ? (last.score * wa + claim.score * wb) / (wa + wb) : Math.max(last.score, claim.score),
        asks: last.asks || claim.asks,
      };
    } else out.push(claim);
  }
  return out;
}
