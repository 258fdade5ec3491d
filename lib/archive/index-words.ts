// The words of a text as the archive's full-text index cuts them, so a query asks for terms the index holds.
// It mirrors SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer (https://sqlite.org/fts5.html#unicode61_tokenizer):
// a token is a run of letters, numbers and marks; everything else separates (so `world’s` is `world` + `s`, and
// `U.S.` is `u` + `s`); tokens are lower-cased with diacritics removed.

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

/** One token as the index stores it. */
export const indexWord = (raw: string): string => raw.normalize('NFD').replace(MARKS, '').toLowerCase();

/** The tokens of `text[start, end)` in order, each with its offset in `text`. */
export function indexWords(text: string, start = 0, end = text.length): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const word = indexWord(m[0]);
    if (word) words.push({ word, start: start + m.index });
  }
  return words;
}
