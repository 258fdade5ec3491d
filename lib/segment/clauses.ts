// Clauses: the pieces of a sentence that can carry a statement of their own, so a report clause can be matched to
// the part of a long source sentence it reports. Cuts at `;`, `:` (not in `10:30`), spaced dashes, commas before a
// clause opener (rules/clause-openers.ts) or around an attribution (rules/attribution.ts), and before a comma-less
// `and`/`but` that starts a second predicate (rules/coordinated-predicate.ts). Pieces of fewer than 3 words are
// merged into a neighbour, so list items and bare frames (`Wang said,`) do not stand alone. Quote marks do not cut.
// A speaker label that opens a sentence (`Wang Wenbin:`) is always a clause of its own.
import type { Clause, Sentence } from '../types.ts';
import { isCjkCode, isDigitAt, isSpaceCode, isWordCode, skipSpaceBackward, skipSpaceForward } from './chars.ts';
import { createAttributionTest, type AttributionTest } from './rules/attribution.ts';
import { startsClauseOpener } from './rules/clause-openers.ts';
import { matchSpeakerLabel } from './rules/speaker-label.ts';
import { startsCoordinatedPredicate } from './rules/coordinated-predicate.ts';

// Dashes and conjunctions are matched with the space before them (a lookbehind would slow the scan several times).
const SEPARATOR = /[;；:：,，、]|\s(?:—|–|--|and|but)(?=\s)/g;
const CLOSING_QUOTES = new Set([34, 39, 0x201d, 0x2019, 0xbb]);
const MIN_WORDS = 3;

/**
 * Words in `[start, end)`, counting at most `limit`; a run of CJK characters counts one word per two characters.
 * The limit keeps the merge test (fewer than 3 words?) from reading whole long clauses.
 */
export function countWords(text: string, start: number, end: number, limit = Infinity): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = start; i < end && words + Math.ceil(cjk / 2) < limit; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) inWord = false;
    else if (isCjkCode(c)) {
      cjk++;
      inWord = false;
    } else if (!inWord && isWordCode(c)) {
      words++;
      inWord = true;
    }
  }
  return words + Math.ceil(cjk / 2);
}

const LEADING_CONJUNCTION = /(?:and|but|or)\s/y;

// A leading `and`/`but`/`or` does not count, so the last item of a list (`, and information chain,`) merges back.
function countPieceWords(text: string, start: number, end: number): number {
  LEADING_CONJUNCTION.lastIndex = start;
  return countWords(text, LEADING_CONJUNCTION.test(text) ? LEADING_CONJUNCTION.lastIndex : start, end, MIN_WORDS);
}

/**
 * Where the clause before a separator at `at` ends, and the next one starts; null when there is no cut.
 * `sentence` bounds the look-around.
 */
function findCut(
  text: string,
  at: number,
  length: number,
  sentence: Sentence,
  attribution: AttributionTest,
): { end: number; next: number } | null {
  const c = text.charCodeAt(at);
  const after = at + length;
  if (c === 0x3b || c === 0xff1b || c === 0xff1a || c === 0xff0c || c === 0x3001) {
    return { end: after, next: skipSpaceForward(text, after, sentence.end) };
  }
  if (c === 0x3a) {
    // `10:30` and `https://` are not clause breaks; a colon before a quote or statement is.
    if (!isSpaceCode(text.charCodeAt(after)) || (isDigitAt(text, at - 1) && isDigitAt(text, after))) return null;
    return { end: after, next: skipSpaceForward(text, after, sentence.end) };
  }
  if (c === 0x2c) {
    let end = after;
    while (end < sentence.end && CLOSING_QUOTES.has(text.charCodeAt(end))) end++; // `…,"` closes with its quote
    if (!isSpaceCode(text.charCodeAt(end))) return null; // `52,000`
    const next = skipSpaceForward(text, end, sentence.end);
    const cuts =
      startsClauseOpener(text, next, sentence.end) ||
      attribution.startsAt(next) ||
      attribution.endsBefore(sentence.start, at);
    return cuts ? { end, next } : null;
  }
  if (c === 0x61 || c === 0x62) {
    // A comma-less `and`/`but`: the comma rule has already decided `, and`.
    const end = skipSpaceBackward(text, sentence.start, at);
    if (text.charCodeAt(end - 1) === 0x2c) return null;
    const wordStart = skipSpaceForward(text, after, sentence.end);
    let previousStart = end;
    while (previousStart > sentence.start && isWordCode(text.charCodeAt(previousStart - 1))) previousStart--;
    const previous = text.slice(previousStart, end);
    return startsCoordinatedPredicate(text, wordStart, sentence.end, previous) ? { end, next: at } : null;
  }
  // A spaced dash: the dash stays with the clause it ends.
  return { end: after, next: skipSpaceForward(text, after, sentence.end) };
}

