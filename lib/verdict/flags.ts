// Flags on an alignment: what a careful editor would want pointed out (../shared/eval/FLAGS.md). Quantities are
// compared as values with their qualifiers (quantities.ts); negation as the polarity of what both sides say, not
// as a count of negation words; strength in strength-flags.ts. Quotes are checked word for word by lib/quotes/,
// which sets `misquote` and `wording-differs`.
import type { DiffPart, Flag, FlagDetail, Span } from '../types.ts';
import type { TokenSeq, Vocabulary } from '../normalize/tokens.ts';
import { firstTokenAfter, tokenRange } from '../normalize/token-range.ts';
import { FLAG_ORDER } from '../flag-order.ts';
import { stemWord } from '../normalize/stem.ts';
import { describeQuantity, findQuantities, sameAmount, type Quantity } from './quantities.ts';

export interface FlagInput {
  reportText: string;
  sourceText: string;
  report: { tokens: TokenSeq; spans: readonly Span[] };
  source: { tokens: TokenSeq; spans: readonly Span[] };
  vocab: Vocabulary;
  /** The alignment's word diff: its `same` parts are what both sides say. */
  diff: readonly DiffPart[];
}

export function flagAlignment(input: FlagInput): FlagDetail[] {
  return [...flagNumbers(input), ...flagNegation(input)];
}

/**
 * `number-changed`: a quantity of the report whose amount the source gives with another qualifier ("over 30" →
 * "30", "about 52,000" → "52,000"), or a report amount the source does not give where the source gives an amount
 * of the same kind that the report does not. A vague magnitude agrees with any value inside it ("tens of
 * thousands" with 52,000); "thirty" is 30.
 */
function flagNumbers({ reportText, sourceText, report, source }: FlagInput): FlagDetail[] {
  const r = findQuantities(reportText, report.spans);
  const s = findQuantities(sourceText, source.spans);
  if (r.length === 0 || s.length === 0) return [];
  const detail = (a: Quantity, b: Quantity, why: string): FlagDetail => ({
    flag: 'number-changed',
    report: a.span,
    source: b.span,
    message: `${why}: ${describeQuantity(sourceText, b)} → ${describeQuantity(reportText, a)}`,
  });
  const used = new Set<Quantity>();
  const unmatched: Quantity[] = [];
  for (const q of r) {
    const same = s.filter((x) => sameAmount(q, x));
    if (same.length === 0) {
      unmatched.push(q);
      continue;
    }
    same.forEach((x) => used.add(x));
    const agrees = same.some((x) => x.qualifier === q.qualifier || x.vague || q.vague);
    if (!agrees) return [detail(q, same[0]!, 'the qualifier changed')];
  }
  for (const q of unmatched) {
    const lost = s.find((x) => !used.has(x) && x.kind === q.kind && !r.some((y) => sameAmount(y, x)));
    if (lost) return [detail(q, lost, 'the amount changed')];
  }
  return [];
}

