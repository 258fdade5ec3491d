// The matrices and matrix_reports tables on PostgreSQL: a saved statement matrix (one source, its reports in column
// order) with the run as it was computed (JSON) and the claimdiff version that computed it. Its documents are its
// own rows of `documents`, as a comparison's are.
import type pg from 'pg';
import type { MatrixRun } from '../../../lib/types.ts';
import type { SavedMatrix, StoredDocument } from '../../types.ts';
import type { ComparisonStore, ListOptions } from '../comparison-store.ts';
import { checkMatrixInput, checkTitle } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { timestamp, toMatrixSummary, type MatrixRow, type MatrixSummaryRow } from '../row-mapping.ts';
import { changes, inTransaction, row, rows, type Sql } from './connection.ts';
import { deleteDocumentIfOrphan, getDocument, insertDocument } from './documents-table.ts';

type MatrixMethods = 'createMatrix' | 'getMatrix' | 'listMatrices' | 'renameMatrix' | 'deleteMatrix';

const reportsOf = async (sql: Sql, id: string): Promise<string[]> =>
  (
    await rows<{ document_id: string }>(
      sql,
      'SELECT document_id FROM matrix_reports WHERE matrix_id = $1 ORDER BY position',
      [id],
    )
  ).map((r) => r.document_id);

async function readMatrix(sql: Sql, id: string): Promise<SavedMatrix | null> {
  const found = await row<MatrixRow>(
    sql,
    'SELECT id, title, source_id, result::text AS result, matcher_version, created, updated FROM matrices WHERE id = $1',
    [id],
  );
  if (!found) return null;
  const document = async (docId: string): Promise<StoredDocument> => {
    const doc = await getDocument(sql, docId);
    if (!doc) throw new Error(`matrix ${id} lost a document`);
    return doc;
  };
  const reports: StoredDocument[] = [];
  for (const docId of await reportsOf(sql, id)) reports.push(await document(docId));
  return {
    id: found.id,
    title: found.title,
    source: await document(found.source_id),
    reports,
    result: JSON.parse(found.result) as MatrixRun,
    matcherVersion: found.matcher_version,
    created: found.created,
    updated: found.updated,
  };
}

export function matrixMethods(pool: pg.Pool): Pick<ComparisonStore, MatrixMethods> {
  return {
    async createMatrix(input) {
      checkMatrixInput(input);
      return inTransaction(pool, async (client) => {
        const created = timestamp();
        const id = createId();
        await client.query(
          `INSERT INTO matrices (id, title, source_id, result, matcher_version, created, updated)
           VALUES ($1, $2, $3, $4, $5, $6, $6)`,
          [
            id,
            input.title?.trim() || input.source.title?.trim() || 'Untitled matrix',
            await insertDocument(client, input.source, null, created),
            JSON.stringify(input.result),
            input.matcherVersion,
            created,
          ],
        );
        for (const [position, report] of input.reports.entries())
          await client.query('INSERT INTO matrix_reports (matrix_id, position, document_id) VALUES ($1, $2, $3)', [
            id,
            position,
            await insertDocument(client, report, null, created),
          ]);
        return (await readMatrix(client, id))!;
      });
    },
    async getMatrix(id) {
      return readMatrix(pool, id);
    },
    async listMatrices({ limit = 200, offset = 0 }: ListOptions = {}) {
      const found = await rows<MatrixSummaryRow>(
        pool,
        `SELECT m.id, m.title, s.title AS source_title,
           (SELECT count(*)::integer FROM matrix_reports r WHERE r.matrix_id = m.id) AS report_count, m.created, m.updated
         FROM matrices m JOIN documents s ON s.id = m.source_id
         ORDER BY m.created DESC, m.seq DESC LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return found.map(toMatrixSummary);
    },
    async renameMatrix(id, title) {
      checkTitle(title);
      return (
        (await changes(pool, 'UPDATE matrices SET title = $1, updated = $2 WHERE id = $3', [
          title.trim(),
          timestamp(),
          id,
        ])) > 0
      );
    },
    async deleteMatrix(id) {
      return inTransaction(pool, async (client) => {
        const docs = await reportsOf(client, id);
        const found = await row<{ source_id: string }>(
          client,
          'DELETE FROM matrices WHERE id = $1 RETURNING source_id',
          [id],
        );
        if (!found) return false; // matrix_reports went by ON DELETE CASCADE
        for (const doc of new Set([found.source_id, ...docs])) await deleteDocumentIfOrphan(client, doc);
        return true;
      });
    },
  };
}
