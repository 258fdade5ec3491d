// Denials told by what was denied. Reports often carry an answer's rejection by naming what it rejected
// (`rejected accusations that Beijing was behind the hacking campaign`, `dismissed the attribution`): the
// words of such a clause come from the reporter's question, the statement it reports is the answer's
// "no". So a clause whose verb rejects something reports, besides the question, the sentences of the
// answer's opening paragraph that say no: whether assignment already matched it to the question, or it is
// still unmatched and its object matches the question of an exchange the report draws on (LESSONS.md #1:
// leads and rewordings with few shared words).
import type { Vocabulary } from '../normalize/tokens.ts';
import { stemWord } from '../normalize/stem.ts';
import type { Claim } from '../match/assign.ts';
import { answerSentences, evidenceMatched, scorePlace, type MatchContext, type Place } from '../match/places.ts';
import { spanIndexAt } from '../spans.ts';

/** A verb that rejects what follows it. Matched on the report clause's text (English reports). */
const REJECTING_VERB =
  /\b(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|rebuff(?:s|ed|ing)?|repudiat(?:e|es|ed|ing)|brush(?:es|ed|ing)?\s+(?:off|aside)|shrug(?:s|ged|ging)?\s+off|hit(?:s|ting)?\s+back(?:\s+(?:at|over))?|push(?:es|ed|ing)?\s+back\s+(?:on|against))\b/i;

/** Words by which an answer says no, besides negations (`groundless accusations`, `we reject`). */
const REJECTING_WORDS = ['groundless', 'baseless', 'unfounded', 'false', 'untrue', 'nonsense', 'reject', 'deny', 'refute', 'oppose', 'fabricated'];

/** The object must share at least this many words of evidence weight with the question. */
const MIN_SHARED = 2;
/** ...and match it at least this well. */
const MIN_QUESTION_SCORE = 0.12;

export interface RebuttalInput {
  ctx: MatchContext;
  claims: readonly Claim[];
  clauseTokens: readonly number[][];
  vocab: Vocabulary;
  minScore: number;
}

/**
 * The claims with denials added: a claim that already reports a question through a rejecting verb gains the
 * answer's "no"; an unmatched clause whose rejected object matches a question becomes a claim of its own.
 */
export function addDenials(input: RebuttalInput): Claim[] {
  const { ctx, claims, clauseTokens, vocab, minScore } = input;
  const R = ctx.report;
  const S = ctx.source;
  if (!ctx.hasLabels) return [...claims];
  const rejecting = new Set(REJECTING_WORDS.map((w) => vocab.keyIds.get(stemWord(w))).filter((k) => k !== undefined));
  const saysNo = (key: number) => vocab.keyNegation[key] === 1 || rejecting.has(key);
  const rejectingVerbIn = (first: number, last: number) => REJECTING_VERB.exec(R.text.slice(R.seg.clauses[first]!.start, R.seg.clauses[last - 1]!.end));

  // Where a denial starts: at its verb when the words before it describe the speaker at some length
  // (`A top spokesman known for …`), which are then the report's own; `Liu` or `China on Tuesday` stays with it.
  const describedSpeakerEnd = (verbStart: number): number | undefined => {
    const c = spanIndexAt(R.seg.clauses, verbStart);
    const before = (clauseTokens[c] ?? []).filter((i) => R.tokens.end[i]! <= verbStart);
    return before.length >= 3 ? verbStart : undefined;
  };

  const out = claims.map((claim): Claim => {
    const question = claim.places.find((p) => S.seg.turns[p.turn]?.role === 'question');
    if (!question || !rejectingVerbIn(claim.clauseFirst, claim.clauseLast)) return claim;
    const answer = answerOpening(ctx, question, saysNo).filter((s) => !claim.places.some((p) => s >= p.first && s < p.last));
    if (answer.length === 0) return claim;
    const places = [...claim.places, ...answer.map((s) => scorePlace(ctx, claim.tokens, s, s + 1))].sort((a, b) => a.first - b.first);
    const verb = rejectingVerbIn(claim.clauseFirst, claim.clauseFirst + 1);
    const from = verb ? describedSpeakerEnd(R.seg.clauses[claim.clauseFirst]!.start + verb.index) : undefined;
    return { ...claim, places, denial: true, ...(from !== undefined && { from }) };
  });

  const drawnOn = new Set<number>();
  for (const c of claims) if (c.score >= 0.5) for (const p of c.places) drawnOn.add(p.exchange);
  const questions = S.seg.turns.filter((t) => t.role === 'question' && drawnOn.has(t.exchange));
  if (questions.length === 0) return out;
  const turnSentences = new Map<number, [number, number]>();
  S.sentenceTurn.forEach((t, s) => {
    const range = turnSentences.get(t);
    if (range) range[1] = s + 1;
    else turnSentences.set(t, [s, s + 1]);
  });
  const claimed = new Uint8Array(R.seg.clauses.length);
  for (const c of claims) claimed.fill(1, c.clauseFirst, c.clauseLast);

  R.seg.clauses.forEach((clause, c) => {
    if (claimed[c]) return;
    const verb = rejectingVerbIn(c, c + 1);
    if (!verb) return;
    const objectStart = clause.start + verb.index + verb[0].length;
    const object = clauseTokens[c]!.filter((i) => R.tokens.start[i]! >= objectStart);
    if (object.length < MIN_SHARED) return;

    let best: Place | null = null;
    for (const q of questions) {
      const [first, last] = turnSentences.get(q.index) ?? [0, 0];
      if (first === last) continue;
      const place = scorePlace(ctx, object, first, last);
      if (evidenceMatched(ctx, place.match) < MIN_SHARED || place.match.score < MIN_QUESTION_SCORE) continue;
      if (!best || place.match.score > best.match.score) best = place;
    }
    if (!best) return;
    const answer = answerOpening(ctx, best, saysNo);
    if (answer.length === 0) return;
    const tokens = clauseTokens[c]!;
    const from = describedSpeakerEnd(clause.start + verb.index);
    out.push({
      sentence: clause.sentence,
      clauseFirst: c,
      clauseLast: c + 1,
      tokens,
      // What was rejected (the question) and the rejection (the answer's no).
      places: [best, ...answer.map((s) => scorePlace(ctx, tokens, s, s + 1))],
      score: Math.min(0.6, minScore + best.match.score / 2),
      asks: false,
      denial: true,
      ...(from !== undefined && { from }),
    });
  });
  return out;
}

/** The sentences of the answer's first paragraph that say no; its first sentence when none does. */
function answerOpening(ctx: MatchContext, question: Place, saysNo: (key: number) => boolean): number[] {
  const S = ctx.source;
  const answers = answerSentences(ctx, question);
  if (answers.length === 0) return [];
  const paragraph = S.seg.sentences[answers[0]!]!.paragraph;
  const opening = answers.filter((k) => S.seg.sentences[k]!.paragraph === paragraph);
  const sayNo = opening.filter((k) => {
    for (let i = S.sentenceFirst[k]!; i < S.sentenceLast[k]!; i++) {
      if (saysNo(S.tokens.key[i]!)) return true;
    }
    return false;
  });
  return sayNo.length > 0 ? sayNo : opening.slice(0, 1);
}
