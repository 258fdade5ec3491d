// The documents table: the texts that comparisons and matrices align, with their metadata. Each save inserts its
// own documents, which go when nothing uses them any more; seed documents are never deleted.
import type Database from 'better-sqlite3';
import type { NewDocument, StoredDocument } from '../../types.ts';
import type { ComparisonStore, DocumentMetaPatch } from '../comparison-store.ts';
import { checkKind } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { META_FIELDS, timestamp, toDocument, type DocumentRow } from '../row-mapping.ts';

/** What the other tables do with documents, inside their own transactions. */
export interface DocumentsTable {
  /** Inserts `doc` (a seed document when `seedFile` is set); returns its new id. */
  insert(doc: NewDocument, seedFile: string | null, created: string): string;
  /** Null when there is no such document. */
  get(id: string): StoredDocument | null;
  /** Deletes the document unless it is a seed or a comparison or matrix still uses it. */
  deleteIfOrphan(id: string): void;
}

export function documentsTable(db: Database.Database): DocumentsTable {
  const insert = db.prepare(
    'INSERT INTO documents (id, text, title, outlet, date, url, language, byline, kind, seed_file, created) VALUES (@id, @text, @title, @outlet, @date, @url, @language, @byline, @kind, @seed_file, @created)',
  );
  const get = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  // A comparison's or matrix's own documents go with it; seeds and documents anything else uses stay.
  const deleteOrphan = db.prepare<[{ id: string }]>(
    `DELETE FROM documents WHERE id = @id AND seed_file IS NULL
       AND NOT EXISTS (SELECT 1 FROM comparisons WHERE report_id = @id OR source_id = @id)
       AND NOT EXISTS (SELECT 1 FROM matrices WHERE source_id = @id)
       AND NOT EXISTS (SELECT 1 FROM matrix_reports WHERE document_id = @id)`,
  );
  return {
    insert(doc, seedFile, created) {
      const id = createId();
      insert.run({
        id,
        text: doc.text,
        kind: doc.kind,
        ...Object.fromEntries(META_FIELDS.map((f) => [f, doc[f] ?? null])),
        seed_file: seedFile,
        created,
      });
      return id;
    },
    get(id) {
      const row = get.get(id);
      return row ? toDocument(row) : null;
    },
    deleteIfOrphan(id) {
      deleteOrphan.run({ id });
    },
  };
}

/** The store's reads and edits of one document. */
export function documentMethods(
  db: Database.Database,
  documents: DocumentsTable,
): Pick<ComparisonStore, 'getDocument' | 'updateDocumentMeta'> {
  // An edited document changes the comparisons that show it.
  const touchComparisons = db.prepare<[string, string, string]>(
    'UPDATE comparisons SET updated = ? WHERE report_id = ? OR source_id = ?',
  );
  const updateMeta = db.transaction((documentId: string, patch: DocumentMetaPatch): StoredDocument | null => {
    if (!documents.get(documentId)) return null;
    if (patch.kind !== undefined) checkKind(patch.kind, 'patch');
    // Column names come from the fixed list, never from the patch's keys.
    const fields = [...META_FIELDS, 'kind' as const].filter((f) => patch[f] !== undefined);
    if (fields.length) {
      db.prepare(`UPDATE documents SET ${fields.map((f) => `${f} = @${f}`).join(', ')} WHERE id = @id`).run({
        id: documentId,
        ...Object.fromEntries(fields.map((f) => [f, patch[f] ?? null])),
      });
      touchComparisons.run(timestamp(), documentId, documentId);
    }
    return documents.get(documentId)!;
  });
  return {
    async getDocument(id) {
      return documents.get(id);
    },
    async updateDocumentMeta(documentId, patch) {
      return updateMeta.immediate(documentId, patch);
    },
  };
}
