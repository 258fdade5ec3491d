// Chinese words and their English glosses, from CC-CEDICT (CC BY-SA 4.0; the table is built at install time by
// scripts/build-cedict.mjs). A Chinese text is cut into words by longest match against the dictionary (which
// also keeps names and set phrases whole where a general word segmenter splits them), and each word's glosses
// become the stems the English side is stemmed to, so the two meet through the matcher's own stemming.
import table from './cedict-glosses.json' with { type: 'json' };
import { stemWord } from '../normalize/stem.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import type { Span } from '../types.ts';
import { readGlossTable } from './gloss-table.ts';

interface GlossTable {
  v: number;
  maxLength: number;
  table: string;
}

let glosses: Map<string, string> | null = null;
/** The longest headword starting with each (BMP) character: longest match tries no longer candidates. */
const longestFrom = new Map<number, number>();
const stemCache = new Map<string, readonly string[]>();

function dictionary(): Map<string, string> {
  if (glosses) return glosses;
  const data = table as unknown as GlossTable;
  if (data.v !== 1)
    throw new Error(`cedict-glosses.json: version ${data.v}; rebuild it with node scripts/build-cedict.mjs --force`);
  glosses = readGlossTable(data.table);
  for (const word of glosses.keys()) {
    const first = word.charCodeAt(0);
    if (word.length > (longestFrom.get(first) ?? 1)) longestFrom.set(first, word.length);
  }
  return glosses;
}

const MAX_WORD = (table as unknown as GlossTable).maxLength;

/** The content stems of a word's glosses (stop words dropped), or none when the dictionary lacks the word. */
export function glossStems(word: string): readonly string[] {
  const cached = stemCache.get(word);
  if (cached) return cached;
  const raw = dictionary().get(word);
  const stems = raw
    ? [
        ...new Set(
          raw
            .split(' ')
            .filter((w) => !isStopWord(w))
            .map(stemWord),
        ),
      ]
    : [];
  stemCache.set(word, stems);
  return stems;
}

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** A word of a Chinese text: a dictionary headword (or a lone character the dictionary lacks in longer words). */
export interface HanWord extends Span {
  stems: readonly string[];
}

/**
 * The word length longest match finds at each position of the last text read, 0 where not worked out yet: the
 * features, the word marks and the strength flags read the same Chinese text span by span, and a match depends
 * only on its position while the span's end does not cut its candidates short.
 */
let lengthsOf: { text: string; lengths: Uint8Array } | null = null;

/** The Han words of `text` between `start` and `end`, by forward longest match. */
export function hanWords(text: string, start: number, end: number): HanWord[] {
  const words: HanWord[] = [];
  const known = dictionary();
  if (lengthsOf?.text !== text) lengthsOf = { text, lengths: new Uint8Array(text.length) };
  const { lengths } = lengthsOf;
  let i = start;
  while (i < end) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const longest = Math.min(MAX_WORD, longestFrom.get(text.charCodeAt(i)) ?? 1);
    const whole = longest <= end - i;
    let length = whole ? lengths[i]! : 0;
    if (length === 0) {
      length = 1;
      for (let n = Math.min(longest, end - i); n > 1; n--) {
        if (isHan(text.charCodeAt(i + n - 1)) && known.has(text.slice(i, i + n))) {
          length = n;
          break;
        }
      }
      if (whole) lengths[i] = length;
    }
    words.push({ start: i, end: i + length, stems: glossStems(text.slice(i, i + length)) });
    i += length;
  }
  return words;
}
