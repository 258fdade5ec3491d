// The matrices and matrix_reports tables: a saved statement matrix (one source, its reports in column order) with
// the run as it was computed (JSON) and the claimdiff version that computed it. Its documents are its own rows of
// `documents`, as a comparison's are.
import type Database from 'better-sqlite3';
import type { MatrixRun } from '../../../lib/types.ts';
import type { SavedMatrix, StoredDocument } from '../../types.ts';
import type { ComparisonStore, CreateMatrixInput, ListOptions } from '../comparison-store.ts';
import { checkMatrixInput, checkTitle } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import type { DocumentsTable } from './documents-table.ts';
import { timestamp, toMatrixSummary, type MatrixRow, type MatrixSummaryRow } from '../row-mapping.ts';

type MatrixMethods = 'createMatrix' | 'getMatrix' | 'listMatrices' | 'renameMatrix' | 'deleteMatrix';

export function matrixMethods(db: Database.Database, documents: DocumentsTable): Pick<ComparisonStore, MatrixMethods> {
  const insert = db.prepare(
    'INSERT INTO matrices (id, title, source_id, result, matcher_version, created, updated) VALUES (@id, @title, @source_id, @result, @matcher_version, @created, @updated)',
  );
  const insertReport = db.prepare<[string, number, string]>(
    'INSERT INTO matrix_reports (matrix_id, position, document_id) VALUES (?, ?, ?)',
  );
  const get = db.prepare<[string], MatrixRow>('SELECT * FROM matrices WHERE id = ?');
  const reportsOf = db.prepare<[string], { document_id: string }>(
    'SELECT document_id FROM matrix_reports WHERE matrix_id = ? ORDER BY position',
  );
  const list = db.prepare<[number, number], MatrixSummaryRow>(
    `SELECT m.id, m.title, s.title AS source_title,
       (SELECT COUNT(*) FROM matrix_reports r WHERE r.matrix_id = m.id) AS report_count, m.created, m.updated
     FROM matrices m JOIN documents s ON s.id = m.source_id
     ORDER BY m.created DESC, m.rowid DESC LIMIT ? OFFSET ?`,
  );
  const rename = db.prepare<[string, string, string]>('UPDATE matrices SET title = ?, updated = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM matrices WHERE id = ?');

  const read = (id: string): SavedMatrix | null => {
    const row = get.get(id);
    if (!row) return null;
    const document = (docId: string): StoredDocument => {
      const doc = documents.get(docId);
      if (!doc) throw new Error(`matrix ${id} lost a document (foreign keys were off?)`);
      return doc;
    };
    return {
      id: row.id,
      title: row.title,
      source: document(row.source_id),
      reports: reportsOf.all(id).map((r) => document(r.document_id)),
      result: JSON.parse(row.result) as MatrixRun,
      matcherVersion: row.matcher_version,
      created: row.created,
      updated: row.updated,
    };
  };

  const create = db.transaction((input: CreateMatrixInput): string => {
    const created = timestamp();
    const id = createId();
    insert.run({
      id,
      title: input.title?.trim() || input.source.title?.trim() || 'Untitled matrix',
      source_id: documents.insert(input.source, null, created),
      result: JSON.stringify(input.result),
      matcher_version: input.matcherVersion,
      created,
      updated: created,
    });
    input.reports.forEach((report, position) =>
      insertReport.run(id, position, documents.insert(report, null, created)),
    );
    return id;
  });

  const deleteMatrix = db.transaction((id: string): boolean => {
    const row = get.get(id);
    if (!row) return false;
    const docs = new Set([row.source_id, ...reportsOf.all(id).map((r) => r.document_id)]);
    remove.run(id); // matrix_reports go by ON DELETE CASCADE
    for (const doc of docs) documents.deleteIfOrphan(doc);
    return true;
  });

  return {
    async createMatrix(input) {
      checkMatrixInput(input);
      return read(create.immediate(input))!;
    },
    async getMatrix(id) {
      return read(id);
    },
    async listMatrices({ limit = 200, offset = 0 }: ListOptions = {}) {
      return list.all(limit, offset).map(toMatrixSummary);
    },
    async renameMatrix(id, title) {
      checkTitle(title);
      return db.transaction(() => rename.run(title.trim(), timestamp(), id).changes > 0).immediate();
    },
    async deleteMatrix(id) {
      return deleteMatrix.immediate(id);
    },
  };
}
