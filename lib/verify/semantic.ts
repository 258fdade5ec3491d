// The semantic verifier: a model that reads a report passage and a source passage together (a cross-encoder or an
// NLI model, run outside lib/ where it needs node: server/semantic/) answers whether they state the same thing,
// which bags of words cannot tell from sharing a topic. Its answer is blended with the link model's, so the
// fitted threshold keeps its meaning and a model that knows nothing of the lexical evidence cannot overrule it
// alone.
// A model answers asynchronously and the matcher is synchronous, so alignment runs twice: the first run collects
// the candidates the verifier is asked about (the same on every run: candidate search comes before the verifier),
// the model scores their texts in batches, and the second run decides on the blended answers.
import { alignTexts } from '../align.ts';
import { DEFAULT_MODEL } from '../learn/model.ts';
import type { AlignOptions, AlignResult, Span } from '../types.ts';
import { linkModelVerifier, type Verifier, type VerifyCandidate } from './verifier.ts';

/** One pair for a model: a report passage and the source passage it may report (the text of its spans). */
export interface PassagePair {
  report: string;
  source: string;
}

/** A model over passage pairs: the probability (0..1) that each pair reports the same statement, in order. */
export interface PairScorer {
  name: string;
  score(pairs: readonly PassagePair[]): Promise<number[]>;
}

export interface SemanticOptions {
  /**
   * Places besides assignment's choice the model judges per report passage (the passage links to the likeliest):
   * each is one more pair per passage to score, so this caps the model's work.
   */
  alternatives?: number;
  /** The model's share of the blended probability (0..1); the link model has the rest. */
  weight?: number;
}

export const SEMANTIC_DEFAULTS: Required<SemanticOptions> = { alternatives: 3, weight: 0.5 };

/** Aligns as `alignTexts` does, with `scorer`'s answers blended into the link decisions. */
export async function alignWithScorer(
  report: string,
  source: string,
  scorer: PairScorer,
  options: AlignOptions & { semantic?: SemanticOptions } = {},
): Promise<AlignResult> {
  const { semantic, ...alignOptions } = options;
  const { alternatives, weight } = { ...SEMANTIC_DEFAULTS, ...semantic };
  if (!(weight >= 0 && weight <= 1))
    throw new RangeError(`alignWithScorer: weight must be between 0 and 1, got ${weight}`);
  if (!(Number.isInteger(alternatives) && alternatives >= 0))
    throw new RangeError(`alignWithScorer: alternatives must be a whole number ≥ 0, got ${alternatives}`);
  const link = (alignOptions.model ?? DEFAULT_MODEL).link;
  if (!link) throw new Error('alignWithScorer: the matcher model has no link model to blend the semantic answers with');
  const lexical = linkModelVerifier(link.model, alignOptions.minScore ?? link.threshold);

  // The first run's candidates with the link model's answers, kept for the second run (the same candidates).
  let asked: readonly VerifyCandidate[] = [];
  let lexicalAnswers: number[] = [];
  const collect: Verifier = {
    name: `${scorer.name} (collecting)`,
    threshold: lexical.threshold,
    alternatives,
    verify: (candidates) => {
      asked = candidates;
      lexicalAnswers = lexical.verify(candidates);
      return lexicalAnswers;
    },
  };
  const first = alignTexts(report, source, { ...alignOptions, verifier: collect });
  // A translation pair, or a report with no candidate passage: the verifier was never asked.
  if (asked.length === 0) return first;

  const keys = asked.map(candidateKey);
  const unique = [...new Set(keys)];
  const pairOf = new Map(asked.map((c, k) => [keys[k]!, c]));
  const scores = await scorer.score(
    unique.map((key) => {
      const c = pairOf.get(key)!;
      return { report: textOf(report, [c.report]), source: textOf(source, c.source) };
    }),
  );
  if (scores.length !== unique.length || scores.some((p) => !(p >= 0 && p <= 1)))
    throw new Error(`alignWithScorer: model "${scorer.name}" must answer one probability (0..1) per pair`);
  const model = new Map(unique.map((key, k) => [key, scores[k]!]));
  const blend = new Map(keys.map((key, k) => [key, weight * model.get(key)! + (1 - weight) * lexicalAnswers[k]!]));
  const blended: Verifier = {
    name: `${scorer.name} + ${lexical.name}`,
    threshold: lexical.threshold,
    alternatives,
    verify: (candidates) =>
      candidates.map((c) => {
        const p = blend.get(candidateKey(c));
        if (p === undefined)
          throw new Error('alignWithScorer: the second run asked about a candidate the first did not');
        return p;
      }),
  };
  return alignTexts(report, source, { ...alignOptions, verifier: blended });
}

const candidateKey = (c: VerifyCandidate) =>
  `${c.report.start}-${c.report.end}:${c.source.map((s) => `${s.start}-${s.end}`).join(',')}`;

/** The text of `spans`, parts apart joined by an ellipsis (what the model reads as one passage). */
const textOf = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(' … ');
