// Flags wording made stronger or weaker between a report passage and the source passage it reports:
// "said" → "slammed", "is harmful to" → "will only undermine", "completely" dropped, a hedge "may" dropped.
// The scales and their rankings are in lexicon.ts. For each scale the strongest word of each side is compared
// (the word furthest from the scale's baseline; the first on ties); a side without a word of the scale counts
// as the baseline. Equal strengths are no change, even when the words differ ("stressed" ↔ "emphasized").
// A scale word right after a negation ("did not slam", "isn't harmful") does not count: reversing polarity is
// the `negation-changed` flag's business, not a change of strength.
import { stemWord } from '../normalize/stem.ts';
import { FALSE_FRIENDS, STRENGTH_SCALES, type StrengthScale } from './lexicon.ts';

/** A half-open range of word indices into the `reportWords` or `sourceWords` given to `compareStrength`. */
export interface WordRange {
  start: number;
  end: number;
}

/** One scale on which the report's wording is stronger or weaker than its source's. */
export interface StrengthChange {
  direction: 'sharpened' | 'softened';
  /** The scale's name (`criticism`, `harm`, `certainty`, ...; see lexicon.ts). */
  scale: string;
  /**
   * The report's strongest word of the scale, as given (a phrase joined by spaces). When the report has none,
   * a word of a sibling scale of the same family stands in, when there is one (`said` for `slammed`).
   */
  reportWord?: string;
  /** Where `reportWord` is in the report's words. */
  reportRange?: WordRange;
  /** The source's strongest word of the scale, or the sibling stand-in; as for `reportWord`. */
  sourceWord?: string;
  sourceRange?: WordRange;
  /** Plain words: `"said" → "slammed" (stronger)`, `added "only" (stronger)`, `dropped "completely" (weaker)`. */
  message: string;
}

interface CompiledEntry {
  scale: number;
  strength: number;
  /** Per word: a stem key, or `=word` for an exact match. */
  keys: string[];
  /** Entry begins with a negation ("not conducive", "no doubt"): a negation before it does not cancel it. */
  negated: boolean;
}

/** A scale word found in a text. */
interface Hit {
  scale: number;
  strength: number;
  range: WordRange;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'without', 'hardly', 'cannot', 'nothing', 'none']);

let compiled: Map<string, CompiledEntry[]> | undefined;

