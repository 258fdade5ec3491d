// Which words of a report a candidate source repeats verbatim: a report word counts as covered by the share of the
// runs of SHINGLE consecutive report words holding it that stand, word for word, in the source (as the archive's index cuts
// words: lib/archive/index-words.ts). It is the cheap, exact half of re-ranking a report's candidates
// (rank-sources.ts): it reads every candidate in one pass without running the matcher, and it tells apart
// near-duplicates the matcher scores alike: a republished copy of a transcript with a word changed, a number
// altered or a sentence dropped loses exactly the runs those edits touch, while the true source keeps every run the
// report took from it (issue 17: the true source among a thousand edited copies of it).
//
// What a covered word is worth is decided by `weighReport`: its rarity among the candidates (a word every candidate
// holds tells none apart), doubled inside quotes (a quote promises the source's exact words) and for numbers (an
// exact fact a copy's edits change), and small for stop words (they carry no claim of their own).
import { segmentDocument } from '../segment/index.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import { indexWordList, indexWords, type IndexWord } from './index-words.ts';

/** Words in a verbatim run: three in a row are rare enough to point at one passage. */
export const SHINGLE = 3;

/** What a report word is worth before rarity (multiplied together when several apply). */
export const WORD_WEIGHTS = { quoted: 3, number: 2, stopWord: 0.25 } as const;

/** The report as the verbatim check reads it. */
export interface ReportWords {
  /** The report's index words, in order, with their spans. */
  words: IndexWord[];
  /** Per word: its id (the same id for the same word). */
  ids: Int32Array;
  /** Per word: its worth before rarity (WORD_WEIGHTS). */
  base: Float64Array;
  /** Distinct words: id → word. */
  vocabulary: string[];
  /** Every run of SHINGLE words, keyed as `shingleKey` keys it, → the report positions it starts at. */
  shingles: Map<number, number[]>;
}

/** One candidate as the verbatim check saw it. */
export interface VerbatimCover {
  /**
   * Per report word, 0..1: the share of the runs of SHINGLE report words through it that stand verbatim in the
   * candidate. Counting runs rather than words is what tells a copy apart: one changed word breaks every run
   * through it, so its neighbours lose too, where a word-level check would still find them in other runs.
   */
  covered: Float64Array;
  /** Which report word ids the candidate holds at all (anywhere, in any order). */
  holds: Uint8Array;
}

// Three ids below 2^16 each make one exact key below 2^48 (a double holds integers to 2^53).
const ID_LIMIT = 1 << 16;
const shingleKey = (a: number, b: number, c: number): number => (a * ID_LIMIT + b) * ID_LIMIT + c;

const NUMBER = /\d/;

/** Reads `report` once for any number of `coverVerbatim` calls. */
export function readReportWords(report: string): ReportWords {
  if (typeof report !== 'string') throw new TypeError('readReportWords: report must be a string');
  const words = indexWords(report);
  const idOf = new Map<string, number>();
  const vocabulary: string[] = [];
  const ids = new Int32Array(words.length);
  words.forEach(({ word }, i) => {
    let id = idOf.get(word);
    if (id === undefined) {
      id = vocabulary.length < ID_LIMIT - 1 ? vocabulary.length : ID_LIMIT - 1; // a report this varied: the rest share one id
      if (id === vocabulary.length) vocabulary.push(word);
      idOf.set(word, id);
    }
    ids[i] = id;
  });
  const quoted = new Uint8Array(words.length);
  const quoteParts = segmentDocument(report).quotes.flatMap((q) => q.parts);
  let w = 0;
  for (const part of [...quoteParts].sort((a, b) => a.start - b.start)) {
    while (w < words.length && words[w]!.start < part.start) w++;
    for (let i = w; i < words.length && words[i]!.start < part.end; i++) quoted[i] = 1;
  }
  const base = new Float64Array(words.length);
  words.forEach(({ word }, i) => {
    let weight = 1;
    if (quoted[i]) weight *= WORD_WEIGHTS.quoted;
    if (NUMBER.test(word)) weight *= WORD_WEIGHTS.number;
    else if (isStopWord(word) || word.length === 1) weight *= WORD_WEIGHTS.stopWord;
    base[i] = weight;
  });
  const shingles = new Map<number, number[]>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const key = shingleKey(ids[i]!, ids[i + 1]!, ids[i + 2]!);
    const at = shingles.get(key);
    if (at) at.push(i);
    else shingles.set(key, [i]);
  }
  return { words, ids, base, vocabulary, shingles };
}

/** Which of the report's words `text` repeats verbatim, and which it holds at all. */
export function coverVerbatim(report: ReportWords, text: string): VerbatimCover {
  if (typeof text !== 'string') throw new TypeError('coverVerbatim: text must be a string');
  const idOf = new Map(report.vocabulary.map((word, id) => [word, id]));
  const holds = new Uint8Array(report.vocabulary.length);
  const found = new Uint8Array(report.words.length); // per run start: the run stands in the text
  let a = -1;
  let b = -1;
  for (const word of indexWordList(text)) {
    const c = idOf.get(word) ?? -1;
    if (c >= 0) {
      holds[c] = 1;
      if (a >= 0 && b >= 0) {
        const starts = report.shingles.get(shingleKey(a, b, c));
        if (starts) for (const s of starts) found[s] = 1;
      }
    }
    a = b;
    b = c;
  }
  const n = report.words.length;
  const covered = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let runs = 0;
    let standing = 0;
    for (let s = Math.max(0, i - SHINGLE + 1); s <= i && s + SHINGLE <= n; s++) {
      runs++;
      standing += found[s]!;
    }
    covered[i] = runs ? standing / runs : 0;
  }
  return { covered, holds };
}

/**
 * Per report word, what covering it is worth given the candidates' covers: its base weight × its rarity among them,
 * ln(1 + n / (1 + holders)) (n candidates, `holders` of them holding the word), so a word every candidate holds
 * still counts a little and a word only one holds counts most.
 */
export function weighReport(report: ReportWords, covers: readonly VerbatimCover[]): Float64Array {
  const holders = new Float64Array(report.vocabulary.length);
  for (const cover of covers) cover.holds.forEach((h, id) => (holders[id]! += h));
  const n = covers.length;
  return report.base.map((base, i) => base * Math.log(1 + n / (1 + holders[report.ids[i]!]!)));
}
