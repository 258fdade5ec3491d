// Turns a claim (report clauses + matched source places) into the Alignment the result carries:
// source spans trimmed to the clauses the report actually draws on, kind, word diff and flags.
import type { Alignment, Span } from '../types.ts';
import type { Vocabulary } from '../normalize/tokens.ts';
import { diffWords } from '../diff/word-diff.ts';
import { classifyKind } from '../verdict/kind.ts';
import { kindFeatures } from '../learn/kind-features.ts';
import { predictClass, type LogisticModel } from '../learn/logistic.ts';
import type { Features } from '../learn/claim-features.ts';
import { flagAlignment, flagsOf } from '../verdict/flags.ts';
import { flagStrength } from '../verdict/strength-flags.ts';
import type { Claim } from './assign.ts';
import { isHeadline } from '../segment/headline.ts';
import { tokenRange } from './document.ts';
import { mergeSpans, spanIndexAt } from '../spans.ts';
import type { MatchContext, Place } from './places.ts';

export interface BuildInput {
  ctx: MatchContext;
  claim: Claim;
  reportSpans: Span[];
  /** Source tokens matched by any claim: what the report carries of the source. */
  carried: ReadonlySet<number>;
  vocab: Vocabulary;
  /** The kind model; without one, the plain rule of verdict/kind.ts. */
  kindModel?: LogisticModel | undefined;
  /** Sees the kind features (for the trainer). */
  onKindFeatures?: (features: Features) => void;
}

/**
 * A source clause joins the alignment when the report carries at least this share of its weighted content,
 * and two of its words or half of its content: one shared name does not pull in a clause.
 */
const CLAUSE_SHARE = 0.2;

/** Source spans of a place: the clauses holding matched words, contiguous runs merged, speaker labels cut off. */
export function placeSpans(ctx: MatchContext, place: Place): Span[] {
  const S = ctx.source;
  const matched = new Set(place.match.pairs.map((p) => p[1]));
  const spans: Span[] = [];
  let lastClause = -2;
  for (let s = place.first; s < place.last; s++) {
    for (let c = S.sentenceClauseFirst[s]!; c < S.sentenceClauseLast[s]!; c++) {
      let total = 0;
      let hit = 0;
      let hits = 0;
      for (let i = S.clauseFirst[c]!; i < S.clauseLast[c]!; i++) {
        if (!S.tokenContent[i]) continue;
        const w = ctx.weights[S.tokens.key[i]!]!;
        total += w;
        if (matched.has(i)) {
          hit += w;
          hits++;
        }
      }
      if (hits === 0 || hit < CLAUSE_SHARE * total || (hits < 2 && hit < 0.5 * total)) continue;
      const clause = S.seg.clauses[c]!;
      const last = spans[spans.length - 1];
      if (last && lastClause === c - 1) last.end = clause.end;
      else spans.push({ start: clause.start, end: clause.end });
      lastClause = c;
    }
  }
  if (spans.length === 0) spans.push({ start: S.seg.sentences[place.first]!.start, end: S.seg.sentences[place.last - 1]!.end });
  return spans.map((span) => withoutLabel(ctx, span)).filter((span) => span.start < span.end);
}

/** A stretch of this many source words that a quotation skips splits its source span in two. */
const QUOTE_GAP = 6;

/**
 * A quotation promises exact words, so where it skips a stretch of its source sentence, that stretch is not
 * its source: `which "might spur [a] cyber arms race" and "undermine international peace and security"`
 * points at two pieces of one sentence, and the words between them are left out. The span's outer edges stay
 * at clause boundaries, since a translated quote matches its source only loosely.
 */
