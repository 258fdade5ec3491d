// The packs table on PostgreSQL: a teacher's lesson pack, with its own copies of the two texts, its answer key and
// its exercises (JSON columns). Shipped packs are files (seeds/packs/), not rows.
import type pg from 'pg';
import type { ComparisonStore, PackPatch } from '../comparison-store.ts';
import { checkExercises, checkKey, checkTitle } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { timestamp, toPack, toPackSummary, type PackRow } from '../row-mapping.ts';
import { changes, inTransaction, row, rows, type Sql } from './connection.ts';

type PackMethods = 'createPack' | 'getPack' | 'listPacks' | 'updatePack' | 'deletePack';

const PACK_COLUMNS =
  'id, title, brief, comparison_id, report::text AS report, source::text AS source, key::text AS key, exercises::text AS exercises, created, updated';

const getPackRow = (sql: Sql, id: string, lock = ''): Promise<PackRow | null> =>
  row<PackRow>(sql, `SELECT ${PACK_COLUMNS} FROM packs WHERE id = $1 ${lock}`, [id]);

export function packMethods(pool: pg.Pool): Pick<ComparisonStore, PackMethods> {
  return {
    async createPack(input) {
      checkTitle(input.title);
      checkKey(input);
      checkExercises(input.exercises, input.key);
      const id = createId();
      const created = timestamp();
      await pool.query(
        `INSERT INTO packs (id, title, brief, comparison_id, report, source, key, exercises, created, updated)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
        [
          id,
          input.title.trim(),
          input.brief.trim(),
          input.comparisonId,
          JSON.stringify(input.report),
          JSON.stringify(input.source),
          JSON.stringify(input.key),
          JSON.stringify(input.exercises),
          created,
        ],
      );
      return toPack((await getPackRow(pool, id))!);
    },
    async getPack(id) {
      const found = await getPackRow(pool, id);
      return found ? toPack(found) : null;
    },
    async listPacks({ limit = 200, offset = 0 } = {}) {
      const found = await rows<PackRow>(
        pool,
        `SELECT ${PACK_COLUMNS} FROM packs ORDER BY created DESC, seq DESC LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return found.map(toPackSummary);
    },
    async updatePack(id, patch: PackPatch) {
      return inTransaction(pool, async (client) => {
        const found = await getPackRow(client, id, 'FOR UPDATE');
        if (!found) return null;
        const pack = toPack(found);
        if (patch.title !== undefined) checkTitle(patch.title);
        if (patch.exercises) checkExercises(patch.exercises, pack.key);
        await client.query('UPDATE packs SET title = $1, brief = $2, exercises = $3, updated = $4 WHERE id = $5', [
          patch.title?.trim() ?? pack.title,
          patch.brief?.trim() ?? pack.brief,
          JSON.stringify(patch.exercises ?? pack.exercises),
          timestamp(),
          id,
        ]);
        return toPack((await getPackRow(client, id))!);
      });
    },
    async deletePack(id) {
      return (await changes(pool, 'DELETE FROM packs WHERE id = $1', [id])) > 0;
    },
  };
}
