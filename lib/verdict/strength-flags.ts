// `sharpened` / `softened`: whether the report states the claim more strongly or more weakly than its source
// (../shared/eval/FLAGS.md). What counts is what changes the claim: its certainty and modality ("may" → "will"),
// its frequency ("sometimes" → "often"), a restriction added ("only"), a hedge or a condition kept or dropped ("I
// think", "we understand that", "if …"), and the report's characterisation of the speaker's stance ("slammed",
// "warned", "accused" for what the source simply says). Spoken fillers and intensifiers ("very", "really",
// "completely", "of course"), the plain reporting verbs ("said", "stressed", "pointed out", "noted") and
// distancing quotes are never a flag. When the evidence points both ways the alignment carries neither, and a
// withheld detail says why.
import type { FlagDetail, Span } from '../types.ts';
import { compareStrength, type WordRange } from './strength.ts';

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+/gu;

/** The lexicon's scales that change a claim (lexicon.ts); the others only colour its telling. */
const CLAIM_SCALES = new Set(['certainty', 'frequency', 'restriction', 'criticism']);
/** Stance is the report's characterisation: a stance word only the source has (a reporter's question) softens nothing. */
const REPORT_ONLY_SCALES = new Set(['criticism']);

/** Hedges and conditions that weaken the claim they stand before. */
const HEDGES = [
  'i think', 'i believe', 'we think', 'we believe', 'i understand', 'we understand', 'i expect', 'we expect', 'i hope',
  'we hope', 'we intend', 'i intend', 'we plan', 'it seems', 'it appears', 'in my view', 'as far as i know', 'if', 'unless',
].map((h) => h.split(' '));

function wordsOf(text: string, spans: readonly Span[]): { words: string[]; at: Span[] } {
  const words: string[] = [];
  const at: Span[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(WORD)) {
      words.push(m[0].toLowerCase().replace(/’/g, "'"));
      at.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  return { words, at };
}

const spanOf = (at: readonly Span[], range: WordRange | undefined): Span | undefined =>
  range && at[range.start] && at[range.end - 1] ? { start: at[range.start]!.start, end: at[range.end - 1]!.end } : undefined;

/** The first hedge of `words`, as a word range. */
function findHedge(words: readonly string[]): { range: WordRange; text: string } | null {
  for (let i = 0; i < words.length; i++)
    for (const h of HEDGES) if (h.every((w, k) => words[i + k] === w)) return { range: { start: i, end: i + h.length }, text: h.join(' ') };
  return null;
}

export function flagStrength(reportText: string, reportSpans: readonly Span[], sourceText: string, sourceSpans: readonly Span[]): FlagDetail[] {
  const r = wordsOf(reportText, reportSpans);
  const s = wordsOf(sourceText, sourceSpans);
  const details: FlagDetail[] = compareStrength(r.words, s.words)
    .filter((c) => CLAIM_SCALES.has(c.scale) && !(REPORT_ONLY_SCALES.has(c.scale) && c.direction === 'softened'))
    .map((change) => {
      const report = spanOf(r.at, change.reportRange);
      const source = spanOf(s.at, change.sourceRange);
      return { flag: change.direction, ...(report && { report }), ...(source && { source }), message: change.message };
    });
  const rh = findHedge(r.words);
  const sh = findHedge(s.words);
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
