// The exports of a saved matrix (issue 6). JSON: the `claimdiff matrix --format json` contract of the stored run
// (so `pairs` is each report's align contract) plus what the store knows (`saved`). CSV: one row per statement,
// with the carried kind, score and passage of each report; quoting and the formula guard of export-csv.ts.
import { toMatrixContract } from '../../lib/matrix/contract.ts';
import { roundScore } from '../../lib/contract.ts';
import { passageText } from '../../lib/present.ts';
import type { SavedMatrix, StoredDocument } from '../types.ts';
import { guardFormula, toCsv } from './export-csv.ts';

export const MATRIX_EXPORT_FORMATS = ['json', 'csv'] as const;
export type MatrixExportFormat = (typeof MATRIX_EXPORT_FORMATS)[number];

export const isMatrixExportFormat = (value: string): value is MatrixExportFormat =>
  (MATRIX_EXPORT_FORMATS as readonly string[]).includes(value);

const describeDocument = (d: StoredDocument) => ({
  title: d.title,
  outlet: d.outlet,
  date: d.date,
  url: d.url,
  language: d.language,
  kind: d.kind,
});

/** The column name of report `i`: its title or outlet, else `report N`. */
const reportName = (d: StoredDocument, i: number): string => d.title?.trim() || d.outlet?.trim() || `report ${i + 1}`;

export function exportMatrixJson(saved: SavedMatrix): string {
  return `${JSON.stringify(
    {
      ...toMatrixContract(saved.result),
      saved: {
        id: saved.id,
        title: saved.title,
        matcherVersion: saved.matcherVersion,
        created: saved.created,
        updated: saved.updated,
        source: describeDocument(saved.source),
        reports: saved.reports.map(describeDocument),
      },
    },
    null,
    2,
  )}\n`;
}

export function exportMatrixCsv(saved: SavedMatrix): string {
  const names = saved.reports.map(reportName);
  const header = [
    'number',
    'statement',
    'carried_by',
    ...names.flatMap((n) => [`${n}: kind`, `${n}: score`, `${n}: passage`]),
  ];
  const rows = [header.map(guardFormula)];
  saved.result.matrix.rows.forEach((r, i) => {
    const cells = r.cells.flatMap((cell, k) =>
      cell
        ? [cell.carry, String(roundScore(cell.score)), guardFormula(passageText(saved.reports[k]!.text, cell.report))]
        : ['none', '', ''],
    );
    rows.push([String(i + 1), guardFormula(passageText(saved.source.text, [r.source])), String(r.carriedBy), ...cells]);
  });
  return toCsv(rows);
}

/** A download: body, type and file name. */
export function exportMatrix(
  saved: SavedMatrix,
  format: MatrixExportFormat,
): { body: string; contentType: string; filename: string } {
  const filename = `claimdiff-matrix-${saved.id}.${format}`;
  return format === 'json'
    ? { body: exportMatrixJson(saved), contentType: 'application/json; charset=utf-8', filename }
    : { body: exportMatrixCsv(saved), contentType: 'text/csv; charset=utf-8', filename };
}
