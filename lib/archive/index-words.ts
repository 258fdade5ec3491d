// The words of a text as the archive's full-text index cuts them, so a query asks for terms the index holds.
// It mirrors SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer (https://sqlite.org/fts5.html#unicode61_tokenizer):
// a token is a run of letters, numbers and marks; everything else separates (so `world’s` is `world` + `s`, and
// `U.S.` is `u` + `s`); tokens are lower-cased with diacritics removed.

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** One token as the index stores it. */
export const indexWord = (raw: string): string =>
  ASCII.test(raw) ? raw.toLowerCase() : raw.normalize('NFD').replace(MARKS, '').toLowerCase();

/** An index word with where it stands: `text.slice(start, end)` is the token as written. */
export interface IndexWord {
  word: string;
  start: number;
  end: number;
}

/** The tokens of `text[start, end)` in order, each with its span in `text`. */
export function indexWords(text: string, start = 0, end = text.length): IndexWord[] {
  const words: IndexWord[] = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const word = indexWord(m[0]);
    if (word) words.push({ word, start: start + m.index, end: start + m.index + m[0].length });
  }
  return words;
}

/** The tokens of `text` as words only, in order: what a caller needs that never slices the text again. */
export function indexWordList(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = indexWord(m[0]);
    if (word) words.push(word);
  }
  return words;
}
