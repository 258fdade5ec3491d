// The matcher's entry point: report + source in, AlignResult out. Data flows one way:
// text → segments and tokens → weights and index → places → assignment → verdicts and diffs → result.
import { createVocabulary } from './normalize/tokens.ts';
import { stemWord } from './normalize/stem.ts';
import { firstTokenAfter, prepareDocument, tokenRange, tokenizeDocument, type PreparedDoc } from './match/document.ts';
import { computeWeights } from './match/weights.ts';
import { buildSourceIndex, relatedSourceKeys } from './match/candidates.ts';
import { createRelate, lexicalSimilarity } from './match/similarity.ts';
import { findMetadata } from './match/metadata.ts';
import { assignClaims, type Claim } from './match/assign.ts';
import { findPlaces, type MatchContext } from './match/places.ts';
import { evidenceWeight } from './match/score-passage.ts';
import { findRegions, findOmitted } from './match/regions.ts';
import { buildAlignment } from './match/build-alignment.ts';
import { refineClaims } from './refine/index.ts';
import { claimFeatureEnv, claimFeatures } from './learn/claim-features.ts';
import { regionFeatures } from './learn/region-features.ts';
import { predictYes } from './learn/logistic.ts';
import { linkModelVerifier } from './verify/verifier.ts';
import { DEFAULT_MODEL, type MatcherModel } from './learn/model.ts';
import { mergeSpans } from './spans.ts';
import { cutClausesAtQuestionFrames } from './match/question-frames.ts';
import { indexSource } from './quotes/surface.ts';
import { checkQuotes } from './quotes/check.ts';
import { attachQuotes } from './quotes/attach.ts';
import { alignTranslation } from './translate/align-translation.ts';
import { detectLanguage, isLatinLanguage, isTranslationPair, type Language } from './translate/language.ts';
import { detectLatinLanguage, readsAsEnglish } from './translate/latin-language.ts';
import type { AlignOptions, AlignResult, SimilarityMeasure, Span, TranslationDictionary } from './types.ts';

/** Minimum score of an alignment when the model has no link decision (see `AlignOptions.minScore`). */
export const DEFAULT_MIN_SCORE = 0.35;
/**
 * Assignment's bar for a candidate claim when the link model decides: low, so that the model sees the weak
 * paraphrases (a number and a noun in common) that a fixed bar on the raw score loses.
 */
const CANDIDATE_MIN_SCORE = 0.2;

/**
 * The source's language when not given: its script's; for Latin script, with dictionaries at hand, a language
 * of theirs its function words clearly show, when the report reads as English (a German report of a German
 * source keeps the matcher). Without dictionaries this is the script's language, so nothing changes.
 */
function detectSourceLanguage(report: string, source: string, options: AlignOptions): Language {
  const byScript = detectLanguage(source);
  const among = (options.dictionaries ?? []).map((d) => d.language).filter(isLatinLanguage);
  if (byScript !== 'en' || among.length === 0) return byScript;
  const latin = detectLatinLanguage(source, among);
  return latin !== 'en' && (options.reportLanguage === 'en' || readsAsEnglish(report)) ? latin : byScript;
}

/**
 * The original's language (and its dictionary) when `alignTexts` aligns the pair as a translation, else null: the
 * languages given or detected, a Latin-script original only with its dictionary.
 */
function translationPlan(
  report: string,
  source: string,
  options: AlignOptions,
): { sourceLanguage: Language; dictionary?: TranslationDictionary } | null {
  const reportLanguage = options.reportLanguage ?? detectLanguage(report);
  const sourceLanguage = options.sourceLanguage ?? detectSourceLanguage(report, source, options);
  const dictionary = options.dictionaries?.find((d) => d.language === sourceLanguage);
  if (!isTranslationPair(reportLanguage, sourceLanguage, dictionary !== undefined)) return null;
  return dictionary ? { sourceLanguage, dictionary } : { sourceLanguage };
}

/** Whether `alignTexts` with these options aligns the pair in translation mode (a translation and its original). */
export const alignsAsTranslation = (report: string, source: string, options: AlignOptions = {}): boolean =>
  translationPlan(report, source, options) !== null;

