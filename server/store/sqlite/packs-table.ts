// The packs table: a teacher's lesson pack, with its own copies of the two texts, its answer key and its exercises
// (JSON columns). Shipped packs are files (seeds/packs/), not rows.
import type Database from 'better-sqlite3';
import type { ComparisonStore, PackPatch } from '../comparison-store.ts';
import { checkExercises, checkKey, checkTitle } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { timestamp, toPack, toPackSummary, type PackRow } from '../row-mapping.ts';

type PackMethods = 'createPack' | 'getPack' | 'listPacks' | 'updatePack' | 'deletePack';

export function packMethods(db: Database.Database): Pick<ComparisonStore, PackMethods> {
  const insert = db.prepare(
    'INSERT INTO packs (id, title, brief, comparison_id, report, source, key, exercises, created, updated) VALUES (@id, @title, @brief, @comparison_id, @report, @source, @key, @exercises, @created, @updated)',
  );
  const get = db.prepare<[string], PackRow>('SELECT * FROM packs WHERE id = ?');
  const list = db.prepare<[number, number], PackRow>(
    'SELECT * FROM packs ORDER BY created DESC, rowid DESC LIMIT ? OFFSET ?',
  );
  const update = db.prepare<[string, string, string, string, string]>(
    'UPDATE packs SET title = ?, brief = ?, exercises = ?, updated = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM packs WHERE id = ?');

  return {
    async createPack(input) {
      checkTitle(input.title);
      checkKey(input);
      checkExercises(input.exercises, input.key);
      const id = createId();
      const created = timestamp();
      db.transaction(() =>
        insert.run({
          id,
          title: input.title.trim(),
          brief: input.brief.trim(),
          comparison_id: input.comparisonId,
          report: JSON.stringify(input.report),
          source: JSON.stringify(input.source),
          key: JSON.stringify(input.key),
          exercises: JSON.stringify(input.exercises),
          created,
          updated: created,
        }),
      ).immediate();
      return toPack(get.get(id)!);
    },
    async getPack(id) {
      const row = get.get(id);
      return row ? toPack(row) : null;
    },
    async listPacks({ limit = 200, offset = 0 } = {}) {
      return list.all(limit, offset).map(toPackSummary);
    },
    async updatePack(id, patch: PackPatch) {
      return db
        .transaction(() => {
          const row = get.get(id);
          if (!row) return null;
          const pack = toPack(row);
          if (patch.title !== undefined) checkTitle(patch.title);
          if (patch.exercises) checkExercises(patch.exercises, pack.key);
          update.run(
            patch.title?.trim() ?? pack.title,
            patch.brief?.trim() ?? pack.brief,
            JSON.stringify(patch.exercises ?? pack.exercises),
            timestamp(),
            id,
          );
          return toPack(get.get(id)!);
        })
        .immediate();
    },
    async deletePack(id) {
      return db.transaction(() => remove.run(id).changes > 0).immediate();
    },
  };
}
