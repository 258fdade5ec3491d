// Quotations in a text: double quotes (curly, straight, « », 「」) paired within a paragraph. A quote left open at the
// end of its paragraph ends there with `runsOn` (the wire convention: a multi-paragraph quote reopens each paragraph
// with a mark and closes only at the end, cases/zhao-20210720-zdnet/a.txt). Mangled input (a `”` used as an opener,
// stray or unbalanced marks, straight marks inside curly ones) is resolved by context (rules/quote-marks.ts) and
// never throws; top-level quotes never overlap. Single quotes are only ever nested (apostrophes: `world’s`, `US'`), so
// they are not reported: the outer quote holds them.
import type { Paragraph, Quote } from '../types.ts';
import { skipSpaceBackward, skipSpaceForward } from './chars.ts';
import { splitQuoteParts } from './rules/elisions.ts';
import {
  CLOSING_MARK,
  QUOTE_MARKS,
  familyAt,
  hasCloserContext,
  hasOpenerContext,
  isOpeningMarkAt,
  type MarkFamily,
} from './rules/quote-marks.ts';

// The next position of each closing mark at or after a point, found with indexOf and kept while it is still ahead:
// positions only grow during the scan, so the lookups stay linear overall.
function createCloserLookup(text: string): (family: Exclude<MarkFamily, 'straight'>, from: number) => number {
  const next = new Map<string, number>();
  return (family, from) => {
    const mark = CLOSING_MARK[family];
    let at = next.get(mark);
    if (at === undefined || (at !== -1 && at < from)) {
      at = text.indexOf(mark, from);
      next.set(mark, at);
    }
    return at === -1 ? Infinity : at;
  };
}

/** Finds the quotations of `text`, paragraph by paragraph, in order. */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  if (typeof text !== 'string') throw new TypeError('findQuotes: text must be a string');
  if (!Array.isArray(paragraphs)) throw new TypeError('findQuotes: paragraphs must be an array');
  const quotes: Quote[] = [];
  const nextCloser = createCloserLookup(text);
  // `end`: past the closing mark, or the end of the text it covers when there is none.
  const emit = (start: number, end: number, closed: boolean, runsOn: boolean): void => {
    const innerStart = skipSpaceForward(text, start + 1, end);
    const innerEnd = skipSpaceBackward(text, innerStart, closed ? end - 1 : end);
    if (innerStart >= innerEnd) return;
    const parts = splitQuoteParts(text, innerStart, innerEnd);
    if (parts.length === 0) return; // only punctuation between the marks
    quotes.push({ start, end, inner: { start: innerStart, end: innerEnd }, parts, runsOn });
  };
  QUOTE_MARKS.lastIndex = 0;
  let match = QUOTE_MARKS.exec(text);
  for (const paragraph of paragraphs) {
    let open: { at: number; family: MarkFamily; depth: number } | null = null;
    while (match !== null && match.index < paragraph.start) {
      QUOTE_MARKS.lastIndex = Math.max(QUOTE_MARKS.lastIndex, paragraph.start);
      match = QUOTE_MARKS.exec(text);
    }
    for (; match !== null && match.index < paragraph.end; match = QUOTE_MARKS.exec(text)) {
      const i = match.index;
      const family = familyAt(text, i);
      const opens = hasOpenerContext(text, i, paragraph.start, paragraph.end);
      const closes = hasCloserContext(text, i, paragraph.start, paragraph.end);
      let opening: boolean;
      if (family === 'straight') opening = opens && !closes ? true : closes && !opens ? false : open === null;
      else if (isOpeningMarkAt(text, i))
        opening = !(open !== null && closes && !opens); // `“` misused as a closer
      else opening = open === null && opens && !closes; // `”` misused as an opener
      if (opening) {
        if (open === null) open = { at: i, family, depth: 0 };
        else if (family !== 'straight' && open.family === family)
          open.depth++; // `“a “b” c”`
        else if (family === 'straight' && open.family === 'straight') {
          // A straight opener inside an open straight quote: the first one was never closed.
          emit(open.at, skipSpaceBackward(text, open.at + 1, i), false, false);
          open = { at: i, family, depth: 0 };
        }
        // Otherwise a nested mark of another family (`“a "b" c”`): part of the outer quote.
        continue;
      }
      if (open === null) continue; // a stray closing mark
      if (open.depth > 0 && family === open.family) {
        open.depth--;
        continue;
      }
      // A straight mark inside a curly quote closes it only if no proper closing mark follows in the paragraph.
      if (family === 'straight' && open.family !== 'straight' && nextCloser(open.family, i) < paragraph.end) continue;
      emit(open.at, i + 1, true, false);
      open = null;
    }
    if (open !== null) emit(open.at, paragraph.end, false, true);
  }
  return quotes;
}
