// The public API of the claimdiff core (a test pins this export list).
export { alignTexts } from './align.ts';
export { alignMatrix, buildMatrix, reportVsReport } from './matrix.ts';
export type * from './types.ts';
export type { Verifier, VerifyCandidate } from './verify/verifier.ts';
export { alignWithScorer, SEMANTIC_DEFAULTS } from './verify/semantic.ts';
export type { PairScorer, PassagePair, SemanticOptions } from './verify/semantic.ts';
