// The corrections table on PostgreSQL: the user's corrections of a saved comparison, kept beside the matcher's
// result (never folded into it), in the order they were made. Adding or undoing one marks the comparison updated.
import type pg from 'pg';
import type { Correction, CorrectionInput } from '../../types.ts';
import type { ComparisonStore } from '../comparison-store.ts';
import { createId } from '../create-id.ts';
import { timestamp, toCorrection, type CorrectionRow } from '../row-mapping.ts';
import { changes, inTransaction, rows, type Sql } from './connection.ts';

/** A comparison's corrections, in the order they were made. */
export async function listCorrections(sql: Sql, comparisonId: string): Promise<Correction[]> {
  const found = await rows<CorrectionRow>(
    sql,
    'SELECT id, type, payload::text AS payload, created FROM corrections WHERE comparison_id = $1 ORDER BY seq',
    [comparisonId],
  );
  return found.map(toCorrection);
}

export function correctionMethods(
  pool: pg.Pool,
): Pick<ComparisonStore, 'addCorrection' | 'listCorrections' | 'deleteCorrection'> {
  return {
    async addCorrection(comparisonId, input: CorrectionInput) {
      return inTransaction(pool, async (client) => {
        const created = timestamp();
        // Touching the comparison first locks its row, so a concurrent delete waits or wins cleanly.
        if ((await changes(client, 'UPDATE comparisons SET updated = $1 WHERE id = $2', [created, comparisonId])) === 0)
          return null;
        const { type, ...payload } = input;
        const saved = { id: createId(), type, payload: JSON.stringify(payload), created };
        await client.query(
          'INSERT INTO corrections (id, comparison_id, type, payload, created) VALUES ($1, $2, $3, $4, $5)',
          [saved.id, comparisonId, type, saved.payload, created],
        );
        return toCorrection(saved);
      });
    },
    async listCorrections(comparisonId) {
      return listCorrections(pool, comparisonId);
    },
    async deleteCorrection(comparisonId, correctionId) {
      return inTransaction(pool, async (client) => {
        const removed = await changes(client, 'DELETE FROM corrections WHERE id = $1 AND comparison_id = $2', [
          correctionId,
          comparisonId,
        ]);
        if (removed > 0)
          await client.query('UPDATE comparisons SET updated = $1 WHERE id = $2', [timestamp(), comparisonId]);
        return removed > 0;
      });
    },
  };
}
