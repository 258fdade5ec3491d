// The verifier: does this candidate place report *the same statement* as the report passage, or only share its
// topic? Candidate search and assignment propose; the verifier answers with a probability, and that answer is what
// decides which passages are linked (an alignment's score is it). The default verifier is the learned link model
// (lib/learn/); others plug in through `AlignOptions.verifier`: an evaluation oracle that answers from gold labels
// (scripts/oracle-verifier.ts, to measure the ceiling of the stage), or a semantic model run outside lib/.
import type { Span } from '../types.ts';
import type { LogisticModel } from '../learn/logistic.ts';
import { predictYes } from '../learn/logistic.ts';

/** One candidate: the report passage, the source place it was assigned, and the link features computed for it. */
export interface VerifyCandidate {
  report: Span;
  source: Span[];
  features: Record<string, number>;
}

export interface Verifier {
  /** A short name, printed by the eval. */
  name: string;
  /** The probability (0..1) that each candidate reports the same statement, in order. */
  verify(candidates: readonly VerifyCandidate[]): number[];
  /** The least probability that links; the link model's fitted threshold for the default. */
  threshold: number;
  /**
   * How many other places candidate search proposes per passage for the verifier to judge beside the one assignment
   * chose; the passage links to the place it finds likeliest. 0 for the link model: under cross-validation it chose
   * worse among them than assignment did (links F1 0.693 against 0.710), while the oracle gains (0.801 → 0.842 with 5).
   */
  alternatives?: number;
}

/** The default verifier: the link model of the matcher's model.json. */
export function linkModelVerifier(model: LogisticModel, threshold: number): Verifier {
  return { name: 'link-model', threshold, verify: (candidates) => candidates.map((c) => predictYes(model, c.features)) };
}
