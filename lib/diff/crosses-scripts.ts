// Whether a word diff pairs words of two scripts: a translation against its original (lib/translate/cross-diff.ts).
// Such a diff has no reading line, as two languages order their words differently; the comparison view and the
// CLI's text format then mark each side's passage on its own.
import { detectLanguage, scriptOf } from '../translate/language.ts';
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
  return a !== null && b !== null && a !== b;
}
