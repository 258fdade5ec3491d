// The CSV export: one row per alignment, for a spreadsheet. RFC 4180 by csv-stringify (CRLF rows, fields with a
// comma, quote or line break quoted, quotes doubled), a UTF-8 BOM so Excel reads it as UTF-8, and cells that a
// spreadsheet would take for a formula (= + - @, tab, CR first) prefixed with ' (OWASP "CSV Injection").
import { stringify, type Options } from 'csv-stringify/sync';
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

// With CRLF rows csv-stringify quotes a lone \n or \r only when told to: Excel and RFC 4180 need both quoted.
const CSV_OPTIONS: Options = { record_delimiter: 'windows', quote_record_delimiter: true };

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return stringify([[value]], { ...CSV_OPTIONS, eof: false });
}

/** A CSV file of `rows`: BOM first, CRLF after every row. The formula guard is the caller's, per text cell. */
export function toCsv(rows: string[][]): string {
  return stringify(rows, { ...CSV_OPTIONS, bom: true });
}

/** The CSV export of a saved comparison, corrections applied (a rejected alignment has status `rejected`). */
export function exportCsv(saved: SavedComparison): string {
  const corrected = applyCorrections(saved.result, saved.corrections, {
    report: saved.report.text,
    source: saved.source.text,
  });
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { number, alignment: a } of orderAlignments(corrected)) {
    rows.push([
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
    ]);
  }
  return toCsv(rows);
}
