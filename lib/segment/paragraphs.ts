// Paragraphs: blocks between blank lines, and within a block one paragraph per line unless the block is
// hard-wrapped prose (rules/hard-wrap.ts). `\r\n`, `\r` and `\n` all end a line. Spans start and end on
// non-whitespace, so indentation and trailing spaces fall in the gaps.
import type { Paragraph } from '../types.ts';
import { skipSpaceBackward, skipSpaceForward } from './chars.ts';
import { findParagraphBreaks, type Line } from './rules/hard-wrap.ts';

const LINE_BREAK = /\r\n?|\n/g;

/** Splits `text` into paragraphs, in order, as spans into `text`. */
export function segmentParagraphs(text: string): Paragraph[] {
  if (typeof text !== 'string') throw new TypeError('segmentParagraphs: text must be a string');
  const paragraphs: Paragraph[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const breaks = findParagraphBreaks(text, block);
    let first = block[0]!;
    for (let k = 0; k < block.length; k++) {
      const line = block[k]!;
      if (k === block.length - 1 || breaks[k]) {
        paragraphs.push({ start: first.start, end: line.end, index: paragraphs.length });
        const next = block[k + 1];
        if (next) first = next;
      }
    }
    block = [];
  };
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    const lineEnd = m ? m.index : text.length;
    const start = skipSpaceForward(text, lineStart, lineEnd);
    if (start === lineEnd) flush();
    else block.push({ lineStart, start, end: skipSpaceBackward(text, start, lineEnd) });
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  flush();
  return paragraphs;
}
