// The ComparisonStore on SQLite (better-sqlite3): one file, WAL journal, migrations in code.
//
// Durability: journal_mode=WAL with synchronous=FULL. In WAL mode NORMAL already survives a killed process
// (a commit is in the OS once it returns), but can lose the last commits on a power cut or kernel crash; FULL
// syncs the WAL on every commit, so a save the user saw acknowledged survives those too. Saves are rare user
// actions (a few per minute), and one fsync per save is cheap next to running the matcher.
// Concurrency: busy_timeout makes a second process wait for the write lock instead of failing, and every write
// runs in a BEGIN IMMEDIATE transaction, so a reader never has to upgrade to a writer mid-transaction (which
// fails at once with SQLITE_BUSY in WAL mode instead of waiting).
import Database from 'better-sqlite3';
import type { AlignResult, MatrixRun } from '../../lib/types.ts';
import {
  DOCUMENT_KINDS,
  type ComparisonSummary,
  type Correction,
  type CorrectionInput,
  type DocumentKind,
  type MatrixSummary,
  type NewDocument,
  type SavedMatrix,
  type SavedComparison,
  type StoredDocument,
} from '../types.ts';
import type {
  ComparisonStore,
  CreateComparisonInput,
  CreateMatrixInput,
  DocumentMetaPatch,
  ListOptions,
} from './comparison-store.ts';
import { createId } from './create-id.ts';
import { migrate } from './migrations.ts';
import { StoreError } from './store-error.ts';

/** How long a write waits for another connection's lock before failing, in ms. */
export const BUSY_TIMEOUT_MS = 5000;

