// The passes that run after assignment, in order. Each takes the claims and returns the full list of claims;
// each can be switched off by name (`AlignOptions.skip`, `claimdiff align --skip NAME`, `npm run eval -- --skip
// NAME`), and `npm run eval -- --ablate` prints the cross-validated means with each one off, so a pass stays
// only while switching it off costs something.
import type { Claim } from '../match/assign.ts';
import type { MatchContext } from '../match/places.ts';
import type { Vocabulary } from '../normalize/tokens.ts';
import { dropForeignQuotes } from './foreign-quotes.ts';
import { mergeSentenceClaims } from './merge-sentences.ts';
import { addDenials } from './denials.ts';
import { dropUnsourcedQuotes } from './unsourced-quotes.ts';
import type { QuoteCheck } from '../types.ts';

/** What every pass may read. */
export interface RefineEnv {
  ctx: MatchContext;
  /** Report content tokens per clause (frames and metadata removed). */
  clauseTokens: readonly number[][];
  vocab: Vocabulary;
  /** The least score a claim a pass makes may carry. */
  minScore: number;
  /** Every quote of the report, checked word for word against the source (lib/quotes/). */
  quotes: readonly QuoteCheck[];
}

export interface RefinePass {
  name: string;
  /** One line: what the pass does, for `--help` and the eval's ablation table. */
  about: string;
  /**
   * Runs on the claims the link model kept rather than on the candidates it judges. A pass that only removes
   * claims runs there, so that the link model is still fitted on (and learns from) the passages it removes.
   */
  afterLinks?: boolean;
  run: (claims: readonly Claim[], env: RefineEnv) => Claim[];
}

const marked = (claims: readonly Claim[], before: readonly Claim[], via: string): Claim[] => {
  const old = new Set(before);
  return claims.map((c) => (old.has(c) || c.via ? c : { ...c, via }));
};

export const REFINE_PASSES: readonly RefinePass[] = [
  {
    name: 'foreign-quotes',
    about: 'drop a passage whose quoted words its source place does not hold: another speaker is quoted',
    run: (claims, { ctx }) => dropForeignQuotes(ctx, claims),
  },
  {
    name: 'unsourced-quotes',
    about: 'drop a passage made mostly of quoted sentences that no place of the source holds',
    afterLinks: true,
    run: (claims, { ctx, quotes }) => dropUnsourcedQuotes(ctx, claims, quotes),
  },
  {
    name: 'merge-sentences',
    about: 'join neighbouring claims of one sentence that draw on one exchange',
    run: (claims) => mergeSentenceClaims(claims),
  },
  {
    name: 'denials',
    about: 'link a denial told by what was denied ("rejected accusations that …") to the question and the answer\'s no',
    run: (claims, env) => marked(addDenials({ ...env, claims }), claims, 'denials'),
  },
];

export const REFINE_PASS_NAMES: readonly string[] = REFINE_PASSES.map((p) => p.name);

/**
 * Runs the passes of one stage in order (before the link decision, or after it), leaving out those named in
 * `skip`; the claims come back in report order.
 */
export function refineClaims(claims: readonly Claim[], env: RefineEnv, skip: ReadonlySet<string> = new Set(), afterLinks = false): Claim[] {
  for (const name of skip) if (!REFINE_PASS_NAMES.includes(name)) throw new RangeError(`unknown pass "${name}": the passes are ${REFINE_PASS_NAMES.join(', ')}`);
  let out = [...claims];
  for (const pass of REFINE_PASSES) if (!skip.has(pass.name) && Boolean(pass.afterLinks) === afterLinks) out = pass.run(out, env);
  return out.sort((a, b) => a.clauseFirst - b.clauseFirst);
}
