// Whether a word diff pairs words of two scripts: a translation against its original (lib/translate/cross-diff.ts).
// Such a diff has no reading line, as two languages order their words differently; the comparison view and the
// CLI's text format then mark each side's passage on its own.
import { detectLanguage, scriptOf } from '../translate/language.ts';
import { detectLatinLanguage, readsAsEnglish } from '../translate/latin-language.ts';
import type { DiffPart } from '../types.ts';

/** The script most of `text` is written in (a Latin acronym in Chinese text is not enough), or null for none. */
function scriptOfText(text: string) {
  const language = detectLanguage(text);
  return language === 'und' ? null : scriptOf(language);
}

export function crossesScripts(report: string, source: string, diff: readonly DiffPart[]): boolean {
  const reportText = diff.flatMap((p) => (p.op === 'omitted' ? [] : [report.slice(p.report.start, p.report.end)]));
  const sourceText = diff.flatMap((p) => (p.op === 'added' ? [] : [source.slice(p.source.start, p.source.end)]));
  const a = scriptOfText(reportText.join(' '));
  const b = scriptOfText(sourceText.join(' '));
  if (a === 'latin' && b === 'latin') return latinTranslation(report, source);
  return a !== null && b !== null && a !== b;
}

let lastPair: { report: string; source: string; answer: boolean } | null = null;

/**
 * Whether two Latin-script texts are an English translation and its German, French… original (aligned so with
 * an imported dictionary): told from the whole texts' function words, as a passage holds too few of them. Asked
 * once per pair of texts, however many alignments it has.
 */
function latinTranslation(report: string, source: string): boolean {
  if (lastPair?.report === report && lastPair.source === source) return lastPair.answer;
  const answer = detectLatinLanguage(source) !== 'en' && readsAsEnglish(report);
  lastPair = { report, source, answer };
  return answer;
}
