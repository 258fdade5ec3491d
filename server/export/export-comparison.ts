// One entry point for the export route: the format's body, its Content-Type and a download file name.
import type { SavedComparison } from '../types.ts';
import { exportCsv } from './export-csv.ts';
import { exportHtml } from './export-html.ts';
import { exportJson } from './export-json.ts';
import { exportMarkdown } from './export-markdown.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: string;
  /** For the Content-Type header. */
  contentType: string;
  /** ASCII only, safe in `Content-Disposition: attachment; filename="…"`. */
  filename: string;
}

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

const WRITERS: Readonly<Record<ExportFormat, (saved: SavedComparison) => string>> = {
  json: exportJson,
  csv: exportCsv,
  md: exportMarkdown,
  html: exportHtml,
};

/** `Xinhua vs MFA: "Summit"` → `xinhua-vs-mfa-summit`: letters and digits only, so no header or path tricks. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'comparison';
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The export of `saved` in `format`. */
export function exportComparison(saved: SavedComparison, format: ExportFormat): ExportFile {
  return {
    body: WRITERS[format](saved),
    contentType: CONTENT_TYPES[format],
    filename: `claimdiff-${slugify(saved.title)}-${saved.id.replace(/[^A-Za-z0-9_-]/g, '')}.${format}`,
  };
}
