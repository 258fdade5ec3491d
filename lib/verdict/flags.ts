// Flags on an alignment: what a careful editor would want pointed out. Quote marks are a promise, so
// inside a quote any content word added or dropped (not explained as a synonym), and any changed number
// or negation, is a misquote; a quote that differs only by synonyms is `wording-differs` (normal in
// translation). Changes at the edges of a quote are trimming, not misquoting.
import type { DiffPart, Flag, FlagDetail, Span } from '../types.ts';
import type { TokenSeq, Vocabulary } from '../normalize/tokens.ts';
import { tokenRange } from '../normalize/token-range.ts';

export interface FlagInput {
  reportText: string;
  sourceText: string;
  report: { tokens: TokenSeq; spans: readonly Span[] };
  source: { tokens: TokenSeq; spans: readonly Span[] };
  vocab: Vocabulary;
  diff: readonly DiffPart[];
  /** Inner spans (without the marks) of the report's quotes. */
  quotes: readonly Span[];
  /** Relation between two key ids (1 same, >0 related). */
  relate: (a: number, b: number) => number;
}

const FLAG_ORDER: Flag[] = ['misquote', 'wording-differs', 'number-changed', 'negation-changed', 'sharpened', 'softened'];

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/** Token indices of `tokens` inside the given spans. */
function tokensIn(tokens: TokenSeq, spans: readonly Span[]): number[] {
  const out: number[] = [];
  for (const span of spans) {
    const [a, b] = tokenRange(tokens, span);
    for (let i = a; i < b; i++) out.push(i);
  }
  return out;
}

const show = (text: string, span: Span) => JSON.stringify(text.slice(span.start, span.end));

export function flagAlignment(input: FlagInput): FlagDetail[] {
  const { vocab, quotes, reportText, sourceText } = input;
  const details: FlagDetail[] = [];
  const rTokens = tokensIn(input.report.tokens, input.report.spans);
  const sTokens = tokensIn(input.source.tokens, input.source.spans);
  const rKey = (i: number) => input.report.tokens.key[i]!;
  const sKey = (i: number) => input.source.tokens.key[i]!;
  const spanOf = (tokens: TokenSeq, i: number): Span => ({ start: tokens.start[i]!, end: tokens.end[i]! });

  // Numbers: a number the report gives that the source does not, where the source gives numbers.
  const rNums = rTokens.filter((i) => vocab.keyNumber[rKey(i)]);
  const sNums = sTokens.filter((i) => vocab.keyNumber[sKey(i)]);
  const sNumKeys = new Set(sNums.map(sKey));
  const rNumKeys = new Set(rNums.map(rKey));
  const newNumber = rNums.find((i) => !sNumKeys.has(rKey(i)));
  const lostNumber = sNums.find((i) => !rNumKeys.has(sKey(i)));
  if (newNumber !== undefined && lostNumber !== undefined) {
    const r = spanOf(input.report.tokens, newNumber);
    const s = spanOf(input.source.tokens, lostNumber);
    details.push({ flag: 'number-changed', report: r, source: s, message: `number ${show(sourceText, s)} → ${show(reportText, r)}` });
  }

  // Negations: a different count of not/no/never on the two sides.
  const rNeg = rTokens.filter((i) => vocab.keyNegation[rKey(i)]);
  const sNeg = sTokens.filter((i) => vocab.keyNegation[sKey(i)]);
  if (rNeg.length !== sNeg.length) {
    const r = rNeg[0] !== undefined ? spanOf(input.report.tokens, rNeg[0]) : undefined;
    const s = sNeg[0] !== undefined ? spanOf(input.source.tokens, sNeg[0]) : undefined;
    const message = rNeg.length > sNeg.length ? `negation added: ${show(reportText, r!)}` : `negation dropped: ${show(sourceText, s!)}`;
    details.push({ flag: 'negation-changed', ...(r && { report: r }), ...(s && { source: s }), message });
  }

  const inQuote = (flag: Flag) => details.some((d) => d.flag === flag && d.report !== undefined && quotes.some((q) => inside(d.report!, q)));
  details.push(...flagQuoteChanges(input, inQuote('number-changed'), inQuote('negation-changed')));
  return details;
}