/** Aligns the statements of `report` with the places in `source` they report. */
export function alignTexts(report: string, source: string, options: AlignOptions = {}): AlignResult {
  if (typeof report !== 'string') throw new TypeError('alignTexts: report must be a string');
  if (typeof source !== 'string') throw new TypeError('alignTexts: source must be a string');
  // Two scripts: a translation and its original, aligned in order (lib/translate/).
  const translation = translationPlan(report, source, options);
  if (translation)
    return alignTranslation(
      report,
      source,
      translation.sourceLanguage,
      translation.dictionary ? { dictionary: translation.dictionary } : {},
    );
  const model: MatcherModel = options.model ?? DEFAULT_MODEL;
  const minScore = options.minScore ?? model.link?.threshold ?? DEFAULT_MIN_SCORE;
  if (!(minScore >= 0 && minScore <= 1))
    throw new RangeError(`alignTexts: options.minScore must be between 0 and 1, got ${String(options.minScore)}`);
  const measure = options.similarity ?? lexicalSimilarity;
  const trace = options.trace;

  const { ctx, vocab, clauseTokens, clauseAsks, metadata } = prepareMatch(report, source, measure);
  const { report: R, source: S } = ctx;
  const quoteChecks = checkQuotes(report, R.seg, indexSource(source));
  // The trainer (trace.links) sees the same candidates the link model will judge.
  const candidateMin =
    model.link || trace?.links || options.verifier ? Math.min(CANDIDATE_MIN_SCORE, minScore) : minScore;
  const assigned = assignClaims(ctx, { minScore: candidateMin, clauseTokens, clauseAsks });
  const env = { ctx, clauseTokens, vocab, minScore: candidateMin, quotes: quoteChecks };
  const skip = new Set(options.skip ?? []);
  const refined = refineClaims(assigned, env, skip);
  const claims = refineClaims(decideLinks(ctx, refined, model, minScore, options), env, skip, true);
  const carried = new Set<number>(claims.flatMap((c) => c.places.flatMap((p) => p.match.pairs.map((x) => x[1]))));
  const attached = attachFrames(R, claims, clauseTokens);
  const kinds: Array<Record<string, number>> = [];
  const alignments = claims.map((claim, k) =>
    buildAlignment({
      ctx,
      claim,
      reportSpans: orWhole(trimMetadata(R, attached[k]!, metadata), attached[k]!),
      carried,
      vocab,
      kindModel: model.kind,
      onKindFeatures: (f) => kinds.push(f),
    }),
  );
  trace?.kinds?.(alignments.map((a, k) => ({ report: a.report, source: a.source, features: kinds[k]! })));
  const order = alignments
    .map((a, k) => [a, k] as const)
    .sort((x, y) => x[0].report[0]!.start - y[0].report[0]!.start || x[1] - y[1]);
  const regions = decideRegions(ctx, claims, model, trace);
  const quoted = attachQuotes(
    quoteChecks,
    order.map(([a]) => a),
    report,
  );
  return {
    version: 1,
    report: { length: report.length },
    source: { length: source.length },
    alignments: quoted.alignments,
    added: findAdded(R, claims, clauseTokens, metadata),
    omitted: findOmitted(S, regions, alignments, claims),
    regions,
    quotes: quoted.quotes,
  };
}

/**
 * The claims the verifier keeps (by default the link model), each scored with its probability of reporting its
 * place; without either, those assignment scored at least `minScore`.
 */
function decideLinks(
  ctx: MatchContext,
  claims: readonly Claim[],
  model: MatcherModel,
  minScore: number,
  options: AlignOptions,
): Claim[] {
  const verifier = options.verifier ?? (model.link ? linkModelVerifier(model.link.model, minScore) : null);
  // Each claim with the other places candidate search finds for it, as many as the verifier judges: it may prefer one.
  const alternatives = verifier?.alternatives ?? 0;
  const variants = claims.map((c) => (alternatives > 0 ? withAlternatives(ctx, c, alternatives) : [c]));
  const flat = variants.flat();
  const env = claimFeatureEnv(ctx, flat);
  const candidates = flat.map((c) => ({
    report: { start: ctx.report.seg.clauses[c.clauseFirst]!.start, end: ctx.report.seg.clauses[c.clauseLast - 1]!.end },
    source: c.places.map((p) => ({
      start: ctx.source.seg.sentences[p.first]!.start,
      end: ctx.source.seg.sentences[p.last - 1]!.end,
    })),
    features: claimFeatures(env, c),
  }));
  options.trace?.links?.(candidates);
  if (!verifier) return claims.filter((c) => c.score >= minScore);
  const p = verifier.verify(candidates);
  if (p.length !== flat.length)
    throw new Error(`alignTexts: verifier "${verifier.name}" answered ${p.length} of ${flat.length} candidates`);
  const bar = options.verifier && options.minScore === undefined ? verifier.threshold : minScore;
  const out: Claim[] = [];
  let k = 0;
  for (const group of variants) {
    let best = -1;
    let bestP = -Infinity;
    group.forEach((_, j) => {
      if (p[k + j]! > bestP) [best, bestP] = [j, p[k + j]!];
    });
    k += group.length;
    if (bestP >= bar) out.push({ ...group[best]!, score: Math.min(1, Math.max(0, bestP)) });
  }
  return out;
}

