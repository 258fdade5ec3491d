// A report's headline: what the story says its subject said, in the fewest words. It carries the topic
// words of the question that was asked, so its best lexical match is often the question; but a headline
// reports the answer (`White House says Biden won't sanction Saudi crown prince` reports "the United States
// has not sanctioned the leaders of countries …", not "Why not sanction him directly?").
import type { Claim } from '../match/assign.ts';
import { isHeadline } from '../segment/headline.ts';
import { answerSentences, evidenceMatched, scorePlace, type MatchContext, type Place } from '../match/places.ts';

/** An answer sentence must share this many words of evidence weight with the headline to replace a question. */
const MIN_SHARED = 2;

/**
 * Headline claims moved from the question they match to the answer it got: the answer's sentence closest
 * to the headline's words, or the answer places the claim already has. A headline that reports a question
 * (`asks`), or whose question's answer shares nothing with it, keeps its place.
 */
export function headlinesToAnswers(ctx: MatchContext, claims: readonly Claim[], minScore: number): Claim[] {
  const R = ctx.report;
  const S = ctx.source;
  const isQuestion = (p: Place) => S.seg.turns[p.turn]?.role === 'question';
  return claims.map((claim) => {
    const span = { start: claim.from ?? R.seg.clauses[claim.clauseFirst]!.start, end: R.seg.clauses[claim.clauseLast - 1]!.end };
    if (claim.asks || !claim.places.some(isQuestion) || !isHeadline(R.text, R.seg.paragraphs, [span])) return claim;
    const places: Place[] = [];
    let score = claim.score;
    for (const place of claim.places) {
      if (!isQuestion(place)) places.push(place);
      else if (!claim.places.some((p) => p.exchange === place.exchange && !isQuestion(p))) {
        const answer = bestAnswerSentence(ctx, claim.tokens, place);
        if (!answer) continue;
        places.push(answer);
        // Surer of the exchange than of the sentence: the answer shares fewer words than the question did.
        score = Math.max(minScore, Math.min(score, (claim.score + answer.match.score) / 2));
      }
    }
    return places.length > 0 ? { ...claim, places, score } : claim;
  });
}

/** The answer sentence of the question's exchange that best explains the tokens, or null when none shares enough. */
function bestAnswerSentence(ctx: MatchContext, tokens: readonly number[], question: Place): Place | null {
  let best: Place | null = null;
  for (const s of answerSentences(ctx, question)) {
    const place = scorePlace(ctx, tokens, s, s + 1);
    if (evidenceMatched(ctx, place.match) >= MIN_SHARED && (!best || place.match.score > best.match.score)) best = place;
  }
  return best;
}
