// What one piece of a translation pair offers the similarity: its content items (English stems; Chinese words with
// their glosses; Ukrainian or Russian words by sound key), its numbers, and its length. Computed once per piece.
import { stemWord } from '../normalize/stem.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import { hanWords } from './cedict.ts';
import { soundKey, transliterate } from './transliterate.ts';
import type { Unit } from './units.ts';

export interface UnitFeatures {
  /** Content items, each a set of keys any one of which may meet the other side. */
  items: ReadonlyArray<ReadonlySet<string>>;
  /** Every key of every item, for lookups from the other side. */
  keys: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /** Length in characters, letters and digits only (CJK ideographs count one each). */
  size: number;
}

const WORD = /[\p{L}\p{M}'’-]+|\p{N}+(?:[.,]\p{N}+)*/gu;
/** Words this short carry too little sound to meet a name or a borrowing across scripts. */
const MIN_SOUND = 4;
/** How much of a sound key two words must share: enough for `korid`/`korid`, not for every `pro-`. */
export const SOUND_PREFIX = 4;

const numberKey = (raw: string) => raw.replace(/[,.](?=\d{3}\b)/g, '').replace(/^0+(?=\d)/, '');

/**
 * Scale words after a number, by what they multiply: English and Ukrainian or Russian words (and their short forms),
 * Chinese characters. "9 million", "900万" and "9 млн" are one value, so they meet across the pair.
 */
const SCALE: ReadonlyArray<[RegExp, number]> = [
  [/^(?:thousands?|тис|тисяч[аі]?|тысяч[аи]?)$/iu, 1e3],
  [/^(?:millions?|мільйон(?:а|ів)?|миллион(?:а|ов)?|млн)$/iu, 1e6],
  [/^(?:billions?|мільярд(?:а|ів)?|миллиард(?:а|ов)?|млрд)$/iu, 1e9],
  [/^(?:trillions?|трильйон(?:а|ів)?|триллион(?:а|ов)?|трлн)$/iu, 1e12],
];
const HAN_SCALE: ReadonlyArray<[string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

/** A number's key with a scale that follows it applied: its value in digits (`9000000`), else the number as written. */
function scaledKey(raw: string, scale: number): string {
  const key = numberKey(raw);
  if (scale === 1) return key;
  const value = Number(key.replace(',', '.')) * scale;
  return Number.isFinite(value) ? String(Math.round(value)) : key;
}

/** The scale a whole word right after a number stands for (1: none, as for "millionaire"). */
const scaleOfWord = (word: string): number => SCALE.find(([re]) => re.test(word))?.[1] ?? 1;
const sizeOf = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** The sound key two words meet by across scripts: the first letters of their sound (transliterate.ts). */
const soundItem = (latin: string) => `~${soundKey(latin).slice(0, SOUND_PREFIX)}`;

/** A piece's words and numbers: each number by its value, each word by the keys `keysOf` gives (none: not an item). */
function wordFeatures(piece: string, keysOf: (word: string) => Set<string> | null): UnitFeatures {
  const items: Set<string>[] = [];
  const numbers = new Set<string>();
  const words = [...piece.matchAll(WORD)];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]![0];
    if (/^\p{N}/u.test(word)) {
      // "9 million": the scale word joins the number (and is no word item of its own).
      const next = words[k + 1];
      const between = next ? piece.slice(words[k]!.index! + word.length, next.index) : '';
      const scale = next && /^\s+$/.test(between) ? scaleOfWord(next[0]) : 1;
      numbers.add(scaledKey(word, scale));
      if (scale !== 1) k++;
    } else {
      const keys = keysOf(word);
      if (keys) items.push(keys);
    }
  }
  return finish(items, numbers, sizeOf(piece), piece);
}

/** English: content stems (stop words out), and sound keys for meeting transliterated names. */
export function englishFeatures(text: string, unit: Unit, withSounds: boolean): UnitFeatures {
  return wordFeatures(text.slice(unit.start, unit.end), (word) => {
    const lower = word.toLowerCase().replace(/[’']s$/, '');
    if (isStopWord(lower)) return null;
    const keys = new Set([stemWord(lower)]);
    if (withSounds && lower.length >= MIN_SOUND) keys.add(soundItem(lower));
    return keys;
  });
}

/** Chinese: dictionary words with their gloss stems; words without a content gloss are no item. */
export function hanFeatures(text: string, unit: Unit): UnitFeatures {
  const piece = text.slice(unit.start, unit.end);
  const items: Set<string>[] = [];
  // Words whose glosses are all function words (的, 了, 是), or that the dictionary lacks, are no evidence.
  for (const word of hanWords(text, unit.start, unit.end)) if (word.stems.length) items.push(new Set(word.stems));
  const numbers = new Set<string>();
  for (const match of piece.matchAll(/\p{N}+(?:[.,]\p{N}+)*/gu)) {
    if (!/^\d/.test(match[0])) continue;
    const after = piece.slice(match.index! + match[0].length);
    const scale = HAN_SCALE.find(([mark]) => after.startsWith(mark))?.[1] ?? 1;
    numbers.add(scaledKey(match[0], scale));
  }
  return finish(items, numbers, sizeOf(piece), piece);
}

/** Ukrainian or Russian: words by the sound key of their transliteration (names and borrowings meet English). */
export function cyrillicFeatures(text: string, unit: Unit): UnitFeatures {
  return wordFeatures(text.slice(unit.start, unit.end), (word) => {
    const latin = transliterate(word);
    // Short words (і, на, що) are mostly function words and carry too little sound to meet anything.
    return latin.length >= MIN_SOUND ? new Set([soundItem(latin)]) : null;
  });
}

/**
 * The marks of a piece that a translation keeps in any script: questions, exclamations and trailing-off
 * ellipses, each an item of its own, so two short sentences that share nothing else still meet by asking or
 * exclaiming alike (full-width marks count as theirs).
 */
const MARKS: ReadonlyArray<[RegExp, string]> = [
  [/[?？]/gu, '¶?'],
  [/[!！]/gu, '¶!'],
  [/…|\.\.\./gu, '¶…'],
];

function markItems(piece: string): Set<string>[] {
  const out: Set<string>[] = [];
  for (const [re, key] of MARKS) for (const _ of piece.matchAll(re)) out.push(new Set([key]));
  return out;
}

function finish(items: Set<string>[], numbers: Set<string>, size: number, piece = ''): UnitFeatures {
  items.push(...markItems(piece));
  const keys = new Set<string>();
  for (const item of items) for (const k of item) keys.add(k);
  return { items, keys, numbers, size };
}

/** How many of `a`'s items (and numbers) have a key in `b`. */
export function itemsMet(a: UnitFeatures, b: UnitFeatures): number {
  let met = 0;
  for (const item of a.items)
    for (const k of item)
      if (b.keys.has(k)) {
        met++;
        break;
      }
  for (const n of a.numbers) if (b.numbers.has(n)) met++;
  return met;
}

export const itemCount = (f: UnitFeatures): number => f.items.length + f.numbers.size;