/** Entries by their first key, longest first. Built on first use. */
function compileLexicon(): Map<string, CompiledEntry[]> {
  if (compiled) return compiled;
  const byFirst = new Map<string, CompiledEntry[]>();
  STRENGTH_SCALES.forEach((scale: StrengthScale, s) => {
    for (const [phrase, strength] of scale.entries) {
      const words = phrase.split(' ');
      const keys = words.map((w) => (scale.match === 'exact' || NEGATIONS.has(w) ? `=${w}` : stemWord(w)));
      const entry = { scale: s, strength, keys, negated: NEGATIONS.has(words[0]!) };
      const list = byFirst.get(keys[0]!);
      if (list) list.push(entry);
      else byFirst.set(keys[0]!, [entry]);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  compiled = byFirst;
  return byFirst;
}

/** A word as the lexicon sees it: hyphenated words split, `n't` forms read as `not`. */
interface LexToken {
  lower: string;
  stem: string;
  /** Index of the input word it came from. */
  at: number;
}

function tokenize(words: readonly string[]): LexToken[] {
  const tokens: LexToken[] = [];
  words.forEach((word, at) => {
    for (const part of word.toLowerCase().replace(/’/g, "'").split('-')) {
      if (part === '') continue;
      const lower = part.endsWith("n't") || part === 'cannot' ? 'not' : part;
      tokens.push({ lower, stem: stemWord(lower), at });
    }
  });
  return tokens;
}

const isNumber = (t: LexToken | undefined): boolean => t !== undefined && /^\d/.test(t.lower);

/** Finds the scale words of a text, longest phrase first, left to right. */
function findHits(words: readonly string[]): Hit[] {
  const lexicon = compileLexicon();
  const tokens = tokenize(words);
  const freeNegation: boolean[] = [];
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    const candidates = FALSE_FRIENDS.has(t.lower)
      ? []
      : [...(lexicon.get(`=${t.lower}`) ?? []), ...(lexicon.get(t.stem) ?? [])];
    let length = 0;
    const matched: CompiledEntry[] = [];
    for (const entry of candidates) {
      if (entry.keys.length < length) continue;
      const fits = entry.keys.every((key, k) => {
        const u = tokens[i + k];
        return u !== undefined && (key.startsWith('=') ? key === `=${u.lower}` : key === u.stem);
      });
      if (!fits) continue;
      if (entry.keys.length > length) matched.length = 0;
      length = entry.keys.length;
      matched.push(entry);
    }
    if (length === 0) {
      freeNegation[i] = NEGATIONS.has(t.lower);
      i++;
      continue;
    }
    // "May 5", "in May": the month, not the modal. A capital "May" past a passage's first word is the month: the
    // modal begins a sentence only in a question or a wish ("May I ask").
    const month =
      t.lower === 'may' && (isNumber(tokens[i - 1]) || isNumber(tokens[i + 1]) || (words[t.at] === 'May' && t.at > 0));
    const cancelled = freeNegation[i - 1] === true || freeNegation[i - 2] === true;
    const range = { start: t.at, end: tokens[i + length - 1]!.at + 1 };
    for (const entry of matched) {
      if (!month && (entry.negated || !cancelled)) hits.push({ scale: entry.scale, strength: entry.strength, range });
    }
    for (let k = 0; k < length; k++) freeNegation[i + k] = false;
    i += length;
  }
  return hits;
}

/** The hit of a scale furthest from its baseline; the first on ties. */
function strongestHit(hits: readonly Hit[], scale: number): Hit | undefined {
  const baseline = STRENGTH_SCALES[scale]!.baseline;
  let best: Hit | undefined;
  for (const h of hits) {
    if (h.scale === scale && (!best || Math.abs(h.strength - baseline) > Math.abs(best.strength - baseline))) best = h;
  }
  return best;
}

/** A stand-in for the message when a side has no word of the scale: its strongest word of a sibling scale. */
function siblingHit(hits: readonly Hit[], scale: number): Hit | undefined {
  const family = STRENGTH_SCALES[scale]!.family;
  let best: Hit | undefined;
  let bestDistance = -1;
  for (const h of hits) {
    const other = STRENGTH_SCALES[h.scale]!;
    if (h.scale === scale || other.family !== family) continue;
    const distance = Math.abs(h.strength - other.baseline);
    if (distance > bestDistance) {
      best = h;
      bestDistance = distance;
    }
  }
  return best;
}

const textOf = (words: readonly string[], r: WordRange): string => words.slice(r.start, r.end).join(' ');

/**
 * Compares the strength of wording of an aligned report passage and source passage, given as their words
 * (word tokens in reading order, as written, no punctuation; hyphenated words may stay whole). Case is ignored but
 * for one thing: a capital "May" past the first word is the month. Returns one change
 * per scale whose strongest words differ in strength, in lexicon order; ranges index the given arrays.
 */
export function compareStrength(reportWords: readonly string[], sourceWords: readonly string[]): StrengthChange[] {
  if (!Array.isArray(reportWords)) throw new TypeError('compareStrength: reportWords must be an array of words');
  if (!Array.isArray(sourceWords)) throw new TypeError('compareStrength: sourceWords must be an array of words');
  const reportHits = findHits(reportWords);
  const sourceHits = findHits(sourceWords);
  const changes: StrengthChange[] = [];
  STRENGTH_SCALES.forEach((scale, s) => {
    const inReport = strongestHit(reportHits, s);
    const inSource = strongestHit(sourceHits, s);
    if (!inReport && !inSource) return;
    const reportLevel = inReport?.strength ?? scale.baseline;
    const sourceLevel = inSource?.strength ?? scale.baseline;
    if (reportLevel === sourceLevel) return;
    const direction = reportLevel > sourceLevel ? 'sharpened' : 'softened';
    const reportShown = inReport ?? siblingHit(reportHits, s);
    const sourceShown = inSource ?? siblingHit(sourceHits, s);
    const change: StrengthChange = { direction, scale: scale.name, message: '' };
    if (reportShown) {
      change.reportWord = textOf(reportWords, reportShown.range);
      change.reportRange = reportShown.range;
    }
    if (sourceShown) {
      change.sourceWord = textOf(sourceWords, sourceShown.range);
      change.sourceRange = sourceShown.range;
    }
    const how = direction === 'sharpened' ? '(stronger)' : '(weaker)';
    if (change.reportWord !== undefined && change.sourceWord !== undefined) {
      change.message = `"${change.sourceWord}" → "${change.reportWord}" ${how}`;
    } else if (change.reportWord !== undefined) {
      change.message = `added "${change.reportWord}" ${how}`;
    } else {
      change.message = `dropped "${change.sourceWord}" ${how}`;
    }
    changes.push(change);
  });
  return changes;
}
