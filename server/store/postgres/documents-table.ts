// The documents table on PostgreSQL: the texts that comparisons and matrices align, with their metadata. Each save
// inserts its own documents, which go when nothing uses them any more; seed documents are never deleted.
import type pg from 'pg';
import type { NewDocument, StoredDocument } from '../../types.ts';
import type { ComparisonStore, DocumentMetaPatch } from '../comparison-store.ts';
import { checkKind } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { META_FIELDS, timestamp, toDocument, type DocumentRow } from '../row-mapping.ts';
import { changes, inTransaction, row, type Sql } from './connection.ts';

const DOCUMENT_COLUMNS = 'id, text, title, outlet, date, url, language, byline, kind, seed_file, created';

/** Inserts `doc` (a seed document when `seedFile` is set); returns its new id. */
export async function insertDocument(
  sql: Sql,
  doc: NewDocument,
  seedFile: string | null,
  created: string,
): Promise<string> {
  const id = createId();
  await sql.query(`INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
    id,
    doc.text,
    ...META_FIELDS.map((f) => doc[f] ?? null),
    doc.kind,
    seedFile,
    created,
  ]);
  return id;
}

/** Null when there is no such document. */
export async function getDocument(sql: Sql, id: string): Promise<StoredDocument | null> {
  const found = await row<DocumentRow>(sql, `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
  return found ? toDocument(found) : null;
}

/** Deletes the document unless it is a seed or a comparison or matrix still uses it. */
export async function deleteDocumentIfOrphan(sql: Sql, id: string): Promise<void> {
  await sql.query(
    `DELETE FROM documents WHERE id = $1 AND seed_file IS NULL
       AND NOT EXISTS (SELECT 1 FROM comparisons WHERE report_id = $1 OR source_id = $1)
       AND NOT EXISTS (SELECT 1 FROM matrices WHERE source_id = $1)
       AND NOT EXISTS (SELECT 1 FROM matrix_reports WHERE document_id = $1)`,
    [id],
  );
}

/** The store's reads and edits of one document. */
export function documentMethods(pool: pg.Pool): Pick<ComparisonStore, 'getDocument' | 'updateDocumentMeta'> {
  return {
    async getDocument(id) {
      return getDocument(pool, id);
    },
    async updateDocumentMeta(documentId, patch: DocumentMetaPatch) {
      if (patch.kind !== undefined) checkKind(patch.kind, 'patch');
      return inTransaction(pool, async (client) => {
        const locked = await changes(client, 'SELECT 1 FROM documents WHERE id = $1 FOR UPDATE', [documentId]);
        if (locked === 0) return null;
        // Column names come from the fixed list, never from the patch's keys.
        const fields = [...META_FIELDS, 'kind' as const].filter((f) => patch[f] !== undefined);
        if (fields.length) {
          await client.query(
            `UPDATE documents SET ${fields.map((f, i) => `${f} = $${i + 2}`).join(', ')} WHERE id = $1`,
            [documentId, ...fields.map((f) => patch[f] ?? null)],
          );
          // An edited document changes the comparisons that show it.
          await client.query('UPDATE comparisons SET updated = $1 WHERE report_id = $2 OR source_id = $2', [
            timestamp(),
            documentId,
          ]);
        }
        return getDocument(client, documentId);
      });
    },
  };
}
