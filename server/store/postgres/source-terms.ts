// The full-text index of an archived source on PostgreSQL: tsvectors built here from the words that
// lib/archive/index-words.ts cuts (FTS5's unicode61 rules), not by PostgreSQL's parser, so the index holds exactly
// the lexemes candidate search asks for on both engines (PostgreSQL's parser reads `U.S.` or `e-mail` otherwise).
//
// A source is indexed in parts of PART_WORDS words because of PostgreSQL's limits on one tsvector
// (https://www.postgresql.org/docs/current/textsearch-limitations.html): positions stop at 16,383 (a 1 MB
// transcript has about 170,000 words, and phrase search needs true positions), a lexeme keeps at most 256 positions,
// and a tsvector must stay under 1 MB. Consecutive parts overlap by PART_OVERLAP words, so any phrase of up to
// PART_OVERLAP + 1 words lies whole inside some part. Part 0 holds the title, as FTS5 indexes the title column.
import { indexWord, indexWords } from '../../../lib/archive/index-words.ts';

/** Words per part: the commonest English word (about 7% of running text) stays well under 256 positions. */
export const PART_WORDS = 2000;
/** Words repeated at the start of the next part: phrases of up to 9 words are found across a part boundary. */
export const PART_OVERLAP = 8;
/** PostgreSQL's most positions per lexeme in one tsvector. */
const MAX_POSITIONS = 256;
/** PostgreSQL refuses longer lexemes (2 KB, in bytes of UTF-8); such a word cannot be searched for anyway. */
const MAX_LEXEME_BYTES = 2046;

/** A lexeme quoted for tsvector and tsquery input: inside quotes only `'` and `\` need escaping. */
const quote = (word: string): string => `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** One tsvector in PostgreSQL's input syntax (`'word':1,4 'other':2`) for words in order. */
function tsvectorOf(words: readonly string[]): string {
  const positions = new Map<string, number[]>();
  words.forEach((word, i) => {
    if (Buffer.byteLength(word) > MAX_LEXEME_BYTES) return;
    const list = positions.get(word) ?? [];
    if (list.length < MAX_POSITIONS) list.push(i + 1);
    positions.set(word, list);
  });
  return [...positions].map(([word, at]) => `${quote(word)}:${at.join(',')}`).join(' ');
}

/** The parts of the index of one source: part 0 its title (may be empty), then its text in overlapping parts. */
export function sourceParts(title: string | null, text: string): { part: number; terms: string }[] {
  const parts = [{ part: 0, terms: tsvectorOf(indexWords(title ?? '').map((w) => w.word)) }];
  const words = indexWords(text).map((w) => w.word);
  for (let start = 0, part = 1; start < words.length; start += PART_WORDS, part++)
    parts.push({ part, terms: tsvectorOf(words.slice(start, start + PART_WORDS + PART_OVERLAP)) });
  return parts;
}

/** A tsquery for `words` one after another (a single word is a plain lexeme), each an index word already. */
export function phraseQuery(words: readonly string[]): string {
  return words.map((w) => quote(indexWord(w))).join(' <-> ');
}
