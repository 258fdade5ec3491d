// The seed documents in the documents table: marked by the file they were loaded from (`seed_file`), so loading
// the seeds again (seed-store.ts) adds only the new ones and keeps the user's edits to the others.
import type Database from 'better-sqlite3';
import type { NewDocument } from '../../types.ts';
import type { ComparisonStore } from '../comparison-store.ts';
import { checkDocument } from '../check-store-input.ts';
import type { DocumentsTable } from './documents-table.ts';
import { timestamp, toDocument, type DocumentRow } from '../row-mapping.ts';

export function seedDocumentMethods(
  db: Database.Database,
  documents: DocumentsTable,
): Pick<ComparisonStore, 'listSeedDocuments' | 'addSeedDocument'> {
  const list = db.prepare<[], DocumentRow>('SELECT * FROM documents WHERE seed_file IS NOT NULL ORDER BY rowid');
  const byFile = db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE seed_file = ?');
  const add = db.transaction((seedFile: string, doc: NewDocument): boolean => {
    if (byFile.get(seedFile)) return false;
    documents.insert(doc, seedFile, timestamp());
    return true;
  });
  return {
    async listSeedDocuments() {
      return list.all().map(toDocument);
    },
    async addSeedDocument(seedFile, doc) {
      checkDocument(doc, 'document');
      return add.immediate(seedFile, doc);
    },
  };
}
