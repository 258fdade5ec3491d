// Word tokens for matching, stored as typed arrays so a 20 MB source costs a few bytes per word.
// Normalisation is for matching only: every token keeps the span of its original characters.
// A token's `surface` is its lower-cased, possessive-stripped form; its `key` is what matching compares:
// a canonical variant (`#us`), a number without grouping commas, or a Porter stem.
import { stemWord } from './stem.ts';
import { isStopWord } from './stopwords.ts';
import { phraseVariantKey, variantKey } from './variants.ts';

/**
 * Words as the reference scorer counts them, plus dotted abbreviations (`U.S.`) kept whole.
 * Hyphens and dashes separate words so `command-and-control` matches `command and control`.
 */
const WORD = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}'’]*|\p{N}(?:[.,]?\p{N})*/gu;

/** Negations stay content words: dropping one changes the statement. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without', 'cannot', "can't", 'none', 'nothing', "n't"]);

/** The shared vocabulary of one alignment run: surfaces and keys of both texts. */
export interface Vocabulary {
  /** Surface form → surface id. */
  surfaceIds: Map<string, number>;
  /** Surface id → surface form. */
  surfaces: string[];
  /** Surface id → key id. */
  surfaceKey: number[];
  /** Key → key id. */
  keyIds: Map<string, number>;
  /** Key id → key. */
  keys: string[];
  /** Key id → 1 for content words (not stop words), 0 otherwise. */
  keyContent: number[];
  /** Key id → 1 for numbers. */
  keyNumber: number[];
  /** Key id → 1 for negation words. */
  keyNegation: number[];
}

/** The tokens of one text. Index i describes the i-th word. */
export interface TokenSeq {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Surface id of each token. */
  surface: Int32Array;
  /** Key id of each token. */
  key: Int32Array;
}

export function createVocabulary(): Vocabulary {
  return { surfaceIds: new Map(), surfaces: [], surfaceKey: [], keyIds: new Map(), keys: [], keyContent: [], keyNumber: [], keyNegation: [] };
}

function internKey(vocab: Vocabulary, key: string, content: boolean, number: boolean, negation: boolean): number {
  let id = vocab.keyIds.get(key);
  if (id === undefined) {
    id = vocab.keys.length;
    vocab.keyIds.set(key, id);
    vocab.keys.push(key);
    vocab.keyContent.push(content ? 1 : 0);
    vocab.keyNumber.push(number ? 1 : 0);
    vocab.keyNegation.push(negation ? 1 : 0);
  }
  return id;
}

/** Lower-case and drop a possessive ending: `World's` → `world`, `US'` → `us`. */
function surfaceOf(raw: string): string {
  let lower = raw.toLowerCase();
  if (lower.length > 2 && (lower.endsWith("'s") || lower.endsWith('’s'))) lower = lower.slice(0, -2);
  else if (lower.length > 1 && (lower.endsWith("'") || lower.endsWith('’'))) lower = lower.slice(0, -1);
  return lower.replace(/’/g, "'");
}

/** The surface id of a raw word, creating its surface and key on first sight. */
function internSurface(vocab: Vocabulary, raw: string, surface: string): number {
  const cased = variantKey(raw, surface);
  // Case matters only for acronyms such as `US`; cache those under their raw form.
  const cacheKey = cased !== undefined && raw !== surface && raw.toUpperCase() === raw ? raw : surface;
  let id = vocab.surfaceIds.get(cacheKey);
  if (id !== undefined) return id;
  let keyId: number;
  if (cased !== undefined) {
    keyId = internKey(vocab, cased, true, false, false);
  } else if (/^\p{N}/u.test(surface)) {
    keyId = internKey(vocab, surface.replace(/,/g, ''), true, true, false);
  } else {
    const negation = NEGATIONS.has(surface) || surface.endsWith("n't");
    const plain = surface.replace(/\./g, '');
    const content = negation || (!isStopWord(plain) && plain.length > 1);
    keyId = internKey(vocab, negation ? 'not' : stemWord(plain), content, false, negation);
  }
  id = vocab.surfaces.length;
  vocab.surfaceIds.set(cacheKey, id);
  vocab.surfaces.push(cacheKey === raw ? surface : cacheKey);
  vocab.surfaceKey.push(keyId);
  return id;
}

