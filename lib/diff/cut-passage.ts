// A passage cut into plain and changed pieces, for showing one side of an alignment with its own changes marked
// (the comparison view's passages, the CLI's marks of a translation pair).
import type { DiffPart, Span } from '../types.ts';

/** What stands between two spans of a passage that are apart. */
export const ELLIPSIS = ' … ';

/** A passage (`spans` of `text`) cut into plain and `changed` pieces; spans far apart are joined with an ellipsis gap. */
export function cutPassage(
  text: string,
  spans: readonly Span[],
  changed: readonly Span[],
): { changed: boolean; text: string }[] {
  const pieces: { changed: boolean; text: string }[] = [];
  const marks = [...changed].sort((a, b) => a.start - b.start);
  spans.forEach((span, k) => {
    if (k > 0) pieces.push({ changed: false, text: ELLIPSIS });
    let at = span.start;
    for (const m of marks) {
      const start = Math.max(m.start, at);
      const end = Math.min(m.end, span.end);
      if (start >= end) continue;
      if (start > at) pieces.push({ changed: false, text: text.slice(at, start) });
      pieces.push({ changed: true, text: text.slice(start, end) });
      at = end;
    }
    if (at < span.end) pieces.push({ changed: false, text: text.slice(at, span.end) });
  });
  return pieces;
}

/** The spans only one side has: the report's `added` parts, or the source's `omitted` parts. */
export function changedSpans(diff: readonly DiffPart[], side: 'report' | 'source'): Span[] {
  return diff.flatMap((p) =>
    side === 'report' ? (p.op === 'added' ? [p.report] : []) : p.op === 'omitted' ? [p.source] : [],
  );
}