// Splits one sentence at its cuts, then merges pieces of fewer than MIN_WORDS words into a neighbour.
function splitSentence(
  text: string,
  sentence: Sentence,
  cuts: ReadonlyArray<{ end: number; next: number }>,
  out: Clause[],
): void {
  let start = sentence.start;
  // A speaker label (`Wang Wenbin:`) opening the sentence is a clause of its own, never merged: it is not content.
  const label = matchSpeakerLabel(text, sentence.start, sentence.end);
  if (label) {
    const next = skipSpaceForward(text, label.end, sentence.end);
    if (next < sentence.end) {
      out.push({ start, end: label.end, index: out.length, sentence: sentence.index });
      start = next;
    }
  }
  if (cuts.length === 0) {
    out.push({ start, end: sentence.end, index: out.length, sentence: sentence.index });
    return;
  }
  const pieces: Array<{ start: number; end: number; words: number }> = [];
  for (const cut of cuts) {
    if (cut.end <= start || cut.next >= sentence.end || cut.next <= start) continue;
    pieces.push({ start, end: cut.end, words: countPieceWords(text, start, cut.end) });
    start = cut.next;
  }
  pieces.push({ start, end: sentence.end, words: countPieceWords(text, start, sentence.end) });
  const merged: typeof pieces = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && (piece.words < MIN_WORDS || last.words < MIN_WORDS)) {
      // A short piece joins the previous one; a short first piece joins the next.
      last.end = piece.end;
      last.words += piece.words;
    } else merged.push({ ...piece });
  }
  for (const piece of merged)
    out.push({ start: piece.start, end: piece.end, index: out.length, sentence: sentence.index });
}

/** Splits each sentence into clauses that tile it (adjacent, or separated only by whitespace). */
export function segmentClauses(text: string, sentences: readonly Sentence[]): Clause[] {
  if (typeof text !== 'string') throw new TypeError('segmentClauses: text must be a string');
  if (!Array.isArray(sentences)) throw new TypeError('segmentClauses: sentences must be an array');
  const clauses: Clause[] = [];
  const attribution = createAttributionTest(text);
  SEPARATOR.lastIndex = 0;
  let match = SEPARATOR.exec(text);
  for (const sentence of sentences) {
    const cuts: Array<{ end: number; next: number }> = [];
    while (match !== null && match.index < sentence.start) {
      SEPARATOR.lastIndex = Math.max(SEPARATOR.lastIndex, sentence.start);
      match = SEPARATOR.exec(text);
    }
    while (match !== null && match.index < sentence.end) {
      // A match that starts with a space (`\s—`, `\sand`) is taken from the character after it.
      const space = isSpaceCode(match[0].charCodeAt(0)) ? 1 : 0;
      const cut = findCut(text, match.index + space, match[0].length - space, sentence, attribution);
      if (cut) cuts.push(cut);
      match = SEPARATOR.exec(text);
    }
    splitSentence(text, sentence, cuts, clauses);
  }
  return clauses;
}
