// The words of a Latin-script original (German, French, Spanish…) with the English glosses an imported FreeDict
// dictionary gives them (claimdiff dict import; the caller loads the table and passes it in, so the core reads no
// files). As for Chinese (cedict.ts), each word's glosses become the stems the English side is stemmed to, so the
// two meet through the matcher's own stemming. Words are cut at spaces and hyphens; a phrase of two or three words
// the dictionary holds (`zu Hause`, `pomme de terre`) is taken whole, longest first; a German or Dutch compound the
// dictionary lacks meets the English through its two parts.
import { stemWord } from '../normalize/stem.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import type { Span, TranslationDictionary } from '../types.ts';
import { isFunctionWord } from './latin-language.ts';

/** A word (or dictionary phrase) of the original, with the content stems of its glosses. */
export interface GlossedWord extends Span {
  stems: readonly string[];
}

/** The longest headword phrase looked up, in words. */
const MAX_PHRASE = 3;
/**
 * Letters, with an elided article or pronoun kept on (`l'État`, `dell'Europa`): the lookup tries the whole and
 * then what follows the apostrophe.
 */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?/gu;
/** Inflection endings tried off a word the dictionary lacks (`Regierungen` → `Regierung`), at most this many letters. */
const MAX_ENDING = 3;
/** A word is never cut shorter than this by taking an ending off (or exchanging it for a base form's). */
const MIN_STEM = 4;

const stemCaches = new WeakMap<TranslationDictionary, Map<string, readonly string[]>>();

function cacheOf(dictionary: TranslationDictionary): Map<string, readonly string[]> {
  let cache = stemCaches.get(dictionary);
  if (!cache) stemCaches.set(dictionary, (cache = new Map()));
  return cache;
}

/** The content stems of a gloss list (English words, lower-case, separated by spaces), stop words dropped. */
const stemsOf = (glosses: string): readonly string[] => [
  ...new Set(
    glosses
      .split(' ')
      .filter((w) => w !== '' && !isStopWord(w))
      .map(stemWord),
  ),
];

/** Endings a dictionary's base forms have that an inflected form may lack: the infinitive (`sagte` → `sagen`). */
const BASE_ENDINGS = ['', 'en', 'n', 'e', 'er', 're', 'r', 'o', 'a'];

/**
 * The glosses of one lower-case word: its own entry, else the entry after an elided article (`l'état` → `état`),
 * else the entry of the word with a short ending taken off (`Regierungen` → `Regierung`), or exchanged for a base
 * form's (`sagte` → `sagen`, `votera` → `voter`); null when none.
 */
function entryOf(word: string, glosses: ReadonlyMap<string, string>): string | null {
  const own = glosses.get(word);
  if (own !== undefined) return own;
  const apostrophe = word.search(/['’]/);
  if (apostrophe > 0) return entryOf(word.slice(apostrophe + 1), glosses);
  for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= MIN_STEM - 1; cut++) {
    const stem = word.slice(0, -cut);
    for (const ending of BASE_ENDINGS) {
      if (stem.length + ending.length < MIN_STEM || ending === word.slice(-cut)) continue;
      const entry = glosses.get(stem + ending);
      if (entry !== undefined) return entry;
    }
  }
  return null;
}

/** Languages that write compounds as one word (`Verkehrsplan`, `verkeersplan`): a word the dictionary lacks is split. */
const COMPOUNDING = new Set(['de', 'nl']);
/** The shortest part a compound is split into. */
const MIN_PART = 4;

/**
 * The glosses of a compound the dictionary lacks, from its two parts: the longest first part with an entry whose
 * rest has one too (`Straßenbahnlinien` → `Straßenbahn` + `linien`; a linking `s` goes with the first part's
 * ending: `Verkehrs` → `Verkehr`); null when no split has both.
 */
function compoundEntry(word: string, glosses: ReadonlyMap<string, string>): string | null {
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = entryOf(word.slice(0, cut), glosses);
    if (head === null) continue;
    const tail = entryOf(word.slice(cut), glosses);
    if (tail !== null) return `${head} ${tail}`;
  }
  return null;
}

/**
 * The stems a word meets the English by: its glosses' content stems; for a word the dictionary lacks (a name, a
 * borrowing), its own stem, unless it is short (3 letters or fewer carry no name) or an English stop word.
 */
function wordStems(word: string, dictionary: TranslationDictionary): readonly string[] {
  const cache = cacheOf(dictionary);
  const cached = cache.get(word);
  if (cached) return cached;
  if (isFunctionWord(dictionary.language, word)) {
    cache.set(word, []);
    return [];
  }
  const entry =
    entryOf(word, dictionary.glosses) ??
    (COMPOUNDING.has(dictionary.language) ? compoundEntry(word, dictionary.glosses) : null);
  const stems =
    entry !== null ? stemsOf(entry) : word.length > 3 && !isStopWord(word) ? [stemWord(word.replace(/’/g, "'"))] : [];
  cache.set(word, stems);
  return stems;
}

/** The words of `text` between `start` and `end`, each phrase the dictionary holds as one, with their gloss stems. */
export function dictionaryWords(
  text: string,
  start: number,
  end: number,
  dictionary: TranslationDictionary,
): GlossedWord[] {
  const found = [...text.slice(start, end).matchAll(WORD)].map((m) => ({
    start: start + m.index!,
    end: start + m.index! + m[0].length,
    lower: m[0].toLowerCase(),
  }));
  const words: GlossedWord[] = [];
  for (let k = 0; k < found.length;) {
    let taken = 1;
    let stems: readonly string[] | null = null;
    // A phrase: neighbouring words with only spaces between them (no newline, no punctuation).
    for (let n = Math.min(MAX_PHRASE, found.length - k); n > 1 && stems === null; n--) {
      const run = found.slice(k, k + n);
      if (!run.every((w, i) => i === 0 || /^[ \t\u00a0]+$/.test(text.slice(run[i - 1]!.end, w.start)))) continue;
      const entry = dictionary.glosses.get(run.map((w) => w.lower).join(' '));
      if (entry === undefined) continue;
      const phraseStems = stemsOf(entry);
      if (phraseStems.length > 0) [stems, taken] = [phraseStems, n];
    }
    const first = found[k]!;
    const last = found[k + taken - 1]!;
    words.push({ start: first.start, end: last.end, stems: stems ?? wordStems(first.lower, dictionary) });
    k += taken;
  }
  return words;
}