interface DocumentRow {
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

interface ComparisonRow {
  id: string;
  title: string;
  report_id: string;
  source_id: string;
  result: string;
  matcher_version: string;
  created: string;
  updated: string;
}

interface MatrixRow {
  id: string;
  title: string;
  source_id: string;
  result: string;
  matcher_version: string;
  created: string;
  updated: string;
}

interface CorrectionRow {
  id: string;
  type: Correction['type'];
  payload: string;
  created: string;
}

const META_FIELDS = ['title', 'outlet', 'date', 'url', 'language', 'byline'] as const;

const toDocument = (row: DocumentRow): StoredDocument => ({
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

const toCorrection = (row: CorrectionRow): Correction =>
  ({ ...(JSON.parse(row.payload) as object), type: row.type, id: row.id, created: row.created }) as Correction;

function checkDocument(doc: NewDocument, where: string): void {
  if (typeof doc?.text !== 'string' || doc.text.trim() === '')
    throw new TypeError(`${where}.text must be a non-empty string`);
  if (!DOCUMENT_KINDS.includes(doc.kind))
    throw new TypeError(`${where}.kind must be one of ${DOCUMENT_KINDS.join(', ')}, got ${JSON.stringify(doc.kind)}`);
}

function checkResult(result: AlignResult, report: string, source: string): void {
  if (result?.version !== 1 || !Array.isArray(result.alignments))
    throw new TypeError('result must be an AlignResult (version 1)');
  if (result.report.length !== report.length)
    throw new RangeError(
      `result.report.length is ${result.report.length}, but the report text has ${report.length} characters`,
    );
  if (result.source.length !== source.length)
    throw new RangeError(
      `result.source.length is ${result.source.length}, but the source text has ${source.length} characters`,
    );
}

function checkMatrixRun(run: MatrixRun, source: string, reports: readonly string[]): void {
  if (!Array.isArray(run?.pairs) || run.matrix?.version !== 1) throw new TypeError('result must be a MatrixRun');
  if (run.pairs.length !== reports.length || run.matrix.reports.length !== reports.length)
    throw new RangeError(
      `result has ${run.pairs.length} pairs and ${run.matrix.reports.length} matrix columns, but there are ${reports.length} reports`,
    );
  run.pairs.forEach((pair, i) => checkResult(pair, reports[i]!, source));
  if (run.matrix.source.length !== source.length)
    throw new RangeError('result.matrix.source.length differs from the source');
}

/** Opens (creating and migrating if needed) the database at `path`; `:memory:` for a throwaway store. */
export function openSqliteStore(path: string): ComparisonStore {
  const where = path === ':memory:' ? 'the in-memory database' : `the database ${path}`;
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new StoreError('open-failed', `cannot open ${where}: ${(error as Error).message}`, { cause: error });
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`); // first: the pragmas below may themselves wait for a lock
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, undefined, where);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new StoreError(
        'not-a-database',
        `${where} is not a SQLite database or is damaged (${code}); move it aside or set CLAIMDIFF_DB to another file`,
        { cause: error },
      );
    throw new StoreError('open-failed', `cannot open ${where}: ${(error as Error).message}`, { cause: error });
  }
  return createSqliteStore(db);
}

function createSqliteStore(db: Database.Database): ComparisonStore {
  const now = (): string => new Date().toISOString();
  const q = {
    insertDocument: db.prepare(
      'INSERT INTO documents (id, text, title, outlet, date, url, language, byline, kind, seed_file, created) VALUES (@id, @text, @title, @outlet, @date, @url, @language, @byline, @kind, @seed_file, @created)',
    ),
    getDocument: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    seedDocuments: db.prepare<[], DocumentRow>('SELECT * FROM documents WHERE seed_file IS NOT NULL ORDER BY rowid'),
    seedByFile: db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE seed_file = ?'),
    insertComparison: db.prepare(
      'INSERT INTO comparisons (id, title, report_id, source_id, result, matcher_version, created, updated) VALUES (@id, @title, @report_id, @source_id, @result, @matcher_version, @created, @updated)',
    ),
    getComparison: db.prepare<[string], ComparisonRow>('SELECT * FROM comparisons WHERE id = ?'),
    listComparisons: db.prepare<
      [number, number],
      {
        id: string;
        title: string;
        report_title: string | null;
        source_title: string | null;
        created: string;
        updated: string;
      }
    >(
      `SELECT c.id, c.title, r.title AS report_title, s.title AS source_title, c.created, c.updated
       FROM comparisons c JOIN documents r ON r.id = c.report_id JOIN documents s ON s.id = c.source_id
       ORDER BY c.created DESC, c.rowid DESC LIMIT ? OFFSET ?`,
    ),
    rename: db.prepare<[string, string, string]>('UPDATE comparisons SET title = ?, updated = ? WHERE id = ?'),
    updateResult: db.prepare<[string, string, string, string]>(
      'UPDATE comparisons SET result = ?, matcher_version = ?, updated = ? WHERE id = ?',
    ),
    deleteComparison: db.prepare<[string]>('DELETE FROM comparisons WHERE id = ?'),
    // A comparison's or matrix's own documents go with it; seeds and documents anything else uses stay.
    deleteOrphan: db.prepare<[{ id: string }]>(
      `DELETE FROM documents WHERE id = @id AND seed_file IS NULL
         AND NOT EXISTS (SELECT 1 FROM comparisons WHERE report_id = @id OR source_id = @id)
         AND NOT EXISTS (SELECT 1 FROM matrices WHERE source_id = @id)
         AND NOT EXISTS (SELECT 1 FROM matrix_reports WHERE document_id = @id)`,
    ),
    insertMatrix: db.prepare(
      'INSERT INTO matrices (id, title, source_id, result, matcher_version, created, updated) VALUES (@id, @title, @source_id, @result, @matcher_version, @created, @updated)',
    ),
    insertMatrixReport: db.prepare<[string, number, string]>(
      'INSERT INTO matrix_reports (matrix_id, position, document_id) VALUES (?, ?, ?)',
    ),
    getMatrix: db.prepare<[string], MatrixRow>('SELECT * FROM matrices WHERE id = ?'),
    matrixReports: db.prepare<[string], { document_id: string }>(
      'SELECT document_id FROM matrix_reports WHERE matrix_id = ? ORDER BY position',
    ),
    listMatrices: db.prepare<
      [number, number],
      { id: string; title: string; source_title: string | null; report_count: number; created: string; updated: string }
    >(
      `SELECT m.id, m.title, s.title AS source_title,
         (SELECT COUNT(*) FROM matrix_reports r WHERE r.matrix_id = m.id) AS report_count, m.created, m.updated
       FROM matrices m JOIN documents s ON s.id = m.source_id
       ORDER BY m.created DESC, m.rowid DESC LIMIT ? OFFSET ?`,
    ),
    renameMatrix: db.prepare<[string, string, string]>('UPDATE matrices SET title = ?, updated = ? WHERE id = ?'),
    deleteMatrix: db.prepare<[string]>('DELETE FROM matrices WHERE id = ?'),
    touchByDocument: db.prepare<[string, string, string]>(
      'UPDATE comparisons SET updated = ? WHERE report_id = ? OR source_id = ?',
    ),
    touch: db.prepare<[string, string]>('UPDATE comparisons SET updated = ? WHERE id = ?'),
    insertCorrection: db.prepare(
      'INSERT INTO corrections (id, comparison_id, type, payload, created) VALUES (@id, @comparison_id, @type, @payload, @created)',
    ),
    listCorrections: db.prepare<[string], CorrectionRow>(
      'SELECT id, type, payload, created FROM corrections WHERE comparison_id = ? ORDER BY rowid',
    ),
    deleteCorrection: db.prepare<[string, string]>('DELETE FROM corrections WHERE id = ? AND comparison_id = ?'),
  };

  const insertDocument = (doc: NewDocument, seedFile: string | null, created: string): string => {
    const id = createId();
    q.insertDocument.run({
      id,
      text: doc.text,
      kind: doc.kind,
      ...Object.fromEntries(META_FIELDS.map((f) => [f, doc[f] ?? null])),
      seed_file: seedFile,
      created,
    });
    return id;
  };

  const readComparison = (id: string): SavedComparison | null => {
    const row = q.getComparison.get(id);
    if (!row) return null;
    const report = q.getDocument.get(row.report_id);
    const source = q.getDocument.get(row.source_id);
    if (!report || !source) throw new Error(`comparison ${id} lost a document (foreign keys were off?)`);
    return {
      id: row.id,
      title: row.title,
      report: toDocument(report),
      source: toDocument(source),
      result: JSON.parse(row.result) as AlignResult,
      matcherVersion: row.matcher_version,
      corrections: q.listCorrections.all(id).map(toCorrection),
      created: row.created,
      updated: row.updated,
    };
  };

  const createComparison = db.transaction((input: CreateComparisonInput): string => {
    const created = now();
    const id = createId();
    q.insertComparison.run({
      id,
      title: input.title?.trim() || input.report.title?.trim() || 'Untitled comparison',
      report_id: insertDocument(input.report, null, created),
      source_id: insertDocument(input.source, null, created),
      result: JSON.stringify(input.result),
      matcher_version: input.matcherVersion,
      created,
      updated: created,
    });
    return id;
  });

  const deleteComparison = db.transaction((id: string): boolean => {
    const row = q.getComparison.get(id);
    if (!row) return false;
    q.deleteComparison.run(id); // corrections go by ON DELETE CASCADE
    for (const doc of new Set([row.report_id, row.source_id])) q.deleteOrphan.run({ id: doc });
    return true;
  });

  const readMatrix = (id: string): SavedMatrix | null => {
    const row = q.getMatrix.get(id);
    if (!row) return null;
    const document = (docId: string): StoredDocument => {
      const doc = q.getDocument.get(docId);
      if (!doc) throw new Error(`matrix ${id} lost a document (foreign keys were off?)`);
      return toDocument(doc);
    };
    return {
      id: row.id,
      title: row.title,
      source: document(row.source_id),
      reports: q.matrixReports.all(id).map((r) => document(r.document_id)),
      result: JSON.parse(row.result) as MatrixRun,
      matcherVersion: row.matcher_version,
      created: row.created,
      updated: row.updated,
    };
  };

  const createMatrix = db.transaction((input: CreateMatrixInput): string => {
    const created = now();
    const id = createId();
    q.insertMatrix.run({
      id,
      title: input.title?.trim() || input.source.title?.trim() || 'Untitled matrix',
      source_id: insertDocument(input.source, null, created),
      result: JSON.stringify(input.result),
      matcher_version: input.matcherVersion,
      created,
      updated: created,
    });
    input.reports.forEach((report, position) =>
      q.insertMatrixReport.run(id, position, insertDocument(report, null, created)),
    );
    return id;
  });

  const deleteMatrix = db.transaction((id: string): boolean => {
    const row = q.getMatrix.get(id);
    if (!row) return false;
    const docs = new Set([row.source_id, ...q.matrixReports.all(id).map((r) => r.document_id)]);
    q.deleteMatrix.run(id); // matrix_reports go by ON DELETE CASCADE
    for (const doc of docs) q.deleteOrphan.run({ id: doc });
    return true;
  });

  const addCorrection = db.transaction((comparisonId: string, input: CorrectionInput): Correction | null => {
    if (!q.getComparison.get(comparisonId)) return null;
    const { type, ...payload } = input;
    const row = { id: createId(), comparison_id: comparisonId, type, payload: JSON.stringify(payload), created: now() };
    q.insertCorrection.run(row);
    q.touch.run(row.created, comparisonId);
    return toCorrection(row);
  });

  const deleteCorrection = db.transaction((comparisonId: string, correctionId: string): boolean => {
    const changed = q.deleteCorrection.run(correctionId, comparisonId).changes > 0;
    if (changed) q.touch.run(now(), comparisonId);
    return changed;
  });

  const updateDocumentMeta = db.transaction((documentId: string, patch: DocumentMetaPatch): StoredDocument | null => {
    const row = q.getDocument.get(documentId);
    if (!row) return null;
    if (patch.kind !== undefined && !DOCUMENT_KINDS.includes(patch.kind))
      throw new TypeError(`patch.kind must be one of ${DOCUMENT_KINDS.join(', ')}, got ${JSON.stringify(patch.kind)}`);
    // Column names come from the fixed list, never from the patch's keys.
    const fields = [...META_FIELDS, 'kind' as const].filter((f) => patch[f] !== undefined);
    if (fields.length) {
      db.prepare(`UPDATE documents SET ${fields.map((f) => `${f} = @${f}`).join(', ')} WHERE id = @id`).run({
        id: documentId,
        ...Object.fromEntries(fields.map((f) => [f, patch[f] ?? null])),
      });
      q.touchByDocument.run(now(), documentId, documentId);
    }
    return toDocument(q.getDocument.get(documentId)!);
  });

  const addSeedDocument = db.transaction((seedFile: string, doc: NewDocument): boolean => {
    if (q.seedByFile.get(seedFile)) return false;
    insertDocument(doc, seedFile, now());
    return true;
  });

  return {
    async createComparison(input) {
      checkDocument(input.report, 'report');
      checkDocument(input.source, 'source');
      checkResult(input.result, input.report.text, input.source.text);
      if (typeof input.matcherVersion !== 'string' || input.matcherVersion === '')
        throw new TypeError('matcherVersion must be a non-empty string');
      const id = createComparison.immediate(input);
      return readComparison(id)!;
    },
    async getComparison(id) {
      return readComparison(id);
    },
    async listComparisons({ limit = 200, offset = 0 }: ListOptions = {}): Promise<ComparisonSummary[]> {
      return q.listComparisons.all(limit, offset).map((r) => ({
        id: r.id,
        title: r.title,
        reportTitle: r.report_title,
        sourceTitle: r.source_title,
        created: r.created,
        updated: r.updated,
      }));
    },
    async renameComparison(id, title) {
      if (typeof title !== 'string' || title.trim() === '') throw new TypeError('title must be a non-empty string');
      return db.transaction(() => q.rename.run(title.trim(), now(), id).changes > 0).immediate();
    },
    async deleteComparison(id) {
      return deleteComparison.immediate(id);
    },
    async updateResult(id, result, matcherVersion) {
      return db
        .transaction(() => {
          const row = q.getComparison.get(id);
          if (!row) return false;
          const report = q.getDocument.get(row.report_id)!;
          const source = q.getDocument.get(row.source_id)!;
          checkResult(result, report.text, source.text);
          return q.updateResult.run(JSON.stringify(result), matcherVersion, now(), id).changes > 0;
        })
        .immediate();
    },
    async addCorrection(comparisonId, correction) {
      return addCorrection.immediate(comparisonId, correction);
    },
    async listCorrections(comparisonId) {
      return q.listCorrections.all(comparisonId).map(toCorrection);
    },
    async deleteCorrection(comparisonId, correctionId) {
      return deleteCorrection.immediate(comparisonId, correctionId);
    },
    async createMatrix(input) {
      checkDocument(input.source, 'source');
      if (!Array.isArray(input.reports) || input.reports.length === 0)
        throw new TypeError('reports must be a non-empty array');
      input.reports.forEach((r, i) => checkDocument(r, `reports[${i}]`));
      checkMatrixRun(
        input.result,
        input.source.text,
        input.reports.map((r) => r.text),
      );
      if (typeof input.matcherVersion !== 'string' || input.matcherVersion === '')
        throw new TypeError('matcherVersion must be a non-empty string');
      return readMatrix(createMatrix.immediate(input))!;
    },
    async getMatrix(id) {
      return readMatrix(id);
    },
    async listMatrices({ limit = 200, offset = 0 }: ListOptions = {}): Promise<MatrixSummary[]> {
      return q.listMatrices.all(limit, offset).map((r) => ({
        id: r.id,
        title: r.title,
        sourceTitle: r.source_title,
        reportCount: r.report_count,
        created: r.created,
        updated: r.updated,
      }));
    },
    async renameMatrix(id, title) {
      if (typeof title !== 'string' || title.trim() === '') throw new TypeError('title must be a non-empty string');
      return db.transaction(() => q.renameMatrix.run(title.trim(), now(), id).changes > 0).immediate();
    },
    async deleteMatrix(id) {
      return deleteMatrix.immediate(id);
    },
    async getDocument(id) {
      const row = q.getDocument.get(id);
      return row ? toDocument(row) : null;
    },
    async updateDocumentMeta(documentId, patch) {
      return updateDocumentMeta.immediate(documentId, patch);
    },
    async listSeedDocuments() {
      return q.seedDocuments.all().map(toDocument);
    },
    async addSeedDocument(seedFile, doc) {
      checkDocument(doc, 'document');
      return addSeedDocument.immediate(seedFile, doc);
    },
    close() {
      db.close();
    },
  };
}
