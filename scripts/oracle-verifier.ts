// The oracle verifier: answers "same statement?" from a case's gold labels. Evaluation only (`npm run eval --
// --verifier oracle`), never a mode a user can pick: it shows the ceiling of the verifier stage, what links F1
// assignment, kind and added reach when every candidate is judged right, and so the gap the default verifier
// leaves. A candidate is the same statement when its report passage overlaps a gold pair's report span and its
// source place overlaps that pair's source spans (the match rule of scripts/score.mjs).
import { readCase } from './score.mjs';
import type { Verifier } from '../lib/verify/verifier.ts';
import { overlaps } from '../lib/spans.ts';

export function oracleVerifier(caseDir: string): Verifier {
  const gold = readCase(caseDir);
  return {
    name: 'oracle',
    threshold: 0.5,
    alternatives: 5,
    verify: (candidates) =>
      candidates.map((c) => (gold.pairs.some((p) => p.a.some((g) => overlaps(g, c.report)) && p.b.some((g) => c.source.some((s) => overlaps(g, s)))) ? 1 : 0)),
  };
}
