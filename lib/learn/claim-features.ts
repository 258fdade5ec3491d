// The features of a candidate claim that the link model weighs: is this report passage the same statement as
// this source place? Every feature is general (coverage both ways, rare words, exact and related matches,
// numbers and names agreeing, quote evidence, position in the story, speaker role, nearness to other matches);
// none names a word of any case.
import type { Claim } from '../match/assign.ts';
import type { MatchContext } from '../match/places.ts';
import { evidenceMatched } from '../match/places.ts';
import { quotedTokenMask } from '../match/document.ts';

export type Features = Record<string, number>;

/** Per-run facts the features share: which report tokens are quoted, where confident claims sit. */
export interface ClaimFeatureEnv {
  ctx: MatchContext;
  quoted: Uint8Array;
  claims: readonly Claim[];
}

export function claimFeatureEnv(ctx: MatchContext, claims: readonly Claim[]): ClaimFeatureEnv {
  return { ctx, quoted: quotedTokenMask(ctx.report), claims };
}

/** How strongly a source sentence distance counts as "near": 1 at the place, 0.5 three sentences away. */
const near = (d: number) => 1 / (1 + d / 3);

export function claimFeatures(env: ClaimFeatureEnv, claim: Claim): Features {
  const { ctx, quoted } = env;
  const R = ctx.report;
  const S = ctx.source;
  const top = claim.places[0]!;
  const m = top.match;
  const weightOf = (i: number) => ctx.weights[R.tokens.key[i]!]!;
  const total = claim.tokens.reduce((t, i) => t + weightOf(i), 0);
  const found = new Set(claim.places.flatMap((p) => p.match.pairs.map((x) => x[0])));
  const inQuote = claim.tokens.filter((i) => quoted[i] === 1);
  const quotedWeight = inQuote.reduce((t, i) => t + weightOf(i), 0);
  const quotedFound = inQuote.filter((i) => found.has(i)).reduce((t, i) => t + weightOf(i), 0);

  // Numbers and names: a number of the passage the place lacks is evidence against; one it has, for.
  const sourceKeys = new Set<number>();
  for (const p of claim.places) for (let s = p.first; s < p.last; s++) for (const j of ctx.sourceContent(s)) sourceKeys.add(S.tokens.key[j]!);
  let numbers = 0;
  let numbersFound = 0;
  let names = 0;
  let namesFound = 0;
  for (const i of claim.tokens) {
    const word = R.text.slice(R.tokens.start[i]!, R.tokens.end[i]!);
    const isNumber = /^\d/.test(word);
    const sentenceStart = R.seg.sentences[claim.sentence]!.start === R.tokens.start[i];
    const isName = !isNumber && !sentenceStart && /^\p{Lu}/u.test(word);
    const has = sourceKeys.has(R.tokens.key[i]!) || found.has(i);
    if (isNumber) {
      numbers++;
      if (has) numbersFound++;
    } else if (isName) {
      names++;
      if (has) namesFound++;
    }
  }

  // Nearness to the other claims the model is likely to keep (those assignment was sure of).
  let nearest = Infinity;
  let sameExchange = 0;
  for (const other of env.claims) {
    if (other === claim || other.score < 0.6) continue;
    for (const p of other.places) {
      if (p.exchange === top.exchange) sameExchange += other.score;
      const d = p.first > top.last ? p.first - top.last : top.first > p.last ? top.first - p.last : 0;
      nearest = Math.min(nearest, d);
    }
  }

  const turn = S.seg.turns[top.turn];
  const role = turn?.role;
  const sentence = R.seg.sentences[claim.sentence]!;
  const paragraphs = R.seg.paragraphs.length || 1;
  return {
    score: claim.score,
    raw: m.score,
    reportCoverage: m.reportCoverage,
    sourceCoverage: m.sourceCoverage,
    order: m.order,
    exact: Math.min(m.exactCount, 8),
    exactFew: m.exactCount <= 1 ? 1 : 0,
    evidence: Math.min(evidenceMatched(ctx, m), 8),
    matchedWeight: Math.log1p(m.matchedWeight),
    length: Math.log1p(claim.tokens.length),
    unexplained: total > 0 ? Math.max(0, total - m.matchedWeight) / total : 1,
    quotedShare: total > 0 ? quotedWeight / total : 0,
    quoteFound: quotedWeight > 0 ? quotedFound / quotedWeight : 1,
    quoteMissing: inQuote.length >= 3 && quotedWeight > 0 ? 1 - quotedFound / quotedWeight : 0,
    numbersMissing: numbers - numbersFound,
    numbersFound,
    namesMissing: names > 0 ? (names - namesFound) / names : 0,
    roleQuestion: role === 'question' ? 1 : 0,
    roleAnswer: role === 'answer' ? 1 : 0,
    untitled: ctx.hasLabels && turn && turn.label === null ? 1 : 0,
    asks: claim.asks ? 1 : 0,
    nearConfident: Number.isFinite(nearest) ? near(nearest) : 0,
    exchangeSupport: Math.log1p(sameExchange),
    position: R.seg.sentences.length > 1 ? claim.sentence / (R.seg.sentences.length - 1) : 0,
    opening: sentence.paragraph < 2 ? 1 : 0,
    earlyParagraph: sentence.paragraph / paragraphs,
    stitched: claim.places.length > 1 ? 1 : 0,
    clauses: claim.clauseLast - claim.clauseFirst,
    denial: claim.denial ? 1 : 0,
  };
}
