// The rows of the store's tables as both engines return them (better-sqlite3; pg with JSON columns read as text),
// and the store's objects they map to. Columns are snake_case, fields camelCase; JSON columns are parsed here, and
// timestamps are ISO 8601 strings in UTC.
import type { LessonPack, PackDocument } from '../../lib/teach/types.ts';
import type {
  ComparisonSummary,
  Correction,
  DocumentKind,
  MatrixSummary,
  PackSummary,
  SourceSummary,
  StoredDocument,
} from '../types.ts';

export interface DocumentRow {
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  language: string | null;
  byline: string | null;
  kind: DocumentKind;
  seed_file: string | null;
  created: string;
}

export interface ComparisonRow {
  id: string;
  title: string;
  report_id: string;
  source_id: string;
  result: string;
  matcher_version: string;
  created: string;
  updated: string;
}

export interface MatrixRow {
  id: string;
  title: string;
  source_id: string;
  result: string;
  matcher_version: string;
  created: string;
  updated: string;
}

export interface CorrectionRow {
  id: string;
  type: Correction['type'];
  payload: string;
  created: string;
}

/** A row of the comparison list: the comparison joined with its documents' titles. */
export interface ComparisonSummaryRow {
  id: string;
  title: string;
  report_title: string | null;
  source_title: string | null;
  created: string;
  updated: string;
}

/** A row of the matrix list: the matrix joined with its source's title and its number of reports. */
export interface MatrixSummaryRow {
  id: string;
  title: string;
  source_title: string | null;
  report_count: number;
  created: string;
  updated: string;
}

/** The metadata columns of `documents`, named as in DocumentMeta; a patch's columns come from this fixed list. */
export const META_FIELDS = ['title', 'outlet', 'date', 'url', 'language', 'byline'] as const;

/** The value of a `created` or `updated` column for now. */
export const timestamp = (): string => new Date().toISOString();

export const toDocument = (row: DocumentRow): StoredDocument => ({
  id: row.id,
  text: row.text,
  kind: row.kind,
  title: row.title,
  outlet: row.outlet,
  date: row.date,
  url: row.url,
  language: row.language,
  byline: row.byline,
  created: row.created,
  seedFile: row.seed_file,
});

export const toCorrection = (row: CorrectionRow): Correction =>
  ({ ...(JSON.parse(row.payload) as object), type: row.type, id: row.id, created: row.created }) as Correction;

export const toComparisonSummary = (row: ComparisonSummaryRow): ComparisonSummary => ({
  id: row.id,
  title: row.title,
  reportTitle: row.report_title,
  sourceTitle: row.source_title,
  created: row.created,
  updated: row.updated,
});

export const toMatrixSummary = (row: MatrixSummaryRow): MatrixSummary => ({
  id: row.id,
  title: row.title,
  sourceTitle: row.source_title,
  reportCount: row.report_count,
  created: row.created,
  updated: row.updated,
});

export interface PackRow {
  id: string;
  title: string;
  brief: string;
  comparison_id: string | null;
  report: string;
  source: string;
  key: string;
  exercises: string;
  created: string;
  updated: string;
}

/** A teacher's pack from its row (a shipped pack is a file, never a row). */
/** A teacher pack as the teacher's list shows it. */
export const toPackSummary = (row: PackRow): PackSummary => {
  const pack = toPack(row);
  return {
    id: pack.id,
    title: pack.title,
    reportTitle: pack.report.title,
    sourceTitle: pack.source.title,
    exercises: pack.exercises.length,
    shipped: false,
    created: row.created,
  };
};

export const toPack = (row: PackRow): LessonPack => ({
  id: row.id,
  title: row.title,
  brief: row.brief,
  report: JSON.parse(row.report) as PackDocument,
  source: JSON.parse(row.source) as PackDocument,
  key: JSON.parse(row.key) as LessonPack['key'],
  exercises: JSON.parse(row.exercises) as string[],
  shipped: false,
});

export interface SourceRow {
  seq: number;
  id: string;
  text: string;
  kind: SourceSummary['kind'];
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  path: string | null;
  seed_file: string | null;
  created: string;
  length: number;
}

/** The columns of a source's summary (all but the text), `length` for `chars`. */
export const SOURCE_SUMMARY_COLUMNS =
  'seq, id, kind, title, outlet, date, url, path, seed_file, created, chars AS length';

export const toSourceSummary = (row: Omit<SourceRow, 'text' | 'seq'>): SourceSummary => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  outlet: row.outlet,
  date: row.date,
  url: row.url,
  path: row.path,
  length: row.length,
  seedFile: row.seed_file,
  created: row.created,
});
