// The word diff of a passage pair the user linked: the matcher's own differ (lib/diff/word-diff.ts) over just the
// selected text, so a user's link is shown with the same <ins>/<del> marks as the matcher's alignments.
import { diffWords } from '../../lib/diff/word-diff.ts';
import { createVocabulary, tokenizeText, type Vocabulary } from '../../lib/normalize/tokens.ts';
import type { DiffPart, Span } from '../../lib/types.ts';

/** Tokenises only the stretch of `text` the spans cover (a link may sit in a 2-million-character document). */
function side(
  text: string,
  spans: readonly Span[],
  vocab: Vocabulary,
): { offset: number; tokens: ReturnType<typeof tokenizeText>; spans: Span[] } {
  const offset = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return {
    offset,
    tokens: tokenizeText(text.slice(offset, end), vocab),
    spans: spans.map((s) => ({ start: s.start - offset, end: s.end - offset })),
  };
}

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** The word diff between report spans and source spans, as spans into the full texts. */
export function diffPassages(
  report: string,
  reportSpans: readonly Span[],
  source: string,
  sourceSpans: readonly Span[],
): DiffPart[] {
  const vocab = createVocabulary();
  const r = side(report, reportSpans, vocab);
  const s = side(source, sourceSpans, vocab);
  return diffWords({ tokens: r.tokens, spans: r.spans }, { tokens: s.tokens, spans: s.spans }, vocab).map((part) => {
    if (part.op === 'same')
      return { op: 'same', report: shift(part.report, r.offset), source: shift(part.source, s.offset) };
    if (part.op === 'added') return { op: 'added', report: shift(part.report, r.offset) };
    return { op: 'omitted', source: shift(part.source, s.offset) };
  });
}
