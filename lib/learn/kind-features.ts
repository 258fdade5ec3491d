// The features of an alignment that the kind model weighs (quote, paraphrase or partial): how much of the
// passage lies inside quote marks, how much of the source statement the report carries, whether it is the
// headline, and how the words matched.
import type { Claim } from '../match/assign.ts';
import { classifyKind, type KindEvidence } from '../verdict/kind.ts';
import type { Features } from './claim-features.ts';

export function kindFeatures(evidence: KindEvidence, claim: Claim): Features {
  const m = claim.places[0]!.match;
  // The plain rule's verdict is a feature: the model learns where to depart from it.
  const rule = classifyKind(evidence);
  return {
    ruleQuote: rule === 'quote' ? 1 : 0,
    rulePartial: rule === 'partial' ? 1 : 0,
    quotedShare: evidence.quotedShare,
    quotedWords: Math.log1p(evidence.quotedWords),
    quotedFew: evidence.quotedWords < 3 ? 1 : 0,
    carriedShare: evidence.carriedShare,
    headline: evidence.headline ? 1 : 0,
    reportCoverage: m.reportCoverage,
    sourceCoverage: m.sourceCoverage,
    order: m.order,
    stitched: claim.places.length > 1 ? 1 : 0,
    denial: claim.denial ? 1 : 0,
    length: Math.log1p(claim.tokens.length),
  };
}