/** The claim and up to `count` places besides its own that candidate search proposes for its words. */
function withAlternatives(ctx: MatchContext, claim: Claim, count: number): Claim[] {
  if (claim.places.length !== 1 || claim.denial || claim.tokens.length === 0) return [claim];
  const own = claim.places[0]!;
  const others = findPlaces(ctx, claim.tokens, count + 1)
    .filter((p) => p.first !== own.first || p.last !== own.last)
    .slice(0, count);
  return [claim, ...others.map((place) => ({ ...claim, places: [place], score: place.match.score }))];
}

/**
 * The covered part of the source: the sentences the region model places in it, merged; without a region
 * model, the exchanges that confident claims draw on (regions.ts).
 */
function decideRegions(
  ctx: MatchContext,
  claims: readonly Claim[],
  model: MatcherModel,
  trace: AlignOptions['trace'],
): Span[] {
  const S = ctx.source;
  const features = trace?.regions || model.region ? regionFeatures(ctx, claims) : [];
  trace?.regions?.(
    S.seg.sentences.map((s, k) => ({ sentence: { start: s.start, end: s.end }, features: features[k]! })),
  );
  const region = model.region;
  if (!region || claims.length === 0) return findRegions(S, claims);
  const spans: Span[] = [];
  S.seg.sentences.forEach((s, k) => {
    if (predictYes(region.model, features[k]!) >= region.threshold) spans.push({ start: s.start, end: s.end });
  });
  return mergeSpans(spans);
}

/** Everything matching needs, built once per run: both documents, weights, the index, relations. */
export function prepareMatch(report: string, source: string, measure: SimilarityMeasure = lexicalSimilarity) {
  const vocab = createVocabulary();
  const r = tokenizeDocument(report, vocab);
  const s = tokenizeDocument(source, vocab);
  const R = prepareDocument(report, cutClausesAtQuestionFrames(report, r.seg), r.tokens, vocab);
  const S = prepareDocument(source, s.seg, s.tokens, vocab);
  const weights = computeWeights(S, vocab, stemWord);
  const index = buildSourceIndex(S);
  const relate = createRelate(vocab, measure);

  const { clauseTokens, clauseAsks, metadata } = reportClauseTokens(R);
  const reportKeys = new Set(clauseTokens.flat().map((i) => R.tokens.key[i]!));
  const related = relatedSourceKeys(reportKeys, index, vocab, relate);
  const contentCache = new Map<number, number[]>();
  const ctx: MatchContext = {
    report: R,
    source: S,
    index,
    weights,
    related,
    evidence: evidenceWeight(S.seg.sentences.length),
    hasLabels: S.seg.turns.some((t) => t.label !== null),
    sourceContent: (sentence) => {
      let list = contentCache.get(sentence);
      if (list === undefined) {
        list = [];
        for (let i = S.sentenceFirst[sentence]!; i < S.sentenceLast[sentence]!; i++)
          if (S.tokenContent[i]) list.push(i);
        contentCache.set(sentence, list);
      }
      return list;
    },
  };

  return { ctx, vocab, relate, clauseTokens, clauseAsks, metadata };
}

/** Content tokens of each report clause, without attribution frames or metadata, and which clauses ask. */
function reportClauseTokens(R: PreparedDoc): { clauseTokens: number[][]; clauseAsks: boolean[]; metadata: Span[] } {
  const metadata = findMetadata(R.text);
  const excluded = new Uint8Array(R.tokens.count);
  for (const span of [...metadata, ...R.seg.frames]) {
    const [a, b] = tokenRange(R.tokens, span);
    excluded.fill(1, a, b);
  }
  const clauseTokens: number[][] = [];
  const clauseAsks: boolean[] = [];
  R.seg.clauses.forEach((clause, c) => {
    const list: number[] = [];
    for (let i = R.clauseFirst[c]!; i < R.clauseLast[c]!; i++) if (R.tokenContent[i] && !excluded[i]) list.push(i);
    clauseTokens.push(list);
    clauseAsks.push(R.seg.frames.some((f) => f.target === 'question' && f.start < clause.end && clause.start < f.end));
  });
  return { clauseTokens, clauseAsks, metadata };
}

