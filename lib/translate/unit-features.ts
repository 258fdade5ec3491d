// What one piece of a translation pair offers the similarity: its content items (English stems; Chinese words with
// their glosses; Ukrainian or Russian words by sound key, and their closed-class words by concept), its numbers,
// and its length. Computed once per piece.
import { stemWord } from '../normalize/stem.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import { hanWords } from './cedict.ts';
import { closedClassItems } from './closed-class.ts';
import { dictionaryWords } from './gloss-dictionary.ts';
import { soundKey, transliterate } from './transliterate.ts';
import type { Span, TranslationDictionary } from '../types.ts';
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
 * Scale words after a number, by what they multiply: English, Ukrainian or Russian, German, French, Spanish,
 * Italian, Portuguese and Dutch words (and their short forms; a German Milliarde is a billion), Chinese characters.
 * "9 million", "900万", "9 млн" and "9 Millionen" are one value, so they meet across the pair.
 */
const SCALE: ReadonlyArray<[RegExp, number]> = [
  [/^(?:thousands?|тис|тисяч[аі]?|тысяч[аи]?|tausend)$/iu, 1e3],
  [
    /^(?:millions?|мільйон(?:а|ів)?|миллион(?:а|ов)?|млн|millionen|mio|millones|millón|milioni?|milhões|milhão|miljoen)$/iu,
    1e6,
  ],
  [/^(?:billions?|мільярд(?:а|ів)?|миллиард(?:а|ов)?|млрд|milliarden?|mrd|milliards?|miliardi?|miljard)$/iu, 1e9],
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

/** A word or number of a piece, where it is: a word by the keys it may meet, a number by its value. */
export interface PieceToken extends Span {
  keys: ReadonlySet<string>;
  /** The value key of a number token (`9000000` for "9 million" and "900万"). */
  number?: string;
}

/** A span's words and numbers: each number by its value, each word by the keys `keysOf` gives (none: no token). */
function wordTokens(
  text: string,
  start: number,
  end: number,
  keysOf: (word: string) => Set<string> | null,
): PieceToken[] {
  const piece = text.slice(start, end);
  const tokens: PieceToken[] = [];
  const words = [...piece.matchAll(WORD)];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]![0];
    const at = start + words[k]!.index!;
    if (/^\p{N}/u.test(word)) {
      // "9 million": the scale word joins the number (and is no word of its own).
      const next = words[k + 1];
      const between = next ? piece.slice(words[k]!.index! + word.length, next.index) : '';
      const scale = next && /^\s+$/.test(between) ? scaleOfWord(next[0]) : 1;
      const last = scale !== 1 ? next! : words[k]!;
      tokens.push({
        start: at,
        end: start + last.index! + last[0].length,
        keys: NO_KEYS,
        number: scaledKey(word, scale),
      });
      if (scale !== 1) k++;
    } else {
      const keys = keysOf(word);
      if (keys) tokens.push({ start: at, end: at + word.length, keys });
    }
  }
  return tokens;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** English: content stems (stop words out), and sound keys for meeting transliterated names. */
