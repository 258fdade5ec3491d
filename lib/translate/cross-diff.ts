// The word marks of a translation pair: which words of each side have a counterpart on the other, as the word diff
// does for one language. A report word and an original word are counterparts when one of the original word's
// dictionary glosses (Chinese; German, French… through an imported FreeDict dictionary) or its sound (Ukrainian,
// Russian: names and borrowings) meets the report word, through the same stems and WordNet forms and synonyms the
// matcher uses, or when both are the same number.
// The parts keep the diff's promise (each side's parts in order, together holding every word of its passage): the
// content words and numbers without a counterpart are `added` (report) and `omitted` (original), and what lies
// between them on each side is cut into as many stretches as the other side has, paired in order as `same`. Two
// languages order their words differently, so a `same` part says "rendered here", not "this word is that word".
import { synonymGroups } from '../normalize/synonyms.ts';
import type { DiffPart, Span, TranslationDictionary } from '../types.ts';
import { cyrillicTokens, dictionaryTokens, englishTokens, hanTokens, type PieceToken } from './unit-features.ts';

/**
 * The units a part must hold whole: letter-led words, digit runs, and CJK characters one by one (a Chinese clause
 * is one run of letters, but its words are one or a few characters).
 */
const UNIT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{L}(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}'’])*|\p{N}+/gu;

/**
 * Chinese function words: particles, prepositions and conjunctions whose dictionary entries also carry a content
 * reading (的 "aim", 了 "to finish"), which an English translation renders with no word or a function word.
 */
const HAN_FUNCTION_WORDS = new Set([
  ...'的了着过地得之以而于与及和在是把被对从向为也都就将所其',
  '以及',
  '并且',
  '而且',
  '或者',
]);

export function crossLanguageDiff(
  report: string,
  reportSpans: readonly Span[],
  source: string,
  sourceSpans: readonly Span[],
  script: 'han' | 'cyrillic' | 'latin',
  /** A Latin-script original's dictionary (script `latin`). */
  dictionary?: TranslationDictionary,
): DiffPart[] {
  const mine = reportSpans.flatMap((s) => englishTokens(report, s.start, s.end, script === 'cyrillic'));
  const sourceTokens = (s: Span) =>
    script === 'han'
      ? hanTokens(source, s.start, s.end)
      : script === 'latin' && dictionary
        ? dictionaryTokens(source, s.start, s.end, dictionary)
        : cyrillicTokens(source, s.start, s.end);
  const theirs = sourceSpans.flatMap(sourceTokens).filter((t) => !HAN_FUNCTION_WORDS.has(source.slice(t.start, t.end)));
  // One pass over the pairs of tokens: which of each side meet a counterpart.
  const mineMet = new Array<boolean>(mine.length).fill(false);
  const theirsMet = new Array<boolean>(theirs.length).fill(false);
  const mineGroups = mine.map(groupsOf);
  const theirsGroups = theirs.map(groupsOf);
  mine.forEach((m, i) =>
    theirs.forEach((t, j) => {
      if ((!mineMet[i] || !theirsMet[j]) && counterparts(m, mineGroups[i]!, t, theirsGroups[j]!))
        mineMet[i] = theirsMet[j] = true;
    }),
  );
  const added = mine.filter((_, i) => !mineMet[i]);
  const omitted = theirs.filter((_, j) => !theirsMet[j]);
  const reportSide = sideOf(report, reportSpans, added);
  const sourceSide = sideOf(source, sourceSpans, omitted);
  balance(reportSide, sourceSide);

  const parts: DiffPart[] = [];
  let r = 0;
  let o = 0;
  // Each side's marks before `report` / `source` positions, then the stretch pair: both sides stay in order.
  const upTo = (report: number, source: number) => {
    while (r < reportSide.marks.length && reportSide.marks[r]!.start < report)
      parts.push({ op: 'added', report: reportSide.marks[r++]! });
    while (o < sourceSide.marks.length && sourceSide.marks[o]!.start < source)
      parts.push({ op: 'omitted', source: sourceSide.marks[o++]! });
  };
  reportSide.stretches.forEach((stretch, k) => {
    const other = sourceSide.stretches[k]!;
    upTo(stretch.start, other.start);
    parts.push({ op: 'same', report: stretch, source: other });
  });
  upTo(Infinity, Infinity);
  return parts;
}

/** The units of `text` inside `span`, as spans of `text`. */
function unitsIn(text: string, span: Span): Span[] {
  return [...text.slice(span.start, span.end).matchAll(UNIT)].map((m) => ({
    start: span.start + m.index!,
    end: span.start + m.index! + m[0].length,
  }));
}

