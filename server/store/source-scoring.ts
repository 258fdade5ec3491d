// How candidate search scores a source (SourceHit.score), the same on every engine. Each term's value is its
// weight × idf. Words and phrases each get their quota of the highest-valued terms: a rare word outweighs a phrase of
// common words, yet only phrases tell a source from an edited copy of it (the copy holds every word, and loses the
// phrases its edits touch). A source's score is the sum of the words it holds, divided by its length relative to the
// mean as BM25 normalises length (taken in steps, lengthDivisor), plus the sum of the phrases it holds, which are not
// divided: three words in a row do not turn up by chance, and a copy that lost a few words (so is a little shorter)
// must not outrank the source it was copied from. The SQLite archive sums in code, the PostgreSQL one in SQL, from
// these constants.

/** Inverse document frequency as BM25 has it (Robertson–Spärck Jones, +1 so it never goes negative). */
export const idf = (total: number, df: number): number => Math.log(1 + (total - df + 0.5) / (df + 0.5));

/** The most words, and separately the most phrases, a search uses. */
export const DEFAULT_MAX_TERMS = 64;
export const DEFAULT_HITS = 10;
/** BM25's b: how much a source's length counts against it (0: not at all, 1: in proportion). */
export const LENGTH_WEIGHT = 0.5;
/** Steps per octave (doubling) of length in which length counts: within a step, length makes no difference. */
export const LENGTH_STEPS = 8;
/** A phrase is looked up only when one of its words is this rare (phraseWorthAsking). */
export const PHRASE_MAX_DF = 2000;

/**
 * What a source's word sum is divided by. The length is taken in steps of an eighth of an octave (9%), so texts of
 * about the same length are compared on their terms alone: an edited copy a few words shorter than its original ties
 * with it instead of outranking it, and ties go to the source archived first. (Math.round is floor(x + 0.5), which
 * the PostgreSQL statement writes out.)
 */
export function lengthDivisor(chars: number, mean: number): number {
  const relative = 2 ** (Math.round(Math.log2(chars / mean) * LENGTH_STEPS) / LENGTH_STEPS);
  return 1 - LENGTH_WEIGHT + LENGTH_WEIGHT * relative;
}

/**
 * Whether a phrase is looked up, from how many sources hold each of its words: only when one of them is held by at
 * most PHRASE_MAX_DF sources (or a tenth of the archive, if more). The index reads the position lists of a phrase's
 * words, and on a large archive a phrase of words nearly every source holds costs tens of milliseconds. Such a
 * phrase counts as held by none, and the re-ranking's verbatim check (lib/archive/verbatim-cover.ts) still reads it
 * in the candidates.
 */
export function phraseWorthAsking(wordCounts: readonly number[], total: number): boolean {
  const rarest = Math.min(...wordCounts);
  return rarest > 0 && rarest <= commonCount(total);
}

/** A word or phrase held by more sources than this is common (PHRASE_MAX_DF, or a tenth of the archive if more). */
export const commonCount = (total: number): number => Math.max(PHRASE_MAX_DF, total / 10);

/** The words of highest value a search always uses, however common. */
export const COMMON_WORDS_KEPT = 16;

/**
 * Whether the word in `place` (0: the highest-valued) of the words a search chose is used: always among the first
 * COMMON_WORDS_KEPT, after them only when not common. Fetching which sources hold a common word reads its whole
 * position list (tens of milliseconds on 1 GB), and past the first few such a word weighs little (its idf is low)
 * and tells few candidates apart; a report with enough rare words is found by them.
 */
export const wordWorthUsing = (place: number, df: number, total: number): boolean =>
  place < COMMON_WORDS_KEPT || df <= commonCount(total);
