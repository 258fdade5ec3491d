// Headlines and leads restate the story below them in fewer, blunter words (`denies Microsoft Exchange hack`
// for `rejected accusations that Beijing was behind the hacking campaign against Microsoft Exchange
// servers`). Such a clause may share too little with the source to be matched on its own, yet share its
// rare words with a passage of the same report that is matched: it then reports what that passage reports.
import type { Claim } from '../match/assign.ts';
import type { MatchContext } from '../match/places.ts';

/** How many paragraphs open a report: a headline and its lead. */
const OPENING_PARAGRAPHS = 2;
/** The least weighted share of the clause the matched passage must explain... */
const MIN_SHARE = 0.4;
/** ...with at least this many words of evidence weight. */
const MIN_SHARED = 3;
/** Only passages matched at least this confidently are restated. */
const MIN_CLAIM_SCORE = 0.45;

/** Claims for unmatched clauses of the report's opening that restate a matched passage of the report. */
export function findRestatements(ctx: MatchContext, claims: readonly Claim[], clauseTokens: readonly number[][], minScore: number): Claim[] {
  const R = ctx.report;
  const claimed = new Uint8Array(R.seg.clauses.length);
  for (const c of claims) claimed.fill(1, c.clauseFirst, c.clauseLast);
  const weightOf = (i: number) => ctx.weights[R.tokens.key[i]!]!;
  const confident = claims.filter((c) => c.score >= MIN_CLAIM_SCORE).map((claim) => ({ claim, keys: new Set(claim.tokens.map((i) => R.tokens.key[i]!)) }));

  const out: Claim[] = [];
  R.seg.clauses.forEach((clause, c) => {
    const sentence = R.seg.sentences[clause.sentence]!;
    if (claimed[c] || sentence.paragraph >= OPENING_PARAGRAPHS) return;
    const tokens = clauseTokens[c]!;
    const total = tokens.reduce((t, i) => t + weightOf(i), 0);
    if (total === 0) return;
    let best: { claim: Claim; share: number } | null = null;
    for (const { claim, keys } of confident) {
      const shared = tokens.filter((i) => keys.has(R.tokens.key[i]!));
      const share = shared.reduce((t, i) => t + weightOf(i), 0) / total;
      if (shared.filter((i) => weightOf(i) >= ctx.evidence).length < MIN_SHARED || share < MIN_SHARE) continue;
      if (!best || share > best.share) best = { claim, share };
    }
    if (!best) return;
    out.push({
      sentence: clause.sentence,
      clauseFirst: c,
      clauseLast: c + 1,
      tokens,
      places: best.claim.places,
      // Never surer than the passage it restates; a restatement is a paraphrase at best.
      score: Math.max(minScore, Math.min(best.claim.score, MIN_CLAIM_SCORE) * best.share),
      asks: false,
      ...(best.claim.denial && { denial: true }),
    });
  });
  return out;
}
