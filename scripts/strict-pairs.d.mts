// Types of scripts/strict-pairs.mjs, for the TypeScript scripts that import it.
import type { Span } from './score.d.mts';
export interface StrictFigures {
  P: number;
  R: number;
  F: number;
  gold: number;
  predicted: number;
  found: number;
}
export function strictPairs(caseDir: string, pred: { alignments?: { report: Span[]; source: Span[] }[] }): StrictFigures;