export function englishTokens(text: string, start: number, end: number, withSounds: boolean): PieceToken[] {
  return wordTokens(text, start, end, (word) => {
    const lower = word.toLowerCase().replace(/[’']s$/, '');
    if (isStopWord(lower)) return null;
    const keys = new Set([stemWord(lower)]);
    if (withSounds && lower.length >= MIN_SOUND) keys.add(soundItem(lower));
    return keys;
  });
}

/** Chinese: dictionary words with their gloss stems (words without a content gloss are none), and numbers. */
export function hanTokens(text: string, start: number, end: number): PieceToken[] {
  const piece = text.slice(start, end);
  const numbers: PieceToken[] = [];
  for (const match of piece.matchAll(/\p{N}+(?:[.,]\p{N}+)*/gu)) {
    if (!/^\d/.test(match[0])) continue;
    const after = piece.slice(match.index! + match[0].length);
    const mark = HAN_SCALE.find(([m]) => after.startsWith(m));
    const at = start + match.index!;
    const to = at + match[0].length + (mark ? mark[0].length : 0);
    numbers.push({ start: at, end: to, keys: NO_KEYS, number: scaledKey(match[0], mark?.[1] ?? 1) });
  }
  // Words whose glosses are all function words (的, 了, 是), or that the dictionary lacks, are no evidence; a word
  // that takes in a number's scale (万人 after 900) yields to the number.
  const words: PieceToken[] = hanWords(text, start, end)
    .filter((word) => word.stems.length > 0 && !numbers.some((n) => n.start < word.end && word.start < n.end))
    .map((word) => ({ start: word.start, end: word.end, keys: new Set(word.stems) }));
  return [...words, ...numbers].sort((x, y) => x.start - y.start);
}

/** Ukrainian or Russian: words by the sound key of their transliteration (names and borrowings meet English). */
export function cyrillicTokens(text: string, start: number, end: number): PieceToken[] {
  return wordTokens(text, start, end, (word) => {
    const latin = transliterate(word);
    // Short words (і, на, що) are mostly function words and carry too little sound to meet anything.
    return latin.length >= MIN_SOUND ? new Set([soundItem(latin)]) : null;
  });
}

/** The features of a piece from its tokens, with the marks it carries (and any further items). */
function fromTokens(tokens: readonly PieceToken[], piece: string, more: readonly Set<string>[] = []): UnitFeatures {
  const items: ReadonlySet<string>[] = [];
  const numbers = new Set<string>();
  for (const t of tokens) {
    if (t.number !== undefined) numbers.add(t.number);
    else items.push(t.keys);
  }
  items.push(...markItems(piece), ...more);
  const keys = new Set<string>();
  for (const item of items) for (const k of item) keys.add(k);
  return { items, keys, numbers, size: sizeOf(piece) };
}

/** English pieces; against a Cyrillic original (`withSounds`), with sound keys and closed-class words. */
export function englishFeatures(text: string, unit: Unit, withSounds: boolean): UnitFeatures {
  const piece = text.slice(unit.start, unit.end);
  const closed = withSounds ? closedClassItems(piece, 'english') : [];
  return fromTokens(englishTokens(text, unit.start, unit.end, withSounds), piece, closed);
}

export const hanFeatures = (text: string, unit: Unit): UnitFeatures =>
  fromTokens(hanTokens(text, unit.start, unit.end), text.slice(unit.start, unit.end));

export function cyrillicFeatures(text: string, unit: Unit): UnitFeatures {
  const piece = text.slice(unit.start, unit.end);
  return fromTokens(cyrillicTokens(text, unit.start, unit.end), piece, closedClassItems(piece, 'cyrillic'));
}

/**
 * A Latin-script original (German, French…): its words (and phrases of up to three words) by the stems of their
 * glosses in an imported dictionary, as Chinese words meet the English; numbers by value. A word the dictionary
 * lacks (a name, mostly) keeps its own stem, which meets the English where the translation keeps it.
 */
export function dictionaryTokens(
  text: string,
  start: number,
  end: number,
  dictionary: TranslationDictionary,
): PieceToken[] {
  const numbers = wordTokens(text, start, end, () => null);
  const words: PieceToken[] = dictionaryWords(text, start, end, dictionary)
    .filter((word) => word.stems.length > 0 && !numbers.some((n) => n.start < word.end && word.start < n.end))
    .map((word) => ({ start: word.start, end: word.end, keys: new Set(word.stems) }));
  return [...words, ...numbers].sort((x, y) => x.start - y.start);
}

/** A Latin-script original (German, French…): its words by their glosses in an imported dictionary. */
export const dictionaryFeatures = (text: string, unit: Unit, dictionary: TranslationDictionary): UnitFeatures =>
  fromTokens(dictionaryTokens(text, unit.start, unit.end, dictionary), text.slice(unit.start, unit.end));

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
