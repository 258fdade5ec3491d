// The corrections table: the user's corrections of a saved comparison, kept beside the matcher's result (never
// folded into it), in the order they were made. Adding or undoing one marks the comparison updated.
import type Database from 'better-sqlite3';
import type { Correction, CorrectionInput } from '../../types.ts';
import type { ComparisonStore } from '../comparison-store.ts';
import { createId } from '../create-id.ts';
import { timestamp, toCorrection, type CorrectionRow } from '../row-mapping.ts';

/** What the comparisons table reads of corrections. */
export interface CorrectionsTable {
  /** In the order they were made. */
  list(comparisonId: string): Correction[];
}

export function correctionsTable(db: Database.Database): CorrectionsTable {
  const list = db.prepare<[string], CorrectionRow>(
    'SELECT id, type, payload, created FROM corrections WHERE comparison_id = ? ORDER BY rowid',
  );
  return { list: (comparisonId) => list.all(comparisonId).map(toCorrection) };
}

export function correctionMethods(
  db: Database.Database,
  corrections: CorrectionsTable,
): Pick<ComparisonStore, 'addCorrection' | 'listCorrections' | 'deleteCorrection'> {
  const comparisonExists = db.prepare<[string], { id: string }>('SELECT id FROM comparisons WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO corrections (id, comparison_id, type, payload, created) VALUES (@id, @comparison_id, @type, @payload, @created)',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM corrections WHERE id = ? AND comparison_id = ?');
  const touchComparison = db.prepare<[string, string]>('UPDATE comparisons SET updated = ? WHERE id = ?');

  const add = db.transaction((comparisonId: string, input: CorrectionInput): Correction | null => {
    if (!comparisonExists.get(comparisonId)) return null;
    const { type, ...payload } = input;
    const row = {
      id: createId(),
      comparison_id: comparisonId,
      type,
      payload: JSON.stringify(payload),
      created: timestamp(),
    };
    insert.run(row);
    touchComparison.run(row.created, comparisonId);
    return toCorrection(row);
  });
  const undo = db.transaction((comparisonId: string, correctionId: string): boolean => {
    const changed = remove.run(correctionId, comparisonId).changes > 0;
    if (changed) touchComparison.run(timestamp(), comparisonId);
    return changed;
  });
  return {
    async addCorrection(comparisonId, correction) {
      return add.immediate(comparisonId, correction);
    },
    async listCorrections(comparisonId) {
      return corrections.list(comparisonId);
    },
    async deleteCorrection(comparisonId, correctionId) {
      return undo.immediate(comparisonId, correctionId);
    },
  };
}
