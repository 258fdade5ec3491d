// The CSV export: one row per alignment, for a spreadsheet. RFC 4180 (CRLF rows, fields with a comma, quote or
// line break quoted, quotes doubled), a UTF-8 BOM so Excel reads it as UTF-8, and cells that a spreadsheet would
// take for a formula (= + - @, tab, CR first) prefixed with ' (OWASP "CSV Injection").
import { passageText } from '../../lib/present.ts';
import { roundScore } from '../../lib/contract.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import type { SavedComparison } from '../types.ts';
import { orderAlignments } from './order-alignments.ts';

export const CSV_COLUMNS = [
  'number',
  'status',
  'origin',
  'kind',
  'matcher_kind',
  'score',
  'flags',
  'report_text',
  'source_text',
  'note',
] as const;

/** A text cell that cannot start a formula. */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const row = (cells: readonly string[]): string => cells.map(csvField).join(',');

/** The CSV export of a saved comparison, corrections applied (a rejected alignment has status `rejected`). */
export function exportCsv(saved: SavedComparison): string {
  const corrected = applyCorrections(saved.result, saved.corrections, {
    report: saved.report.text,
    source: saved.source.text,
  });
  const lines = [row(CSV_COLUMNS)];
  for (const { number, alignment: a } of orderAlignments(corrected)) {
    lines.push(
      row([
        String(number),
        a.rejected ? 'rejected' : 'kept',
        a.origin,
        a.kind,
        a.matcherKind ?? '',
        String(roundScore(a.score)),
        a.flags.join(' '),
        guardFormula(passageText(saved.report.text, a.report)),
        guardFormula(passageText(saved.source.text, a.source)),
        guardFormula(a.notes.map((n) => n.text).join('\n')),
      ]),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