/** Tokenises `text` into `vocab`. Two-word names (`United States`) become one token spanning both words. */
export function tokenizeText(text: string, vocab: Vocabulary): TokenSeq {
  // Over-allocate (a word takes at least one character plus a separator), then trim.
  let capacity = Math.max(16, Math.ceil(text.length / 4));
  let start: Int32Array = new Int32Array(capacity);
  let end: Int32Array = new Int32Array(capacity);
  let surface: Int32Array = new Int32Array(capacity);
  let count = 0;
  const re = new RegExp(WORD.source, WORD.flags);
  let prevSurface = '';
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const s = surfaceOf(raw);
    const at = m.index;
    // `United States`: join with the previous word when separated by one space.
    if (count > 0 && end[count - 1] === at - 1 && text.charCodeAt(at - 1) === 32) {
      const joined = phraseVariantKey(prevSurface, s);
      if (joined !== undefined) {
        end[count - 1] = at + raw.length;
        surface[count - 1] = internPhrase(vocab, `${prevSurface} ${s}`, joined);
        prevSurface = '';
        continue;
      }
    }
    if (count === capacity) {
      capacity *= 2;
      start = grow(start, capacity);
      end = grow(end, capacity);
      surface = grow(surface, capacity);
    }
    start[count] = at;
    end[count] = at + raw.length;
    surface[count] = internSurface(vocab, raw, s);
    prevSurface = s;
    count++;
  }
  const key = new Int32Array(count);
  for (let i = 0; i < count; i++) key[i] = vocab.surfaceKey[surface[i]!]!;
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), surface: surface.subarray(0, count), key };
}

function internPhrase(vocab: Vocabulary, phrase: string, key: string): number {
  let id = vocab.surfaceIds.get(phrase);
  if (id === undefined) {
    id = vocab.surfaces.length;
    vocab.surfaceIds.set(phrase, id);
    vocab.surfaces.push(phrase);
    vocab.surfaceKey.push(internKey(vocab, key, true, false, false));
  }
  return id;
}

function grow(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

/**
 * Joins two adjacent words into one where the joined form is a word of either text:
 * `cyber security` ↔ `cybersecurity`, `cyber attacks` ↔ `cyberattacks`. Only content words of three or
 * more letters join, so `in to` never becomes `into`. Rewrites `seq` in place and returns it.
 */
export function joinCompounds(text: string, seq: TokenSeq, vocab: Vocabulary): TokenSeq {
  let w = 0;
  for (let r = 0; r < seq.count; r++) {
    if (r + 1 < seq.count) {
      const a = seq.surface[r]!;
      const b = seq.surface[r + 1]!;
      const gap = seq.start[r + 1]! - seq.end[r]!;
      if (gap === 1 && vocab.keyContent[seq.key[r]!] && vocab.keyContent[seq.key[r + 1]!]) {
        const sa = vocab.surfaces[a]!;
        const sb = vocab.surfaces[b]!;
        const sep = text.charCodeAt(seq.end[r]!);
        if (sa.length >= 3 && sb.length >= 3 && (sep === 32 || sep === 45)) {
          const joined = vocab.surfaceIds.get(sa + sb);
          if (joined !== undefined) {
            seq.start[w] = seq.start[r]!;
            seq.end[w] = seq.end[r + 1]!;
            seq.surface[w] = joined;
            seq.key[w] = vocab.surfaceKey[joined]!;
            w++;
            r++;
            continue;
          }
        }
      }
    }
    seq.start[w] = seq.start[r]!;
    seq.end[w] = seq.end[r]!;
    seq.surface[w] = seq.surface[r]!;
    seq.key[w] = seq.key[r]!;
    w++;
  }
  if (w === seq.count) return seq;
  return { count: w, start: seq.start.subarray(0, w), end: seq.end.subarray(0, w), surface: seq.surface.subarray(0, w), key: seq.key.subarray(0, w) };
}
