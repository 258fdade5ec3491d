// The comparisons table: a saved report–source pair with the matcher's result as it was computed (JSON) and the
// claimdiff version that computed it. The two documents are the comparison's own rows of `documents`.
import type Database from 'better-sqlite3';
import type { AlignResult } from '../../../lib/types.ts';
import type { SavedComparison } from '../../types.ts';
import type { ComparisonStore, CreateComparisonInput, ListOptions } from '../comparison-store.ts';
import { checkComparisonInput, checkResult, checkTitle } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import type { CorrectionsTable } from './corrections-table.ts';
import type { DocumentsTable } from './documents-table.ts';
import { timestamp, toComparisonSummary, type ComparisonRow, type ComparisonSummaryRow } from '../row-mapping.ts';

type ComparisonMethods =
  'createComparison' | 'getComparison' | 'listComparisons' | 'renameComparison' | 'deleteComparison' | 'updateResult';

export function comparisonMethods(
  db: Database.Database,
  documents: DocumentsTable,
  corrections: CorrectionsTable,
): Pick<ComparisonStore, ComparisonMethods> {
  const insert = db.prepare(
    'INSERT INTO comparisons (id, title, report_id, source_id, result, matcher_version, created, updated) VALUES (@id, @title, @report_id, @source_id, @result, @matcher_version, @created, @updated)',
  );
  const get = db.prepare<[string], ComparisonRow>('SELECT * FROM comparisons WHERE id = ?');
  const list = db.prepare<[number, number], ComparisonSummaryRow>(
    `SELECT c.id, c.title, r.title AS report_title, s.title AS source_title, c.created, c.updated
     FROM comparisons c JOIN documents r ON r.id = c.report_id JOIN documents s ON s.id = c.source_id
     ORDER BY c.created DESC, c.rowid DESC LIMIT ? OFFSET ?`,
  );
  const rename = db.prepare<[string, string, string]>('UPDATE comparisons SET title = ?, updated = ? WHERE id = ?');
  const updateResult = db.prepare<[string, string, string, string]>(
    'UPDATE comparisons SET result = ?, matcher_version = ?, updated = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM comparisons WHERE id = ?');

  const read = (id: string): SavedComparison | null => {
    const row = get.get(id);
    if (!row) return null;
    const report = documents.get(row.report_id);
    const source = documents.get(row.source_id);
    if (!report || !source) throw new Error(`comparison ${id} lost a document (foreign keys were off?)`);
    return {
      id: row.id,
      title: row.title,
      report,
      source,
      result: JSON.parse(row.result) as AlignResult,
      matcherVersion: row.matcher_version,
      corrections: corrections.list(id),
      created: row.created,
      updated: row.updated,
    };
  };

  const create = db.transaction((input: CreateComparisonInput): string => {
    const created = timestamp();
    const id = createId();
    insert.run({
      id,
      title: input.title?.trim() || input.report.title?.trim() || 'Untitled comparison',
      report_id: documents.insert(input.report, null, created),
      source_id: documents.insert(input.source, null, created),
      result: JSON.stringify(input.result),
      matcher_version: input.matcherVersion,
      created,
      updated: created,
    });
    return id;
  });

  const deleteComparison = db.transaction((id: string): boolean => {
    const row = get.get(id);
    if (!row) return false;
    remove.run(id); // corrections go by ON DELETE CASCADE
    for (const doc of new Set([row.report_id, row.source_id])) documents.deleteIfOrphan(doc);
    return true;
  });

  return {
    async createComparison(input) {
      checkComparisonInput(input);
      const id = create.immediate(input);
      return read(id)!;
    },
    async getComparison(id) {
      return read(id);
    },
    async listComparisons({ limit = 200, offset = 0 }: ListOptions = {}) {
      return list.all(limit, offset).map(toComparisonSummary);
    },
    async renameComparison(id, title) {
      checkTitle(title);
      return db.transaction(() => rename.run(title.trim(), timestamp(), id).changes > 0).immediate();
    },
    async deleteComparison(id) {
      return deleteComparison.immediate(id);
    },
    async updateResult(id, result, matcherVersion) {
      return db
        .transaction(() => {
          const row = get.get(id);
          if (!row) return false;
          const report = documents.get(row.report_id)!;
          const source = documents.get(row.source_id)!;
          checkResult(result, report.text, source.text);
          return updateResult.run(JSON.stringify(result), matcherVersion, timestamp(), id).changes > 0;
        })
        .immediate();
    },
  };
}