/**
 * The report span of each claim: its clauses, plus neighbouring clauses of the same sentence that
 * carry no content of their own (`Wang said`, `, adding that`), which belong to the statement.
 */
function attachFrames(R: PreparedDoc, claims: readonly Claim[], clauseTokens: number[][]): Span[] {
  const owner = new Map<number, number>();
  claims.forEach((c, k) => {
    for (let i = c.clauseFirst; i < c.clauseLast; i++) owner.set(i, k);
  });
  const spans = claims.map((c) => ({
    start: c.from ?? R.seg.clauses[c.clauseFirst]!.start,
    end: R.seg.clauses[c.clauseLast - 1]!.end,
  }));
  for (let s = 0; s < R.seg.sentences.length; s++) {
    const c0 = R.sentenceClauseFirst[s]!;
    const c1 = R.sentenceClauseLast[s]!;
    for (let c = c0; c < c1; c++) {
      if (owner.has(c) || clauseTokens[c]!.length > 0) continue;
      // Frame-only clause: join the previous claim of the sentence, else the next.
      let k: number | undefined;
      for (let p = c - 1; p >= c0 && k === undefined; p--) k = owner.get(p);
      for (let p = c + 1; p < c1 && k === undefined; p++) k = owner.get(p);
      if (k === undefined) continue;
      const clause = R.seg.clauses[c]!;
      owner.set(c, k);
      spans[k] = { start: Math.min(spans[k]!.start, clause.start), end: Math.max(spans[k]!.end, clause.end) };
    }
  }
  return spans;
}

/** Cuts metadata (datelines, time stamps) off the edges of a report span. */
function trimMetadata(doc: PreparedDoc, span: Span, metadata: readonly Span[]): Span[] {
  const { text, tokens } = doc;
  let { start, end } = span;
  for (const m of metadata) {
    if (m.start <= start && m.end > start) start = m.end;
    if (m.start < end && m.end >= end) end = m.start;
  }
  // Never cut a word: a token the metadata reaches into goes with the metadata.
  const first = firstTokenAfter(tokens, start);
  if (first < tokens.count && tokens.start[first]! < start) start = tokens.end[first]!;
  const last = firstTokenAfter(tokens, end);
  if (last < tokens.count && tokens.start[last]! < end && tokens.end[last]! > end) end = tokens.start[last]!;
  while (start < end && /[\s]/.test(text[start]!)) start++;
  while (end > start && /[\s]/.test(text[end - 1]!)) end--;
  return start < end ? [{ start, end }] : [];
}

const orWhole = (spans: Span[], whole: Span): Span[] => (spans.length ? spans : [whole]);

/** Claim-bearing report clauses that no alignment covers, merged where they touch. */
function findAdded(
  R: PreparedDoc,
  claims: readonly Claim[],
  clauseTokens: number[][],
  metadata: readonly Span[],
): Span[] {
  const covered = new Uint8Array(R.seg.clauses.length);
  const lead = new Map<number, Span>(); // a claim's clause before where the claim starts
  for (const c of claims) {
    covered.fill(1, c.clauseFirst, c.clauseLast);
    if (c.from !== undefined) lead.set(c.clauseFirst, { start: R.seg.clauses[c.clauseFirst]!.start, end: c.from });
  }
  const out: Span[] = [];
  R.seg.clauses.forEach((whole, c) => {
    const clause = lead.get(c) ?? whole;
    const words = clauseTokens[c]!.filter((i) => R.tokens.start[i]! >= clause.start && R.tokens.end[i]! <= clause.end);
    if ((covered[c] && !lead.has(c)) || words.length < 2) return;
    for (const span of trimMetadata(R, clause, metadata)) {
      const last = out[out.length - 1];
      const gap = last ? R.text.slice(last.end, span.start) : 'x';
      if (last && /^\s*$/.test(gap) && !gap.includes('\n')) last.end = span.end;
      else out.push({ ...span });
    }
  });
  return out;
}
