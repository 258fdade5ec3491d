// `sharpened` / `softened` flags: the strength lexicon (lexicon.ts, strength.ts) applied to the words of
// an aligned report passage and its source passage, with the words' places kept as spans.
import type { FlagDetail, Span } from '../types.ts';
import { compareStrength, type WordRange } from './strength.ts';

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+/gu;

function wordsOf(text: string, spans: readonly Span[]): { words: string[]; at: Span[] } {
  const words: string[] = [];
  const at: Span[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(WORD)) {
      words.push(m[0].toLowerCase().replace(/’/g, "'"));
      at.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  return { words, at };
}

const spanOf = (at: readonly Span[], range: WordRange | undefined): Span | undefined =>
  range && at[range.start] && at[range.end - 1] ? { start: at[range.start]!.start, end: at[range.end - 1]!.end } : undefined;

export function flagStrength(reportText: string, reportSpans: readonly Span[], sourceText: string, sourceSpans: readonly Span[]): FlagDetail[] {
  const r = wordsOf(reportText, reportSpans);
  const s = wordsOf(sourceText, sourceSpans);
  return compareStrength(r.words, s.words).map((change) => {
    const report = spanOf(r.at, change.reportRange);
    const source = spanOf(s.at, change.sourceRange);
    return { flag: change.direction, ...(report && { report }), ...(source && { source }), message: change.message };
  });
}
