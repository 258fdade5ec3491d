// The features of a source sentence that the region model weighs: does it lie in the part of the source the
// report draws on? That part is whole answers, which may lie far apart in a long briefing, and nothing of the
// other topics; so the features say how the sentence stands to the accepted alignments (same exchange, same
// turn, how far), what kind of turn holds it, and how much of its wording the report uses anywhere.
import type { Claim } from '../match/assign.ts';
import type { MatchContext } from '../match/places.ts';
import type { Features } from './claim-features.ts';

/** Features of every source sentence, given the accepted claims. */
export function regionFeatures(ctx: MatchContext, claims: readonly Claim[]): Features[] {
  const S = ctx.source;
  const R = ctx.report;
  const n = S.seg.sentences.length;
  const placed = new Float64Array(n); // best claim score with a place on the sentence
  const exchangeMass = new Map<number, number>();
  const turnMass = new Map<number, number>();
  const paragraphHit = new Set<number>();
  for (const c of claims)
    for (const p of c.places) {
      exchangeMass.set(p.exchange, (exchangeMass.get(p.exchange) ?? 0) + c.score);
      for (let s = p.first; s < p.last; s++) {
        placed[s] = Math.max(placed[s]!, c.score);
        const t = S.sentenceTurn[s]!;
        turnMass.set(t, (turnMass.get(t) ?? 0) + c.score);
        paragraphHit.add(S.seg.sentences[s]!.paragraph);
      }
    }
  const topExchange = Math.max(0, ...exchangeMass.values());
  // Distance (in sentences) to the nearest placed sentence before and after.
  const before = new Int32Array(n).fill(-1);
  const after = new Int32Array(n).fill(-1);
  for (let s = 0, last = -1; s < n; s++) {
    if (placed[s]! > 0) last = s;
    before[s] = last;
  }
  for (let s = n - 1, next = -1; s >= 0; s--) {
    if (placed[s]! > 0) next = s;
    after[s] = next;
  }
  const reportKeys = new Set<number>();
  for (let i = 0; i < R.tokens.count; i++) if (R.tokenContent[i]) reportKeys.add(R.tokens.key[i]!);
  const exchangeChars = new Map<number, number>();
  for (const t of S.seg.turns) exchangeChars.set(t.exchange, (exchangeChars.get(t.exchange) ?? 0) + t.end - t.start);

  const out: Features[] = [];
  for (let s = 0; s < n; s++) {
    const sentence = S.seg.sentences[s]!;
    const turn = S.seg.turns[S.sentenceTurn[s]!];
    const exchange = turn?.exchange ?? 0;
    const db = before[s]! >= 0 ? s - before[s]! : Infinity;
    const da = after[s]! >= 0 ? after[s]! - s : Infinity;
    const d = Math.min(db, da);
    const sameExchangeBefore = before[s]! >= 0 && S.seg.turns[S.sentenceTurn[before[s]!]!]?.exchange === exchange;
    const sameExchangeAfter = after[s]! >= 0 && S.seg.turns[S.sentenceTurn[after[s]!]!]?.exchange === exchange;
    let total = 0;
    let shared = 0;
    for (const i of ctx.sourceContent(s)) {
      const w = ctx.weights[S.tokens.key[i]!]!;
      total += w;
      if (reportKeys.has(S.tokens.key[i]!)) shared += w;
    }
    const mass = exchangeMass.get(exchange) ?? 0;
    out.push({
      placed: placed[s]!,
      near: Number.isFinite(d) ? 1 / (1 + d / 3) : 0,
      adjacent: d <= 1 ? 1 : 0,
      between: sameExchangeBefore && sameExchangeAfter ? 1 : 0,
      exchangeMass: Math.log1p(mass),
      exchangeShare: topExchange > 0 ? mass / topExchange : 0,
      turnMass: Math.log1p(turnMass.get(S.sentenceTurn[s]!) ?? 0),
      paragraphHit: paragraphHit.has(sentence.paragraph) ? 1 : 0,
      roleQuestion: turn?.role === 'question' ? 1 : 0,
      roleAnswer: turn?.role === 'answer' ? 1 : 0,
      untitled: ctx.hasLabels && (!turn || turn.label === null) ? 1 : 0,
      labelled: ctx.hasLabels ? 1 : 0,
      exchangeLength: Math.log1p((exchangeChars.get(exchange) ?? S.text.length) / 1000),
      reportShare: total > 0 ? shared / total : 0,
      length: Math.log1p(ctx.sourceContent(s).length),
    });
  }
  return out;
}