/** How many changes a misquote message spells out before it only counts the rest. */
const SHOWN_CHANGES = 3;

/**
 * misquote / wording-differs from the changes between matched words inside one quote. All misquoted
 * changes of an alignment become one flag detail, pointing at the first change and naming the first few,
 * so the reader sees one clear warning rather than a list of small ones.
 */
function flagQuoteChanges(input: FlagInput, numberChangedInQuote: boolean, negationChangedInQuote: boolean): FlagDetail[] {
  const { diff, quotes, vocab, relate, reportText, sourceText } = input;
  const quoteOf = (span: Span) => quotes.findIndex((q) => inside(span, q));
  const rk = (i: number) => input.report.tokens.key[i]!;
  const sk = (i: number) => input.source.tokens.key[i]!;
  const changes: Array<{ report?: Span; source?: Span; text: string }> = [];
  let wording: FlagDetail | null = null;
  let lastSame = -1;
  for (let p = 0; p < diff.length; p++) {
    const part = diff[p]!;
    if (part.op !== 'same') continue;
    const q = quoteOf(part.report);
    if (lastSame >= 0 && q >= 0 && quoteOf((diff[lastSame] as { report: Span }).report) === q && p > lastSame + 1) {
      const between = diff.slice(lastSame + 1, p);
      const added = between.flatMap((x) => (x.op === 'added' ? contentTokens(input.report.tokens, vocab, x.report) : []));
      const dropped = between.flatMap((x) => (x.op === 'omitted' ? contentTokens(input.source.tokens, vocab, x.source) : []));
      const unexplainedAdded = added.filter((i) => !dropped.some((j) => relate(rk(i), sk(j)) > 0));
      const unexplainedDropped = dropped.filter((j) => !added.some((i) => relate(rk(i), sk(j)) > 0));
      const r = (between.find((x) => x.op === 'added') as { report: Span } | undefined)?.report;
      const s = (between.find((x) => x.op === 'omitted') as { source: Span } | undefined)?.source;
      if (unexplainedAdded.length || unexplainedDropped.length) {
        const text = r && s ? `${show(sourceText, s)} → ${show(reportText, r)}` : r ? `${show(reportText, r)} added` : `${show(sourceText, s!)} dropped`;
        changes.push({ ...(r && { report: r }), ...(s && { source: s }), text });
      } else if ((added.length || dropped.length) && !wording) {
        wording = { flag: 'wording-differs', ...(r && { report: r }), ...(s && { source: s }), message: `quoted wording differs: ${s ? show(sourceText, s) : '…'} → ${r ? show(reportText, r) : '…'}` };
      }
    }
    lastSame = p;
  }
  if (changes.length > 0) {
    const listed = changes.slice(0, SHOWN_CHANGES).map((c) => c.text).join('; ');
    const more = changes.length > SHOWN_CHANGES ? ` (and ${changes.length - SHOWN_CHANGES} more)` : '';
    const first = changes[0]!;
    return [{ flag: 'misquote', ...(first.report && { report: first.report }), ...(first.source && { source: first.source }), message: `inside quote marks, the words differ from the source: ${listed}${more}` }];
  }
  if (numberChangedInQuote) return [{ flag: 'misquote', message: 'a number inside quote marks differs from the source' }];
  if (negationChangedInQuote) return [{ flag: 'misquote', message: 'a negation inside quote marks differs from the source' }];
  return wording ? [wording] : [];
}

function contentTokens(tokens: TokenSeq, vocab: Vocabulary, span: Span): number[] {
  const [a, b] = tokenRange(tokens, span);
  const out: number[] = [];
  for (let i = a; i < b; i++) if (vocab.keyContent[tokens.key[i]!]) out.push(i);
  return out;
}

/** Flags in canonical order, without duplicates. */
export function flagsOf(details: readonly FlagDetail[]): Flag[] {
  const set = new Set(details.map((d) => d.flag));
  return FLAG_ORDER.filter((f) => set.has(f));
}
