// Candidate search for a report's source: the terms to look for in the archive. The archive weighs each by its
// rarity there (idf) and keeps the rarest, so this only proposes and says what each term is worth:
// - quoted phrases weigh most: a quote is the report's promise of the source's exact words, and three words in a
//   row are rare enough to point at one briefing even when the quote was altered elsewhere;
// - words inside quotes next, then the report's other content words (its background and framing often come from
//   elsewhere, so they count least).
// Stop words and one-letter tokens are left out: every source holds them.
import type { SourceTerm } from '../types.ts';
import { segmentDocument } from '../segment/index.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import { indexWords } from './index-words.ts';

/** What each kind of term is worth before rarity. */
export const TERM_WEIGHTS = { quotePhrase: 3, quoteWord: 1.5, word: 1 } as const;

/** Words in a quoted phrase term: three in a row (a shingle). */
const PHRASE_WORDS = 3;

/** Most phrase terms proposed per report, spread over its quotes. */
const MAX_PHRASES = 64;

const isContent = (word: string): boolean => word.length > 1 && !isStopWord(word) && !/^\d{1,2}$/.test(word);

/** The terms to look for when searching the archive for the source of `report`. */
export function buildSourceQuery(report: string): SourceTerm[] {
  if (typeof report !== 'string') throw new TypeError('buildSourceQuery: report must be a string');
  const { quotes } = segmentDocument(report);
  const phrases = new Map<string, string[]>();
  const quoteWords = new Set<string>();
  for (const quote of quotes)
    for (const part of quote.parts) {
      const words = indexWords(report, part.start, part.end).map((w) => w.word);
      words.filter(isContent).forEach((w) => quoteWords.add(w));
      // Every shingle: an edited copy of the source loses the shingles its edits touch, so the more of them are
      // asked for, the fewer copies hold them all (then `spread` keeps at most MAX_PHRASES, over every quote).
      for (let i = 0; i + PHRASE_WORDS <= words.length; i++) {
        const shingle = words.slice(i, i + PHRASE_WORDS);
        if (shingle.some(isContent)) phrases.set(shingle.join(' '), shingle);
      }
    }
  const terms: SourceTerm[] = spread([...phrases.values()], MAX_PHRASES).map((words) => ({
    words,
    weight: TERM_WEIGHTS.quotePhrase,
  }));
  const seen = new Set<string>();
  for (const { word } of indexWords(report)) {
    if (!isContent(word) || seen.has(word)) continue;
    seen.add(word);
    terms.push({ words: [word], weight: quoteWords.has(word) ? TERM_WEIGHTS.quoteWord : TERM_WEIGHTS.word });
  }
  return terms;
}

/** At most `max` items of `items`, evenly spaced, so every part of the report has a say. */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]!);
}
