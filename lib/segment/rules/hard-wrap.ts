// Whether the lines of a block (lines with no blank line between them) are one paragraph each or a hard-wrapped
// paragraph. Our inputs are mostly one paragraph per line (copied web pages, transcripts); e-mail and plain-text
// archives wrap at a fixed width (typically 60-80 columns), where lines break mid-sentence and the next line often
// starts in lower case. The cues follow the classic plain-text reflow heuristics (e.g. `fmt`, Markdown's "lazy
// continuation"): similar line lengths, lines not ending in terminal punctuation, a short line ending a paragraph.
import { isLowerAt, isSpaceCode, isUpperAt } from '../chars.ts';
import { startsListItem } from './list-item.ts';
import { matchSpeakerLabel } from './speaker-label.ts';

/** One non-blank line: `start`/`end` are its first and past-last non-whitespace code units. */
export interface Line {
  /** First code unit of the line (before any indentation). */
  lineStart: number;
  start: number;
  end: number;
}

// Hard-wrap widths above this are not seen in practice; longer lines are paragraphs.
const MAX_WRAP_WIDTH = 120;
const MIN_WRAP_WIDTH = 30;
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 0xbb, 41, 93, 125, 0x300d, 0x300f]);
const TERMINALS = new Set([46, 33, 63, 0x2026, 58, 59, 0x3002, 0xff01, 0xff1f, 0xff1a, 0xff1b]);

/** Whether a line ends a sentence (or introduces what follows, with `:`), allowing closing quotes and brackets. */
export function endsTerminal(text: string, line: Line): boolean {
  let i = line.end - 1;
  while (i > line.start && CLOSERS.has(text.charCodeAt(i))) i--;
  return TERMINALS.has(text.charCodeAt(i));
}

const length = (line: Line): number => line.end - line.start;

function startsOwnParagraph(text: string, line: Line): boolean {
  return startsListItem(text, line.start) || matchSpeakerLabel(text, line.start, line.end) !== null;
}

/**
 * Whether a block of two or more lines is hard-wrapped prose rather than one paragraph per line. Only breaks into
 * ordinary lines count: a list item or speaker label starts its own paragraph in either style.
 */
export function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  let breaks = 0;
  let width = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (startsOwnParagraph(text, lines[k + 1]!)) continue;
    breaks++;
    width = Math.max(width, length(lines[k]!));
  }
  if (breaks < 1 || width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return false;
  let soft = 0;
  let full = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const prev = lines[k]!;
    const next = lines[k + 1]!;
    if (startsOwnParagraph(text, next)) continue;
    if (length(prev) >= width * 0.5) full++;
    // A break mid-sentence: no terminal punctuation, and the next line continues in lower case or this line is long.
    if (!endsTerminal(text, prev) && (isLowerAt(text, next.start) || length(prev) >= 40)) soft++;
  }
  return soft * 2 >= breaks && full * 10 >= breaks * 6;
}

/**
 * For each line break of a block (between `lines[k]` and `lines[k + 1]`), whether a new paragraph starts there.
 * One-paragraph-per-line blocks break everywhere; hard-wrapped blocks only where a paragraph visibly ends.
 */
export function findParagraphBreaks(text: string, lines: readonly Line[]): boolean[] {
  const breaks: boolean[] = [];
  if (!isHardWrapped(text, lines)) {
    for (let k = 0; k + 1 < lines.length; k++) breaks.push(true);
    return breaks;
  }
  let width = 0;
  let minIndent = Infinity;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (k + 1 < lines.length) width = Math.max(width, length(line));
    minIndent = Math.min(minIndent, line.start - line.lineStart);
  }
  for (let k = 0; k + 1 < lines.length; k++) {
    const prev = lines[k]!;
    const next = lines[k + 1]!;
    const indented = next.start - next.lineStart > minIndent && !isSpaceCode(text.charCodeAt(next.start));
    breaks.push(
      startsOwnParagraph(text, next) ||
        (endsTerminal(text, prev) && length(prev) < width * 0.75) ||
        (length(prev) < width * 0.5 && isUpperAt(text, next.start)) ||
        (indented && isUpperAt(text, next.start)),
    );
  }
  return breaks;
}