const NEGATION_WORDS = /^(?:not|no|never|nor|neither|none|nothing|nobody|cannot|without)$|n['’]t$/i;
/** Content words a shared run needs before its polarity on the two sides is compared. */
const MIN_SHARED_CONTENT = 2;
/** What ends a clause for the reach of a negation. */
const CLAUSE_BREAK = /[,;:.!?—–()]|\bbut\b/g;

/**
 * Words that deny what follows them without a negation word ("hinder" for "not conducive to", "refused" for "did
 * not agree": implicit negatives). They never raise the flag on their own; they only cancel it when one side says
 * with a negation what the other says with one of these. A negation right before one ("did not oppose") asserts.
 */
// prettier-ignore
const IMPLICIT_NEGATIVES = new Set(
  [
    'hinder', 'prevent', 'impede', 'obstruct', 'hamper', 'undermine', 'block', 'stop', 'halt', 'cease', 'fail',
    'refuse', 'reject', 'deny', 'decline', 'oppose', 'lack', 'avoid', 'ban', 'forbid', 'prohibit', 'unable', 'absent',
  ].map((w) => stemWord(w)),
);
/** How far after a negation an implicit negative makes it a double one. */
const DOUBLE_NEGATION_REACH = 3;

/**
 * Whether the clause that holds `part` (clauseOf) denies it, reading implicit negatives too: a negation denies unless
 * an implicit negative follows it closely ("not oppose"); with no negation, an implicit negative denies.
 */
function clauseDenies(text: string, spans: readonly Span[], part: Span, negation: Span | null): boolean {
  const clause = clauseOf(text, spans, part);
  if (!clause) return negation !== null;
  const implicit = [...text.slice(clause.start, clause.end).matchAll(/\p{L}+/gu)].map((w) => ({
    at: clause.start + w.index,
    negative: IMPLICIT_NEGATIVES.has(stemWord(w[0].toLowerCase())),
  }));
  if (!negation) return implicit.some((w) => w.negative);
  const after = implicit.filter((w) => w.at > negation.start).slice(0, DOUBLE_NEGATION_REACH);
  return !after.some((w) => w.negative);
}

/**
 * The clause that holds `part`: from the clause break before it to the break after its start, or its end when it
 * runs on, inside its span of `spans`; null when no span holds it.
 */
function clauseOf(text: string, spans: readonly Span[], part: Span): Span | null {
  const at = part.start;
  const span = spans.find((s) => at >= s.start && at <= s.end);
  if (!span) return null;
  let start = span.start;
  let end = span.end;
  for (const m of text.slice(span.start, span.end).matchAll(CLAUSE_BREAK)) {
    const pos = span.start + m.index;
    if (pos < at) start = pos + m[0].length;
    else {
      end = pos;
      break;
    }
  }
  end = Math.max(end, Math.min(part.end, span.end));
  return { start, end };
}

/** The first negation in the clause that holds `part` (clauseOf), or null. "not only" is no negation. */
function clauseNegation(text: string, spans: readonly Span[], part: Span): Span | null {
  const clause = clauseOf(text, spans, part);
  if (!clause) return null;
  const { start, end } = clause;
  const words = [...text.slice(start, end).matchAll(/[\p{L}'’]+/gu)];
  const k = words.findIndex(
    (w, n) => NEGATION_WORDS.test(w[0]) && !/^(?:only|just|merely|simply)$/i.test(words[n + 1]?.[0] ?? ''),
  );
  return k < 0 ? null : { start: start + words[k]!.index, end: start + words[k]!.index + words[k]![0].length };
}

/**
 * Whether the word a negation denies (the first content word after it in its clause) is one both sides say, by
 * the diff's `same` parts on that side. "haven't spoken since July" against "the last call was July" shares the
 * subject, not the denied verb: the two say different things, not one thing with two polarities. A negation with
 * no content word after it ("that is not so") denies the clause, and counts.
 */
function deniedWordShared(
  side: { tokens: TokenSeq; spans: readonly Span[] },
  text: string,
  negation: Span,
  part: Span,
  vocab: Vocabulary,
  shared: readonly Span[],
): boolean {
  const clause = clauseOf(text, side.spans, part);
  const { tokens } = side;
  for (let i = firstTokenAfter(tokens, negation.end); i < tokens.count; i++) {
    const at = tokens.start[i]!;
    if (clause && at >= clause.end) break;
    if (vocab.keyContent[tokens.key[i]!] !== 1) continue;
    return shared.some((s) => at >= s.start && at < s.end);
  }
  return true;
}

/**
 * `negation-changed`: what both sides say (a `same` part of the diff carrying a content word) stands in a negated
 * clause on one side only: the source asserts and the report denies, or the reverse, and the word the negation
 * denies is one both say (deniedWordShared). A negation that moves inside its clause ("did not come up" / "was not
 * raised") changes nothing.
 */
function flagNegation({ reportText, sourceText, report, source, vocab, diff }: FlagInput): FlagDetail[] {
  for (const part of diff) {
    if (part.op !== 'same') continue;
    const [a, b] = tokenRange(report.tokens, part.report);
    // A word or two in common is not a statement both make: a shared run of two content words is.
    let content = 0;
    for (let i = a; i < b; i++) content += vocab.keyContent[report.tokens.key[i]!] === 1 ? 1 : 0;
    if (content < MIN_SHARED_CONTENT) continue;
    const r = clauseNegation(reportText, report.spans, part.report);
    const s = clauseNegation(sourceText, source.spans, part.source);
    if (Boolean(r) === Boolean(s)) continue;
    const denied = r
      ? deniedWordShared(report, reportText, r, part.report, vocab, sameParts(diff, 'report'))
      : deniedWordShared(source, sourceText, s!, part.source, vocab, sameParts(diff, 'source'));
    if (!denied) continue;
    // "not conducive to" / "hinder": the other side denies it too, with a word that denies.
    if (
      clauseDenies(reportText, report.spans, part.report, r) === clauseDenies(sourceText, source.spans, part.source, s)
    )
      continue;
    const words = JSON.stringify(reportText.slice(part.report.start, part.report.end));
    return [
      r
        ? {
            flag: 'negation-changed',
            report: r,
            source: part.source,
            message: `the report negates what the source asserts: ${JSON.stringify(reportText.slice(r.start, r.end))} with ${words}`,
          }
        : {
            flag: 'negation-changed',
            report: part.report,
            source: s!,
            message: `the report asserts what the source negates: ${JSON.stringify(sourceText.slice(s!.start, s!.end))} dropped with ${words}`,
          },
    ];
  }
  return [];
}

/** The spans of one side that the diff's `same` parts cover. */
const sameParts = (diff: readonly DiffPart[], side: 'report' | 'source'): Span[] =>
  diff.flatMap((d) => (d.op === 'same' ? [d[side]] : []));

/** Flags in canonical order, without duplicates. */
export function flagsOf(details: readonly FlagDetail[]): Flag[] {
  const set = new Set(details.filter((d) => !d.withheld).map((d) => d.flag));
  return FLAG_ORDER.filter((f) => set.has(f));
}
