// A new pack's key from a saved comparison: the result as the teacher sees it, with their corrections applied, so a
// teacher who fixed the matcher's reading teaches the fixed one.
import { buildKey, defaultExercises } from '../../lib/teach/build-key.ts';
import { toPackDocument } from '../../lib/teach/pack-document.ts';
import type { KeyItem, PackDocument } from '../../lib/teach/types.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import type { SavedComparison } from '../types.ts';

export interface PackParts {
  report: PackDocument;
  source: PackDocument;
  key: KeyItem[];
  exercises: string[];
}

export function packFromComparison(saved: SavedComparison): PackParts {
  const texts = { report: saved.report.text, source: saved.source.text };
  const corrected = applyCorrections(saved.result, saved.corrections, texts);
  const key = buildKey({ ...corrected, quotes: saved.result.quotes });
  return {
    report: toPackDocument(saved.report, 'The report'),
    source: toPackDocument(saved.source, 'The source'),
    key,
    exercises: defaultExercises(key, saved.report.text),
  };
}