/** One side of the diff: its marked spans and the stretches between them, each holding whole units, in order. */
interface Side {
  text: string;
  /** The alignment's spans of this side: a part lies inside one. */
  spans: readonly Span[];
  marks: Span[];
  stretches: Span[];
}

/** The marks (tokens without a counterpart, widened to whole units) and the stretches of units between them. */
function sideOf(text: string, spans: readonly Span[], unmatched: readonly PieceToken[]): Side {
  const marks: Span[] = [];
  const stretches: Span[] = [];
  for (const span of spans) {
    const units = unitsIn(text, span);
    const marked = units.map((u) => unmatched.some((t) => t.start < u.end && u.start < t.end));
    for (let k = 0; k < units.length;) {
      let end = k;
      while (end + 1 < units.length && marked[end + 1] === marked[k]) end++;
      const run = { start: units[k]!.start, end: units[end]!.end };
      (marked[k] ? marks : stretches).push(run);
      k = end + 1;
    }
  }
  return { text, spans, marks, stretches };
}

/**
 * Gives both sides as many stretches: the side with fewer splits its longest stretch between two units; when it
 * has none to split, the other side gives up the mark between two of its stretches in one span (a word left
 * unmarked rather than one marked wrongly). Only when neither can (one side has a single word left, the other
 * stretches in several spans) do the other side's extra stretches become marks.
 */
function balance(a: Side, b: Side): void {
  for (;;) {
    if (a.stretches.length === b.stretches.length) return;
    const [few, many] = a.stretches.length < b.stretches.length ? [a, b] : [b, a];
    if (splitLongest(few) || mergeAcrossMark(many)) continue;
    // The fewer side has no stretch to split and the other no mark to give up: its extra stretches are marked.
    const extra = many.stretches.splice(few.stretches.length);
    many.marks.push(...extra);
    many.marks.sort((x, y) => x.start - y.start);
    return;
  }
}

function splitLongest(side: Side): boolean {
  let best = -1;
  let bestUnits: Span[] = [];
  side.stretches.forEach((s, k) => {
    const units = unitsIn(side.text, s);
    if (units.length >= 2 && units.length > bestUnits.length) [best, bestUnits] = [k, units];
  });
  if (best < 0) return false;
  const half = bestUnits.length >> 1;
  const s = side.stretches[best]!;
  side.stretches.splice(
    best,
    1,
    { start: s.start, end: bestUnits[half - 1]!.end },
    { start: bestUnits[half]!.start, end: s.end },
  );
  return true;
}

function mergeAcrossMark(side: Side): boolean {
  for (let k = 0; k + 1 < side.stretches.length; k++) {
    const left = side.stretches[k]!;
    const right = side.stretches[k + 1]!;
    const between = side.marks.filter((m) => m.start >= left.end && m.end <= right.start);
    const within = side.spans.some((s) => s.start <= left.start && right.end <= s.end);
    if (between.length === 0 || !within) continue;
    side.marks = side.marks.filter((m) => !between.includes(m));
    side.stretches.splice(k, 2, { start: left.start, end: right.end });
    return true;
  }
  return false;
}

/**
 * The WordNet groups (forms and synonyms) of a token's stems: two stems are related when they share one
 * (synonyms.ts). Sound keys (`~…`) meet only as they are.
 */
function groupsOf(token: PieceToken): ReadonlySet<number> {
  let name = '';
  for (const key of token.keys) name += `${key} `;
  const known = groupCache.get(name);
  if (known) return known;
  const groups = new Set<number>();
  for (const key of token.keys) if (!key.startsWith('~')) for (const id of synonymGroups(key)) groups.add(id);
  if (groupCache.size >= GROUP_CACHE_SIZE) groupCache.clear();
  groupCache.set(name, groups);
  return groups;
}

/** The groups of the key sets seen lately (a word's glosses recur in every pair that holds it), at most this many. */
const groupCache = new Map<string, ReadonlySet<number>>();
const GROUP_CACHE_SIZE = 50_000;

/** Whether a report token and an original token (with their stems' groups) stand for each other. */
function counterparts(
  mine: PieceToken,
  mineGroups: ReadonlySet<number>,
  theirs: PieceToken,
  theirsGroups: ReadonlySet<number>,
): boolean {
  if (mine.number !== undefined || theirs.number !== undefined) return mine.number === theirs.number;
  for (const key of mine.keys) if (theirs.keys.has(key)) return true;
  for (const id of mineGroups) if (theirsGroups.has(id)) return true;
  return false;
}
