// The JSON export: the align contract exactly as the CLI and API print it (lib/contract.ts), with the documents,
// their metadata, the corrections as stored, and the corrected view — everything needed to rebuild the comparison.
import { roundScore, toContract } from '../../lib/contract.ts';
import type { ContractResult, DiffPart, Flag, Span } from '../../lib/types.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import type { AlignmentOrigin, Correction, CorrectedResult, SavedComparison, StoredDocument } from '../types.ts';

/** A document in the export: its metadata and its full text (every span indexes into it). */
export interface ExportedDocument {
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  language: string | null;
  byline: string | null;
  kind: StoredDocument['kind'];
  text: string;
}

export interface ExportedComparison {
  format: 'claimdiff-comparison';
  /** Version of this export shape. */
  version: 1;
  id: string;
  title: string;
  created: string;
  updated: string;
  matcherVersion: string;
  report: ExportedDocument;
  source: ExportedDocument;
  /** The matcher's result as the align contract (what `claimdiff align --format json` prints). */
  result: ContractResult;
  /** The user's corrections, oldest first, as stored. */
  corrections: Correction[];
  /** The result with the corrections applied. */
  corrected: {
    alignments: Array<{
      report: Span[];
      source: Span[];
      kind: string;
      score: number;
      diff: DiffPart[];
      flags: Flag[];
      origin: AlignmentOrigin;
      /** Index in `result.alignments`, null for a user's link. */
      matcherIndex: number | null;
      rejected: boolean;
      matcherKind: string | null;
      notes: string[];
    }>;
    added: Array<Span & { origin: 'matcher' | 'user' }>;
    omitted: Array<Span & { origin: 'matcher' | 'user' }>;
    notes: CorrectedResult['notes'];
    stale: CorrectedResult['stale'];
  };
}

const exportDocument = (d: StoredDocument): ExportedDocument => ({
  title: d.title,
  outlet: d.outlet,
  date: d.date,
  url: d.url,
  language: d.language,
  byline: d.byline,
  kind: d.kind,
  text: d.text,
});

/** The comparison as an ExportedComparison object (exportJson serialises it). */
export function buildExport(saved: SavedComparison): ExportedComparison {
  const corrected = applyCorrections(saved.result, saved.corrections, {
    report: saved.report.text,
    source: saved.source.text,
  });
  // The contract's copy of diffs and spans (start/end only) is reused for the corrected alignments.
  const contract = toContract({ ...saved.result, alignments: corrected.alignments });
  return {
    format: 'claimdiff-comparison',
    version: 1,
    id: saved.id,
    title: saved.title,
    created: saved.created,
    updated: saved.updated,
    matcherVersion: saved.matcherVersion,
    report: exportDocument(saved.report),
    source: exportDocument(saved.source),
    result: toContract(saved.result),
    corrections: saved.corrections,
    corrected: {
      alignments: corrected.alignments.map((a, i) => ({
        ...contract.alignments[i]!,
        score: roundScore(a.score),
        origin: a.origin,
        matcherIndex: a.matcherIndex,
        rejected: a.rejected,
        matcherKind: a.matcherKind,
        notes: a.notes.map((n) => n.text),
      })),
      added: corrected.added.map((s) => ({ start: s.start, end: s.end, origin: s.origin })),
      omitted: corrected.omitted.map((s) => ({ start: s.start, end: s.end, origin: s.origin })),
      notes: corrected.notes,
      stale: corrected.stale,
    },
  };
}

/** The JSON export, pretty-printed (it is read by people as well as scripts). */
export function exportJson(saved: SavedComparison): string {
  return `${JSON.stringify(buildExport(saved), null, 2)}\n`;
}