function splitAtSkippedWords(ctx: MatchContext, spans: Span[], quoted: ReadonlySet<number>): Span[] {
  const S = ctx.source;
  const out: Span[] = [];
  for (const span of spans) {
    const [a, b] = tokenRange(S.tokens, span);
    let start = span.start;
    let lastHit = -1;
    for (let i = a; i < b; i++) {
      if (!quoted.has(i)) continue;
      if (lastHit >= 0 && i - lastHit > QUOTE_GAP && sameSentence(ctx, lastHit, i)) {
        out.push({ start, end: sentenceEnd(S.text, S.tokens.end[lastHit]!) });
        start = S.tokens.start[firstOfPhrase(ctx, i, lastHit + 1)]!;
      }
      lastHit = i;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

/** Whether two source tokens lie in one sentence (a quote that bridges two sentences keeps what is between). */
function sameSentence(ctx: MatchContext, i: number, j: number): boolean {
  const S = ctx.source;
  const s = S.seg.sentences[spanIndexAt(S.seg.sentences, S.tokens.start[i]!)];
  return s !== undefined && S.tokens.end[j]! <= s.end;
}

/** Steps back from token i over function words (`this might`) that follow a comma-free run, not past `floor`. */
function firstOfPhrase(ctx: MatchContext, i: number, floor: number): number {
  const S = ctx.source;
  let first = i;
  while (first - 1 >= floor && !S.tokenContent[first - 1] && /^\s+$/.test(S.text.slice(S.tokens.end[first - 1]!, S.tokens.start[first]!))) first--;
  return first;
}

/** An end offset, moved past a sentence stop that directly follows it. */
function sentenceEnd(text: string, end: number): number {
  return /[.!?]/.test(text[end] ?? '') ? end + 1 : end;
}

/** Cuts a speaker label (`Wang Wenbin:`) off the start of a span. */
function withoutLabel(ctx: MatchContext, span: Span): Span {
  const turn = ctx.source.seg.turns[spanIndexAt(ctx.source.seg.turns, span.start)];
  if (!turn?.label || !(turn.label.start < span.end && span.start < turn.label.end)) return span;
  let start = Math.max(span.start, turn.label.end);
  while (start < span.end && /\s/.test(ctx.source.text[start]!)) start++;
  return { start, end: span.end };
}

/**
 * Quote marks around a name (`"Alliance for the Future of the Internet"`) or a word or two (`"open"`)
 * mark a term, not a quotation of what someone said.
 */
function isStatementQuote(text: string, quote: { inner: Span }): boolean {
  const words = text.slice(quote.inner.start, quote.inner.end).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  const long = words.filter((w) => w.length > 3);
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w));
  return !(long.length > 0 && capitalised.length === long.length);
}

export function buildAlignment(input: BuildInput): Alignment {
  const { ctx, claim, reportSpans, carried, vocab } = input;
  const R = ctx.report;
  const S = ctx.source;
  let source = mergeSpans(claim.places.flatMap((p) => placeSpans(ctx, p)));

  // Kind evidence: how much of the passage is quoted; how much of the source statement is carried.
  const quoteInners = R.seg.quotes.filter((q) => isStatementQuote(R.text, q)).flatMap((q) => q.parts);
  let weight = 0;
  let quotedWeight = 0;
  let quotedWords = 0;
  for (const i of claim.tokens) {
    const w = ctx.weights[R.tokens.key[i]!]!;
    weight += w;
    const at = R.tokens.start[i]!;
    if (quoteInners.some((q) => at >= q.start && at < q.end)) {
      quotedWeight += w;
      quotedWords++;
    }
  }
  let statement = 0;
  let carriedWeight = 0;
  for (const place of claim.places) {
    for (let s = place.first; s < place.last; s++) {
      for (const i of ctx.sourceContent(s)) {
        const w = ctx.weights[S.tokens.key[i]!]!;
        statement += w;
        if (carried.has(i)) carriedWeight += w;
      }
    }
  }
  const evidence = {
    quotedShare: weight > 0 ? quotedWeight / weight : 0,
    quotedWords,
    carriedShare: claim.denial ? 1 : statement > 0 ? carriedWeight / statement : 0,
    headline: isHeadline(R.text, R.seg.paragraphs, reportSpans),
  };
  const features = kindFeatures(evidence, claim);
  input.onKindFeatures?.(features);
  const kind = input.kindModel ? (predictClass(input.kindModel, features) as Alignment['kind']) : classifyKind(evidence);

  if (kind === 'quote') {
    const quotedPairs = claim.places.flatMap((p) => p.match.pairs).filter(([i]) => quoteInners.some((q) => R.tokens.start[i]! >= q.start && R.tokens.start[i]! < q.end));
    source = splitAtSkippedWords(ctx, source, new Set(quotedPairs.map((p) => p[1])));
  }

  const reportSide = { tokens: R.tokens, spans: reportSpans };
  const sourceSide = { tokens: S.tokens, spans: source };
  const diff = diffWords(reportSide, sourceSide, vocab);
  const flagDetails = [
    ...flagAlignment({ reportText: R.text, sourceText: S.text, report: reportSide, source: sourceSide, vocab, diff }),
    ...flagStrength(R.text, reportSpans, S.text, source),
  ]
    // A denial's verb (`rejected`) carries the answer's `never`.
    .filter((d) => !(claim.denial && d.flag === 'negation-changed'));
  return { report: reportSpans, source, kind, score: Math.round(claim.score * 1000) / 1000, diff, flags: flagsOf(flagDetails), flagDetails };
}
