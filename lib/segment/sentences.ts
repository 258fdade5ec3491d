// Sentences inside paragraphs. A sentence ends after a run of terminals (. ! ? … 。！？) and any closing quotes or
// brackets that follow (`… clear."` ends after the quote), unless the next words show it goes on: a lower-case
// continuation, an abbreviation or initial (rules/abbreviations.ts), a decimal (no space after the period).
// CJK terminals end a sentence without a following space. Simple rules rather than `Intl.Segmenter`: ICU splits after
// `U.S.` and `Dec.`, and this runs on 20 MB sources, where one regex scan is much cheaper.
import type { Paragraph, Sentence } from '../types.ts';
import { hasWordChar, isDigitAt, isLowerAt, isSpaceCode, skipSpaceForward } from './chars.ts';
import { segmentParagraphs } from './paragraphs.ts';
import { periodEndsSentence } from './rules/abbreviations.ts';

const TERMINAL = /[.!?…。！？]+/g;
const TERMINAL_CODES = new Set([46, 33, 63, 0x2026, 0x3002, 0xff01, 0xff1f]);
// Closing quotes and brackets that stay with the sentence they close.
const CLOSERS = new Set([
  34, 39, 0x201d, 0x2019, 0xbb, 0x203a, 41, 93, 125, 0x300d, 0x300f, 0x3011, 0x300b, 0x3009, 0xff09,
]);
// Opening quotes and brackets stripped from the word before a period (`(Dec.` → `Dec`).
const OPENERS = /^[([{"'“‘«「『]+/u;
const CJK_TERMINAL = /[。！？]/u;
const NEXT_WORD = /\p{L}+/uy;
// A list number or letter opening a paragraph (`1. First`, `a. item`, `IV. Conclusion`) is not a sentence.
const LIST_MARKER = /^(?:\d{1,3}|\p{L}|[IVXLC]{1,5})$/u;
const MAX_WORD = 40;

function wordBefore(text: string, dot: number, floor: number): { word: string; start: number } {
  let i = dot;
  while (i > floor && dot - i < MAX_WORD && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  const raw = text.slice(i, dot);
  const opener = OPENERS.exec(raw);
  return { word: opener ? raw.slice(opener[0].length) : raw, start: i + (opener ? opener[0].length : 0) };
}

/**
 * Whether the sentence ends at `end`, after the terminal run `[runStart, runEnd)` and its closers.
 * `sentenceStart`/`paragraphEnd` bound the look-around.
 */
function endsSentence(
  text: string,
  runStart: number,
  runEnd: number,
  end: number,
  sentenceStart: number,
  paragraphEnd: number,
): boolean {
  const run = text.slice(runStart, runEnd);
  if (CJK_TERMINAL.test(run)) return true;
  if (!isSpaceCode(text.charCodeAt(end))) return false; // `5.31`, `U.S.-proposed`, `example.com`, `?!"`
  const next = skipSpaceForward(text, end, paragraphEnd);
  const nextIsLower = isLowerAt(text, next);
  // `"Why?" he asked.`: a question or exclamation closed by a quote and followed by a lower-case attribution.
  if (run.includes('?') || run.includes('!')) return !(nextIsLower && end > runEnd);
  if (nextIsLower) return false; // unknown abbreviations, `… and` inside a quote, `etc. and`
  if (run !== '.') return true; // an ellipsis before a capital
  const before = wordBefore(text, runStart, sentenceStart);
  if (before.start === sentenceStart && LIST_MARKER.test(before.word)) return false;
  NEXT_WORD.lastIndex = next;
  const nextWord = NEXT_WORD.exec(text)?.[0] ?? '';
  return periodEndsSentence(before.word, nextWord, isDigitAt(text, next));
}

// A stray run of punctuation (`Cambodia. .` in seeds/mfa-2021-12-09-*) joins the sentence before it in its paragraph.
function pushSentence(text: string, sentences: Sentence[], start: number, end: number, paragraph: number): void {
  const last = sentences[sentences.length - 1];
  if (last && last.paragraph === paragraph && !hasWordChar(text, start, end)) last.end = end;
  else sentences.push({ start, end, index: sentences.length, paragraph });
}

/** Splits each paragraph into sentences (never across paragraphs). `paragraphs` defaults to `segmentParagraphs(text)`. */
export function segmentSentences(text: string, paragraphs: readonly Paragraph[] = segmentParagraphs(text)): Sentence[] {
  if (typeof text !== 'string') throw new TypeError('segmentSentences: text must be a string');
  const sentences: Sentence[] = [];
  // One left-to-right scan of the whole text: a match past the current paragraph waits for the paragraph it is in.
  TERMINAL.lastIndex = 0;
  let match = TERMINAL.exec(text);
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    while (match !== null && match.index < start) {
      TERMINAL.lastIndex = Math.max(TERMINAL.lastIndex, start);
      match = TERMINAL.exec(text);
    }
    while (match !== null && match.index < paragraph.end) {
      const runEnd = match.index + match[0].length;
      let end = runEnd;
      while (end < paragraph.end) {
        const c = text.charCodeAt(end);
        if (!CLOSERS.has(c) && !TERMINAL_CODES.has(c)) break;
        end++;
      }
      if (end < paragraph.end && endsSentence(text, match.index, runEnd, end, start, paragraph.end)) {
        pushSentence(text, sentences, start, end, paragraph.index);
        start = skipSpaceForward(text, end, paragraph.end);
      }
      TERMINAL.lastIndex = end;
      match = TERMINAL.exec(text);
    }
    pushSentence(text, sentences, start, paragraph.end, paragraph.index);
  }
  return sentences;
}
