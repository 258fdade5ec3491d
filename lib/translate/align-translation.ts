// Translation mode: a translation (the report) against the original it translates (the source), in two scripts.
// Translations keep the original's order, so the pieces of both are aligned in order (align-in-order.ts) over a
// similarity that works across the pair: CC-CEDICT glosses for Chinese, names and borrowings by sound (and
// pronouns, negation, months… by a closed-class table) for Ukrainian and Russian, the glosses of an imported
// FreeDict dictionary for German, French…, numbers for all, and the length ratio. Each pair becomes a paraphrase
// alignment; a translation piece left out is `added`, an original piece left out is `omitted` (the whole original
// is the region a translation covers). Inside each pair, the words of each side with no counterpart on the other
// are marked (cross-diff.ts). Quotes are not checked across languages: the surface cannot be compared.
import { mergeSpans } from '../spans.ts';
import type { AlignResult, Alignment, Span, TranslationDictionary } from '../types.ts';
import { alignInOrder, type OrderParams, type Step } from './align-in-order.ts';
import { FITTED_SETTINGS, MAX_JOIN, type TranslationSettings } from './params.ts';
import { attachNeighbours } from './attach-neighbours.ts';
import { detachFragments } from './detach-fragments.ts';
import { crossLanguageDiff } from './cross-diff.ts';
import { joinMinorClauses } from './join-minor-clauses.ts';
import { isLatinLanguage, scriptOf, type Language } from './language.ts';
import { flagStrengthAcross } from './strength-across.ts';
import {
  cyrillicFeatures,
  dictionaryFeatures,
  englishFeatures,
  hanFeatures,
  type UnitFeatures,
} from './unit-features.ts';
import { translationUnits, type Unit } from './units.ts';

/** The passes after the in-order search, in order; the translation trainer's --ablate leaves each out in turn. */
export const TRANSLATION_PASSES = ['attach-neighbours', 'detach-fragments', 'join-minor-clauses'] as const;
export type TranslationPass = (typeof TRANSLATION_PASSES)[number];

export interface TranslationOptions {
  /** Search settings in place of the fitted ones (lib/translate/params.json). */
  tuning?: Partial<OrderParams & TranslationSettings>;
  /** Passes to leave out. */
  skip?: readonly TranslationPass[];
  /** The dictionary of a Latin-script original's language (German, French…): its words meet the English by it. */
  dictionary?: TranslationDictionary;
}

export function alignTranslation(
  report: string,
  source: string,
  sourceLanguage: Language,
  options: TranslationOptions = {},
): AlignResult {
  const { dictionary } = options;
  const script = scriptOf(sourceLanguage) === 'han' ? 'han' : dictionary ? 'latin' : 'cyrillic';
  const reportUnits = translationUnits(report, false);
  const sourceUnits = translationUnits(source, script === 'han');
  const reportFeatures = reportUnits.map((u) => englishFeatures(report, u, script === 'cyrillic'));
  const sourceFeatures = sourceUnits.map((u): UnitFeatures => {
    if (script === 'han') return hanFeatures(source, u);
    return dictionary ? dictionaryFeatures(source, u, dictionary) : cyrillicFeatures(source, u);
  });
  // After the search: original clauses beside a pair join it when they account for more of its translation
  // (attach-neighbours.ts); a fragment of another sentence at a pair's edge that accounts for nothing leaves it for
  // the pair of its own sentence, or out (detach-fragments.ts); clauses that hold too little to be a statement of
  // their own join their sentence's pair (join-minor-clauses.ts). Pairing a
  // lone piece left out on each side between the same pairs, as hunalign does, was tried and dropped: with the
  // fitted settings it lowered the cross-validated strict pairs and moved nothing else.
  // A Latin-script original is cut into sentences as the English is, so its pieces join as few as Cyrillic ones.
  const settings = { maxJoin: MAX_JOIN[script === 'han' ? 'han' : 'cyrillic'], ...FITTED_SETTINGS, ...options.tuning };
  const sentenceEnds = sourceUnits.map((u, k) => endsSentence(source, u, sourceUnits[k + 1]));
  const passes: Record<TranslationPass, (steps: Step[]) => Step[]> = {
    'detach-fragments': (steps) => detachFragments(steps, reportFeatures, sourceFeatures, sentenceEnds),
    'attach-neighbours': (steps) => attachNeighbours(steps, reportFeatures, sourceFeatures),
    'join-minor-clauses': (steps) => joinMinorClauses(steps, sourceFeatures, sentenceEnds, settings.minorItems),
  };
  let steps = alignInOrder(reportFeatures, sourceFeatures, settings);
  for (const name of TRANSLATION_PASSES) if (!options.skip?.includes(name)) steps = passes[name](steps);

  const pairedReport = new Set<number>();
  const pairedSource = new Set<number>();
  const alignments: Alignment[] = steps.map((step) => {
    for (let i = step.a0; i < step.a1; i++) pairedReport.add(i);
    for (let j = step.b0; j < step.b1; j++) pairedSource.add(j);
    const reportSpans = joinRuns(report, reportUnits.slice(step.a0, step.a1));
    const sourceSpans = joinRuns(source, sourceUnits.slice(step.b0, step.b1));
    const diff = crossLanguageDiff(report, reportSpans, source, sourceSpans, script, dictionary);
    return {
      report: reportSpans,
      source: sourceSpans,
      kind: 'paraphrase',
      score: Math.max(0, Math.min(1, step.similarity)),
      diff,
      // A hedge, or a word of certainty, resolve or obligation, that one side has and the other does not render
      // (strength-across.ts: explicit markers against broad counterparts, never a single character's gloss).
      ...flagStrengthAcross(
        report,
        reportSpans,
        source,
        sourceSpans,
        script === 'latin' && isLatinLanguage(sourceLanguage) ? sourceLanguage : script === 'han' ? 'han' : 'cyrillic',
        diff,
      ),
    };
  });
  const left = (units: readonly Unit[], paired: Set<number>): Span[] =>
    mergeSpans(units.filter((_, k) => !paired.has(k)).map(({ start, end }) => ({ start, end })));
  return {
    version: 1,
    report: { length: report.length },
    source: { length: source.length },
    alignments,
    added: left(reportUnits, pairedReport),
    omitted: left(sourceUnits, pairedSource),
    regions: source.length ? [{ start: 0, end: source.length }] : [],
    quotes: [],
  };
}

/** Whether a sentence ends after `unit`: its last mark ends one, or the next piece is in another paragraph. */
function endsSentence(text: string, unit: Unit, next: Unit | undefined): boolean {
  if (!next || next.paragraph !== unit.paragraph) return true;
  return /[.!?。！？…]["'”’」』）》]*$/u.test(text.slice(unit.start, unit.end));
}

/** Neighbouring pieces of one paragraph as one span (what lies between them is their own punctuation or space). */
function joinRuns(text: string, units: readonly Unit[]): Span[] {
  const spans: Span[] = [];
  for (const u of units) {
    const last = spans[spans.length - 1];
    if (last && !/\n/.test(text.slice(last.end, u.start))) last.end = u.end;
    else spans.push({ start: u.start, end: u.end });
  }
  return spans;
}
