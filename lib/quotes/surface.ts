// Quoted words are compared at the surface: the words as written, ignoring only case, punctuation, quote and
// apostrophe style, whitespace and word breaks. Stems, synonyms and stop-word lists would hide exactly the
// differences quote marks promise are not there, so nothing here touches lib/normalize.
import type { Span } from '../types.ts';

/** The words of a stretch of text, as lower-case forms with their offsets. */
export interface SurfaceWords {
  forms: string[];
  starts: number[];
  ends: number[];
}

/** A word's surface form: lower case, one apostrophe style, no trailing apostrophe (`US'` is `us`). */
export function surfaceForm(word: string): string {
  const lower = word.toLowerCase();
  return /['’‘`]/.test(lower) ? lower.replace(/[’‘`]/g, "'").replace(/'+$/, '') : lower;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}’‘`]/u;
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 96;
const asciiAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** A non-ASCII code unit (a surrogate pair tested whole) against a class. */
const otherIs = (text: string, i: number, cls: RegExp) => cls.test(isHigh(text.charCodeAt(i)) ? text.slice(i, i + 2) : text[i]!);

/** Whether a word starts at `i`: a letter or a digit. */
const startsWord = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? asciiAlnum(c) : otherIs(text, i, LETTER_OR_DIGIT);
};

/** Where the word that starts at `i` ends: it runs on through letters, marks, digits and apostrophes. */
function wordEnd(text: string, i: number, end: number): number {
  i += isHigh(text.charCodeAt(i)) ? 2 : 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!(c < 128 ? asciiAlnum(c) || c === 39 || c === 96 : otherIs(text, i, WORD_PART))) break;
    i += isHigh(c) ? 2 : 1;
  }
  return i;
}

/**
 * The words of `text` between `start` and `end`, one scan by code unit with an ASCII fast path (no regex per
 * word): `onWord(from, to)` for each. Both the report's quoted words and the whole source are read this way.
 */
function scanWords(text: string, start: number, end: number, onWord: (from: number, to: number) => void): void {
  let i = start;
  while (i < end) {
    if (!startsWord(text, i)) {
      i++;
      continue;
    }
    const to = wordEnd(text, i, end);
    onWord(i, to);
    i = to;
  }
}

/** The surface words of `text` between `start` and `end`. */
export function surfaceWords(text: string, start = 0, end = text.length): SurfaceWords {
  const out: SurfaceWords = { forms: [], starts: [], ends: [] };
  scanWords(text, start, end, (from, to) => {
    out.forms.push(surfaceForm(text.slice(from, to)));
    out.starts.push(from);
    out.ends.push(to);
  });
  return out;
}

/**
 * A source text's words, indexed for the quote check without a string per word (a 5 MB transcript has 800,000):
 * offsets in typed arrays, forms sliced from the lower-cased text when asked, and `joined`, every word's letters run
 * together, so a quote's words are found whatever the word breaks (`cyber security` / `cybersecurity`).
 */
export interface SourceSurface {
  text: string;
  words: { starts: Int32Array; ends: Int32Array; count: number };
  /** The surface form of word `w`. */
  form: (w: number) => string;
  joined: string;
  /** For each offset of `joined`: the word that starts there, or -1. */
  wordStartingAt: Int32Array;
  /** For each offset of `joined` (and its length): the word that ends just before it, or -1. */
  wordEndingAt: Int32Array;
  /**
   * For each of `forms`, the words of that form in order, at most `limit + 1` of them (more than `limit` marks a
   * common form). One pass over the words for all the forms.
   */
  occurrences: (forms: readonly string[], limit: number) => Map<string, number[]>;
}

/** FNV-1a over a form's code units, apostrophes left out as in `joined`: equal forms hash equal. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function hashForm(form: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c !== 39) h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h | 0;
}

export function indexSource(text: string): SourceSurface {
  const lowered = text.toLowerCase();
  // Lower-casing keeps every offset but for a few letters (`İ`); then forms are lower-cased word by word.
  const lower = lowered.length === text.length ? lowered : null;
  const from = lower ?? text;
  const capacity = (text.length >> 1) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const hashes = new Int32Array(capacity);
  // The letters of every word, apostrophes left out, as UTF-16 code units, and where each word's letters begin.
  const letters = new Uint16Array(text.length);
  const joinedStart = new Int32Array(capacity + 1);
  let count = 0;
  let n = 0;
  scanWords(text, 0, text.length, (start, end) => {
    starts[count] = start;
    ends[count] = end;
    joinedStart[count] = n;
    // The word's hash as hashForm gives it for its form, computed on the way: no string per word.
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) {
      if (isApostrophe(text.charCodeAt(k))) continue;
      const u = from.charCodeAt(k);
      letters[n++] = u;
      h = Math.imul(h ^ u, FNV_PRIME);
    }
    hashes[count++] = h | 0;
  });
  joinedStart[count] = n;
  const form = (w: number) => surfaceForm((lower ?? text).slice(starts[w]!, ends[w]!));
  // Decoded in chunks: String.fromCharCode takes a bounded number of arguments.
  let joined = '';
  for (let k = 0; k < n; k += 8192) joined += String.fromCharCode(...letters.subarray(k, Math.min(n, k + 8192)));
  const wordStartingAt = new Int32Array(n + 1).fill(-1);
  const wordEndingAt = new Int32Array(n + 1).fill(-1);
  for (let w = 0; w < count; w++) {
    wordStartingAt[joinedStart[w]!] = w;
    wordEndingAt[joinedStart[w + 1]!] = w;
  }
  // Forms of case-changing letters (`İ`) hash differently from their lower-cased text: compare those by form.
  const occurrences = (forms: readonly string[], limit: number) => {
    const out = new Map<string, number[]>(forms.map((f) => [f, []]));
    const byHash = new Map<number, string[]>();
    for (const f of out.keys()) byHash.set(hashForm(f), [...(byHash.get(hashForm(f)) ?? []), f]);
    // A bitmap of the hashes' low bits turns most words away with one array read.
    const seen = new Uint8Array(1 << 16);
    for (const h of byHash.keys()) seen[h & 0xffff] = 1;
    let open = out.size;
    for (let w = 0; w < count && open > 0; w++) {
      if (lower && seen[hashes[w]! & 0xffff] === 0) continue;
      const candidates = lower ? byHash.get(hashes[w]!) : [...out.keys()];
      if (!candidates) continue;
      const here = form(w);
      const f = candidates.find((x) => x === here);
      if (f === undefined) continue;
      const list = out.get(f)!;
      if (list.length > limit) continue;
      list.push(w);
      if (list.length > limit) {
        // A common form is done: its words are no longer looked at.
        open--;
        const h = hashes[w]!;
        const rest = (byHash.get(h) ?? []).filter((x) => x !== f);
        if (rest.length) byHash.set(h, rest);
        else byHash.delete(h);
        if (![...byHash.keys()].some((k) => (k & 0xffff) === (h & 0xffff))) seen[h & 0xffff] = 0;
      }
    }
    return out;
  };
  return { text, words: { starts: starts.subarray(0, count), ends: ends.subarray(0, count), count }, form, joined, wordStartingAt, wordEndingAt, occurrences };
}

/** The span from the start of word `first` to the end of word `last` (inclusive). */
export function wordSpan(words: { starts: ArrayLike<number>; ends: ArrayLike<number> }, first: number, last: number): Span {
  return { start: words.starts[first]!, end: words.ends[last]! };
}
