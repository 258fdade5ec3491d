// Cuts a text into the numbered lines of a printed worksheet, so a question can say "lines 12–14" and the student
// finds them on paper. Lines are spans of the original text (nothing is copied or reflowed): a paragraph longer than
// `width` is wrapped at the last space before it, or, in a script written without spaces (Chinese), at `width`.
import type { Span } from '../types.ts';

export interface NumberedLine extends Span {
  /** 1-based; null for a blank line, which prints as space and takes no number. */
  number: number | null;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The lines of `text`, each at most `width` code units (a word longer than that gets a line of its own). */
export function numberLines(text: string, width = 80): NumberedLine[] {
  if (!Number.isInteger(width) || width < 10)
    throw new RangeError(`numberLines: width must be an integer ≥ 10, got ${width}`);
  const lines: NumberedLine[] = [];
  let number = 0;
  const push = (start: number, end: number) => {
    const blank = text.slice(start, end).trim() === '';
    lines.push({ start, end, number: blank ? null : ++number });
  };
  const breaks = /\r\n|\r|\n/g;
  let from = 0;
  for (;;) {
    const match = breaks.exec(text);
    const to = match ? match.index : text.length;
    let start = from;
    while (to - start > width) {
      let cut = start + width;
      while (cut > start && !isSpace(text[cut])) cut--;
      if (cut === start) {
        cut = start + width;
        if (isLowSurrogate(text.charCodeAt(cut))) cut--; // never split a surrogate pair
      }
      push(start, cut);
      start = cut;
      while (start < to && isSpace(text[start])) start++;
    }
    push(start, to);
    if (!match) break;
    from = match.index + match[0].length;
  }
  return lines;
}

/** `line 4` or `lines 4–6`: the numbered lines that `spans` touch; empty when they touch none. */
export function lineRange(lines: readonly NumberedLine[], spans: readonly Span[]): string {
  const touched = lines
    .filter((l) => l.number !== null && spans.some((s) => s.start < l.end && s.end > l.start))
    .map((l) => l.number!);
  if (!touched.length) return '';
  const first = Math.min(...touched);
  const last = Math.max(...touched);
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}
