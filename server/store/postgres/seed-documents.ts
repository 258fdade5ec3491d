// The seed documents on PostgreSQL: documents loaded from seeds/ (seed_file set), added once per file; two
// processes loading the seeds at once add each file once (ON CONFLICT on the unique seed_file).
import type pg from 'pg';
import type { ComparisonStore } from '../comparison-store.ts';
import { checkDocument } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { META_FIELDS, timestamp, toDocument, type DocumentRow } from '../row-mapping.ts';
import { changes, rows } from './connection.ts';

export function seedDocumentMethods(pool: pg.Pool): Pick<ComparisonStore, 'listSeedDocuments' | 'addSeedDocument'> {
  return {
    async listSeedDocuments() {
      const found = await rows<DocumentRow>(pool, 'SELECT * FROM documents WHERE seed_file IS NOT NULL ORDER BY seq');
      return found.map(toDocument);
    },
    async addSeedDocument(seedFile, doc) {
      checkDocument(doc, 'document');
      const added = await changes(
        pool,
        `INSERT INTO documents (id, text, title, outlet, date, url, language, byline, kind, seed_file, created)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (seed_file) DO NOTHING`,
        [createId(), doc.text, ...META_FIELDS.map((f) => doc[f] ?? null), doc.kind, seedFile, timestamp()],
      );
      return added > 0;
    },
  };
}
