// `sharpened` / `softened`: whether the report states the claim more strongly or more weakly than its source
// (../shared/eval/FLAGS.md). What counts is what changes the claim: its certainty and modality ("may" → "will"),
// its frequency ("sometimes" → "often"), a restriction added ("only"), a hedge or a condition kept or dropped ("I
// think", "we understand that", "if …"), and the report's characterisation of the speaker's stance ("slammed",
// "warned", "accused" for what the source simply says). Spoken fillers and intensifiers ("very", "really",
// "completely", "of course"), the plain reporting verbs ("said", "stressed", "pointed out", "noted") and
// distancing quotes are never a flag. When the evidence points both ways the alignment carries neither, and a
// withheld detail says why.
import type { FlagDetail, Span } from '../types.ts';
import { stemWord } from '../normalize/stem.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import { compareStrength, type WordRange } from './strength.ts';

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+/gu;

/** The lexicon's scales that change a claim (lexicon.ts); the others only colour its telling. */
const CLAIM_SCALES = new Set(['certainty', 'frequency', 'restriction', 'criticism']);
/** Stance is the report's characterisation: a stance word only the source has (a reporter's question) softens nothing. */
const REPORT_ONLY_SCALES = new Set(['criticism']);

/**
 * Scales whose word bears on the claim after it ("may express", "only serves", "often says"): a change on them, and a
 * hedge, counts only where that claim is reported on the other side too. An aligned passage often holds more than
 * the one statement ("… and ways new collaboration could drive improvements"), and a modal of a clause the other side
 * does not report changes nothing the other side says.
 */
const PREDICATE_SCALES = new Set(['certainty', 'frequency', 'restriction']);
/** The claim a modal or hedge bears on: the first few content words within a short reach after it. */
const CLAIM_WORDS = 3;
const CLAIM_REACH = 8;
/** Conjunctions of a condition that a report's "if" restates rather than adds ("when there's a crisis"). */
const CONDITIONALS = new Set(['when', 'whenever']);

/** Hedges and conditions that weaken the claim they stand before. */
const HEDGES = [
  'i think',
  'i believe',
  'we think',
  'we believe',
  'i understand',
  'we understand',
  'i expect',
  'we expect',
  'i hope',
  'we hope',
  'we intend',
  'i intend',
  'we plan',
  'it seems',
  'it appears',
  'in my view',
  'as far as i know',
  'if',
  'unless',
].map((h) => h.split(' '));

/** A passage's words: as written (`cased`, for the strength scales) and lower-case (`words`), with their spans. */
function wordsOf(text: string, spans: readonly Span[]): { words: string[]; cased: string[]; at: Span[] } {
  const words: string[] = [];
  const cased: string[] = [];
  const at: Span[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(WORD)) {
      cased.push(m[0]);
      words.push(m[0].toLowerCase().replace(/’/g, "'"));
      at.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  return { words, cased, at };
}

/** The stem keys a word can match by: itself, and a hyphenated word also joined and by its parts ("re-affirm"). */
const stemKeys = (word: string): string[] =>
  word.includes('-') ? [word.replaceAll('-', ''), ...word.split('-').filter(Boolean)].map(stemWord) : [stemWord(word)];

/** The stem keys of a passage's content words. */
const contentStems = (words: readonly string[]): Set<string> =>
  new Set(words.filter((w) => !isStopWord(w)).flatMap(stemKeys));

/**
 * Whether the claim the words at `range` bear on is reported on the other side: one of the first content words after
 * them is there too. With no content word after them (the passage ends) there is nothing to tell by, and it counts.
 */
function claimReported(words: readonly string[], range: WordRange, other: ReadonlySet<string>): boolean {
  const after = words
    .slice(range.end, range.end + CLAIM_REACH)
    .filter((w) => !isStopWord(w))
    .slice(0, CLAIM_WORDS);
  return after.length === 0 || after.some((w) => stemKeys(w).some((key) => other.has(key)));
}

const spanOf = (at: readonly Span[], range: WordRange | undefined): Span | undefined =>
  range && at[range.start] && at[range.end - 1]
    ? { start: at[range.start]!.start, end: at[range.end - 1]!.end }
    : undefined;

/** The first hedge of `words` that `keep` accepts, as a word range. */
function findHedge(
  words: readonly string[],
  keep: (range: WordRange) => boolean,
): { range: WordRange; text: string } | null {
  for (let i = 0; i < words.length; i++)
    for (const h of HEDGES) {
      const range = { start: i, end: i + h.length };
      if (h.every((w, k) => words[i + k] === w) && keep(range)) return { range, text: h.join(' ') };
    }
  return null;
}

export function flagStrength(
  reportText: string,
  reportSpans: readonly Span[],
  sourceText: string,
  sourceSpans: readonly Span[],
): FlagDetail[] {
  const r = wordsOf(reportText, reportSpans);
  const s = wordsOf(sourceText, sourceSpans);
  const reportStems = contentStems(r.words);
  const sourceStems = contentStems(s.words);
  const reported = (c: { reportRange?: WordRange; sourceRange?: WordRange }): boolean =>
    (c.reportRange !== undefined && claimReported(r.words, c.reportRange, sourceStems)) ||
    (c.sourceRange !== undefined && claimReported(s.words, c.sourceRange, reportStems));
  const details: FlagDetail[] = compareStrength(r.cased, s.cased)
    .filter((c) => CLAIM_SCALES.has(c.scale) && !(REPORT_ONLY_SCALES.has(c.scale) && c.direction === 'softened'))
    .filter((c) => !PREDICATE_SCALES.has(c.scale) || reported(c))
    .map((change) => {
      const report = spanOf(r.at, change.reportRange);
      const source = spanOf(s.at, change.sourceRange);
      return { flag: change.direction, ...(report && { report }), ...(source && { source }), message: change.message };
    });
  const hedgeOf = (side: typeof r, other: Set<string>) =>
    findHedge(side.words, (range) => claimReported(side.words, range, other));
  let rh = hedgeOf(r, sourceStems);
  const sh = hedgeOf(s, reportStems);
  if (rh?.text === 'if' && s.words.some((w) => CONDITIONALS.has(w))) rh = null;
  if (sh && !rh) {
    const source = spanOf(s.at, sh.range)!;
    details.push({ flag: 'sharpened', source, message: `dropped the hedge or condition "${sh.text}" (stronger)` });
  } else if (rh && !sh) {
    const report = spanOf(r.at, rh.range)!;
    details.push({ flag: 'softened', report, message: `added the hedge or condition "${rh.text}" (weaker)` });
  }
  const up = details.some((d) => d.flag === 'sharpened');
  const down = details.some((d) => d.flag === 'softened');
  if (up && down)
    return [
      {
        flag: 'sharpened',
        withheld: true,
        message: `strength changes both ways, so neither flag is raised: ${details.map((d) => d.message).join('; ')}`,
      },
    ];
  return details;
}
