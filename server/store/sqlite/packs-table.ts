// The packs table: a teacher's lesson pack, with its own copies of the two texts, its answer key and its exercises
// (JSON columns). Shipped packs are files (seeds/packs/), not rows.
import type Database from 'better-sqlite3';
import type { LessonPack, PackDocument } from '../../../lib/teach/types.ts';
import type { Span } from '../../../lib/types.ts';
import type { ComparisonStore, CreatePackInput, PackPatch } from '../comparison-store.ts';
import { checkTitle } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { timestamp } from './row-mapping.ts';

interface PackRow {
  id: string;
  title: string;
  brief: string;
  comparison_id: string | null;
  report: string;
  source: string;
  key: string;
  exercises: string;
  created: string;
  updated: string;
}

type PackMethods = 'createPack' | 'getPack' | 'listPacks' | 'updatePack' | 'deletePack';

const toPack = (row: PackRow): LessonPack => ({
  id: row.id,
  title: row.title,
  brief: row.brief,
  report: JSON.parse(row.report) as PackDocument,
  source: JSON.parse(row.source) as PackDocument,
  key: JSON.parse(row.key) as LessonPack['key'],
  exercises: JSON.parse(row.exercises) as string[],
  shipped: false,
});

/** Throws unless every exercise names an item of `key`, once. */
function checkExercises(exercises: readonly string[], key: LessonPack['key']): void {
  const ids = new Set(key.map((k) => k.id));
  const unknown = exercises.find((id) => !ids.has(id));
  if (unknown !== undefined) throw new RangeError(`exercises: ${JSON.stringify(unknown)} is not an item of the key`);
  if (new Set(exercises).size !== exercises.length) throw new RangeError('exercises: an item is listed twice');
}

/** Throws unless every span of the key lies inside the text of its side. */
function checkKey(input: CreatePackInput): void {
  const fits = (spans: readonly Span[], text: string) =>
    spans.every((s) => 0 <= s.start && s.start < s.end && s.end <= text.length);
  for (const item of input.key) {
    const ok =
      fits(item.spans, (item.side === 'report' ? input.report : input.source).text) &&
      fits(item.evidence.report, input.report.text) &&
      fits(item.evidence.source, input.source.text);
    if (!ok) throw new RangeError(`key item ${item.id}: a span lies outside its text`);
  }
}

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
      return list.all(limit, offset).map((row) => {
        const pack = toPack(row);
        return {
          id: pack.id,
          title: pack.title,
          reportTitle: pack.report.title,
          sourceTitle: pack.source.title,
          exercises: pack.exercises.length,
          shipped: false,
          created: row.created,
        };
      });
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
