// Whether a word diff pairs words of two scripts: a translation against its original (lib/translate/cross-diff.ts).
// Such a diff has no reading line, as two languages order their words differently; the comparison view and the
// CLI's text format then mark each side's passage on its own.
import type { DiffPart } from '../types.ts';

const LATIN = /\p{Script=Latin}/gu;
const OTHER = /[\p{Script=Han}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Latin or another script, by which has more letters in `text` (a Latin acronym in Chinese text is not enough). */
function scriptOf(text: string): 'latin' | 'other' | null {
  const latin = text.match(LATIN)?.length ?? 0;
  const other = text.match(OTHER)?.length ?? 0;
  if (latin === 0 && other === 0) return null;
  return latin >= other ? 'latin' : 'other';
}

export function crossesScripts(report: string, source: string, diff: readonly DiffPart[]): boolean {
  const reportText = diff.flatMap((p) => (p.op === 'omitted' ? [] : [report.slice(p.report.start, p.report.end)]));
  const sourceText = diff.flatMap((p) => (p.op === 'added' ? [] : [source.slice(p.source.start, p.source.end)]));
  const a = scriptOf(reportText.join(' '));
  const b = scriptOf(sourceText.join(' '));
  return a !== null && b !== null && a !== b;
}
