// The comparisons table on PostgreSQL: a saved report–source pair with the matcher's result as it was computed
// (JSON) and the claimdiff version that computed it. The two documents are the comparison's own rows of `documents`.
import type pg from 'pg';
import type { AlignResult } from '../../../lib/types.ts';
import type { SavedComparison } from '../../types.ts';
import type { ComparisonStore, ListOptions } from '../comparison-store.ts';
import { checkComparisonInput, checkResult, checkTitle } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { timestamp, toComparisonSummary, type ComparisonRow, type ComparisonSummaryRow } from '../row-mapping.ts';
import { changes, inTransaction, row, rows, type Sql } from './connection.ts';
import { listCorrections } from './corrections-table.ts';
import { deleteDocumentIfOrphan, getDocument, insertDocument } from './documents-table.ts';

type ComparisonMethods =
  'createComparison' | 'getComparison' | 'listComparisons' | 'renameComparison' | 'deleteComparison' | 'updateResult';

const COMPARISON_COLUMNS = 'id, title, report_id, source_id, result::text AS result, matcher_version, created, updated';

async function readComparison(sql: Sql, id: string): Promise<SavedComparison | null> {
  const found = await row<ComparisonRow>(sql, `SELECT ${COMPARISON_COLUMNS} FROM comparisons WHERE id = $1`, [id]);
  if (!found) return null;
  const report = await getDocument(sql, found.report_id);
  const source = await getDocument(sql, found.source_id);
  if (!report || !source) throw new Error(`comparison ${id} lost a document`);
  return {
    id: found.id,
    title: found.title,
    report,
    source,
    result: JSON.parse(found.result) as AlignResult,
    matcherVersion: found.matcher_version,
    corrections: await listCorrections(sql, id),
    created: found.created,
    updated: found.updated,
  };
}

export function comparisonMethods(pool: pg.Pool): Pick<ComparisonStore, ComparisonMethods> {
  return {
    async createComparison(input) {
      checkComparisonInput(input);
      return inTransaction(pool, async (client) => {
        const created = timestamp();
        const id = createId();
        await client.query(
          `INSERT INTO comparisons (id, title, report_id, source_id, result, matcher_version, created, updated)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
          [
            id,
            input.title?.trim() || input.report.title?.trim() || 'Untitled comparison',
            await insertDocument(client, input.report, null, created),
            await insertDocument(client, input.source, null, created),
            JSON.stringify(input.result),
            input.matcherVersion,
            created,
          ],
        );
        return (await readComparison(client, id))!;
      });
    },
    async getComparison(id) {
      return readComparison(pool, id);
    },
    async listComparisons({ limit = 200, offset = 0 }: ListOptions = {}) {
      const found = await rows<ComparisonSummaryRow>(
        pool,
        `SELECT c.id, c.title, r.title AS report_title, s.title AS source_title, c.created, c.updated
         FROM comparisons c JOIN documents r ON r.id = c.report_id JOIN documents s ON s.id = c.source_id
         ORDER BY c.created DESC, c.seq DESC LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return found.map(toComparisonSummary);
    },
    async renameComparison(id, title) {
      checkTitle(title);
      return (
        (await changes(pool, 'UPDATE comparisons SET title = $1, updated = $2 WHERE id = $3', [
          title.trim(),
          timestamp(),
          id,
        ])) > 0
      );
    },
    async deleteComparison(id) {
      return inTransaction(pool, async (client) => {
        const found = await row<{ report_id: string; source_id: string }>(
          client,
          'DELETE FROM comparisons WHERE id = $1 RETURNING report_id, source_id',
          [id],
        );
        if (!found) return false; // corrections went by ON DELETE CASCADE
        for (const doc of new Set([found.report_id, found.source_id])) await deleteDocumentIfOrphan(client, doc);
        return true;
      });
    },
    async updateResult(id, result, matcherVersion) {
      return inTransaction(pool, async (client) => {
        const found = await row<{ report_id: string; source_id: string }>(
          client,
          'SELECT report_id, source_id FROM comparisons WHERE id = $1 FOR UPDATE',
          [id],
        );
        if (!found) return false;
        const report = (await getDocument(client, found.report_id))!;
        const source = (await getDocument(client, found.source_id))!;
        checkResult(result, report.text, source.text);
        return (
          (await changes(
            client,
            'UPDATE comparisons SET result = $1, matcher_version = $2, updated = $3 WHERE id = $4',
            [JSON.stringify(result), matcherVersion, timestamp(), id],
          )) > 0
        );
      });
    },
  };
}
