// Flags on an alignment: what a careful editor would want pointed out. Numbers and negations are compared on
// the matched passages here; quotes are checked word for word at the surface by lib/quotes/, which sets
// `misquote` and `wording-differs`.
import type { Flag, FlagDetail, Span } from '../types.ts';
import type { TokenSeq, Vocabulary } from '../normalize/tokens.ts';
import { tokenRange } from '../normalize/token-range.ts';

export interface FlagInput {
  reportText: string;
  sourceText: string;
  report: { tokens: TokenSeq; spans: readonly Span[] };
  source: { tokens: TokenSeq; spans: readonly Span[] };
  vocab: Vocabulary;
}

const FLAG_ORDER: Flag[] = ['misquote', 'wording-differs', 'number-changed', 'negation-changed', 'sharpened', 'softened'];

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
  const { vocab, reportText, sourceText } = input;
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

  return details;
}

/** Flags in canonical order, without duplicates. */
export function flagsOf(details: readonly FlagDetail[]): Flag[] {
  const set = new Set(details.map((d) => d.flag));
  return FLAG_ORDER.filter((f) => set.has(f));
}
