// The fuzz harness shared by test/fuzz/matcher.stress.ts and matcher-quick.test.ts: generates pairs family by
// family, runs the matcher and the segmenter on each, checks every invariant, and keeps the figures a CI log
// should show (inputs per family, time, the slowest input). A failure is shrunk to a small reproduction.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../../lib/index.ts';
import { segmentDocument } from '../../lib/segment/index.ts';
import { checkAlignResult, indexWords } from './check-align-result.ts';
import { checkSegmentation } from './check-segmentation.ts';
import { FAMILIES, generatePair, type Family } from './generate-text.ts';
import { prng, randomChance, randomInt } from './random.ts';
import { shrinkPair } from './shrink-pair.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The seed documents shipped in seeds/, the source of the real sentences. */
export function readSeedTexts(): string[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** What one checked pair showed. */
export interface PairOutcome {
  /** Time of `alignTexts` alone, in ms. */
  alignMs: number;
  alignments: number;
}

/**
 * Runs the matcher on the pair and the segmenter on each text, and checks every invariant
 * (check-align-result.ts, check-segmentation.ts). Throws on a crash or a broken invariant.
 */
export function checkPair(report: string, source: string): PairOutcome {
  const t0 = performance.now();
  const result = alignTexts(report, source);
  const alignMs = performance.now() - t0;
  checkAlignResult(indexWords(report), indexWords(source), result);
  checkSegmentation(report, segmentDocument(report));
  checkSegmentation(source, segmentDocument(source));
  return { alignMs, alignments: result.alignments.length };
}

/** The message of what `checkPair` threw, or undefined when the pair holds. */
export function failureOf(report: string, source: string): string | undefined {
  try {
    checkPair(report, source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

/** A failure's kind: its message without offsets, indices and quoted text, so one bug is reported once. */
export function failureKind(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

export interface FuzzFailure {
  family: string;
  /** The seed and input number that regenerate the pair (for a special input, its name). */
  seed: number;
  input: number | string;
  message: string;
  /** The pair as generated, and cut down by shrink-pair.ts. */
  report: string;
  source: string;
  minimal: { report: string; source: string };
  /** The id of the known lib bug that explains it (known-bugs.ts), when one does. */
  known?: string;
}

/** The family name under which special inputs are booked; they have their own lines in the summary. */
export const SPECIAL = 'special';

/** One special input's figures, printed in the summary. */
export interface SpecialRun {
  name: string;
  reportLength: number;
  sourceLength: number;
  /** Time of `alignTexts` alone, in ms; undefined when it failed. */
  ms?: number;
  maxRssMb?: number;
  failure?: string;
}

export interface FuzzStats {
  tried: number;
  perFamily: Map<string, number>;
  /** Pairs that produced at least one alignment, so their diffs were checked. */
  aligned: number;
  alignments: number;
  /** Wall time spent generating and checking, in ms. */
  ms: number;
  /** The generated pair on which `alignTexts` took longest. */
  slowest: { family: string; reportLength: number; sourceLength: number; ms: number } | undefined;
  failures: FuzzFailure[];
  specials: SpecialRun[];
}

export function createStats(): FuzzStats {
  return {
    tried: 0,
    perFamily: new Map(),
    aligned: 0,
    alignments: 0,
    ms: 0,
    slowest: undefined,
    failures: [],
    specials: [],
  };
}

export interface FuzzPlan {
  seed: number;
  /** Pairs per family. */
  perFamily: number;
  /** Share of pairs of medium size; the rest are small. */
  mediumShare: number;
  /** Text size ranges, in code units: [min, max). */
  small: [number, number];
  medium: [number, number];
}

/** Checks one pair and books it in `stats`: its time, the slowest input, or its failure (also returned). */
export function recordPair(
  stats: FuzzStats,
  family: string,
  report: string,
  source: string,
  where: { seed: number; input: number | string },
  check: (report: string, source: string) => PairOutcome = checkPair,
): { outcome?: PairOutcome; failure?: FuzzFailure } {
  stats.tried++;
  stats.perFamily.set(family, (stats.perFamily.get(family) ?? 0) + 1);
  const t0 = performance.now();
  try {
    const outcome = check(report, source);
    stats.alignments += outcome.alignments;
    if (outcome.alignments > 0) stats.aligned++;
    if (family !== SPECIAL && (!stats.slowest || outcome.alignMs > stats.slowest.ms))
      stats.slowest = { family, reportLength: report.length, sourceLength: source.length, ms: outcome.alignMs };
    return { outcome };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const failure: FuzzFailure = { family, ...where, message, report, source, minimal: { report, source } };
    stats.failures.push(failure);
    return { failure };
  } finally {
    stats.ms += performance.now() - t0;
  }
}

/** Generates and checks `plan.perFamily` pairs of every family, booking each in `stats`. */
export function runFuzz(plan: FuzzPlan, corpus: readonly string[], stats = createStats()): FuzzStats {
  FAMILIES.forEach((family: Family, f) => {
    const seed = plan.seed + f;
    const random = prng(seed);
    for (let input = 0; input < plan.perFamily; input++) {
      const [min, max] = randomChance(random, plan.mediumShare) ? plan.medium : plan.small;
      const pair = generatePair(random, family, randomInt(random, min, max), corpus);
      recordPair(stats, family, pair.report, pair.source, { seed, input });
    }
  });
  return stats;
}

/**
 * Shrinks the first failure of each kind (and known bug) into a small reproduction, up to `kinds` of them.
 * `explain` names the known bug behind a pair (known-bugs.ts), so a shrink keeps to the same bug.
 */
export function shrinkFailures(
  failures: readonly FuzzFailure[],
  explain: (pair: { report: string; source: string }) => string | undefined,
  kinds = 8,
): void {
  const seen = new Set<string>();
  for (const failure of failures) {
    const kind = failureKind(failure.message);
    const group = `${failure.known ?? ''} ${kind}`;
    if (seen.has(group) || seen.size >= kinds) continue;
    seen.add(group);
    // Large inputs shrink slowly; the special inputs are reported as built.
    if (failure.report.length + failure.source.length > 50_000) continue;
    failure.minimal = shrinkPair(failure.report, failure.source, (r, s) => {
      const m = failureOf(r, s);
      return m !== undefined && failureKind(m) === kind && explain({ report: r, source: s }) === failure.known;
    });
  }
}

/** The figures for the CI log: inputs per family, time, slowest input, the special inputs, one entry per failure kind. */
export function formatStats(title: string, stats: FuzzStats): string {
  const lines = [
    `${title}: ${stats.tried} inputs tried in ${(stats.ms / 1000).toFixed(1)} s; ${stats.aligned} produced alignments (${stats.alignments} alignments checked)`,
  ];
  lines.push(`  per family: ${[...stats.perFamily].map(([f, n]) => `${f} ${n}`).join(', ')}`);
  if (stats.slowest) {
    const s = stats.slowest;
    lines.push(
      `  slowest generated input: alignTexts ${s.ms.toFixed(0)} ms on ${s.family} (report ${s.reportLength} chars, source ${s.sourceLength} chars)`,
    );
  }
  for (const s of stats.specials) {
    const size = `report ${s.reportLength} chars, source ${s.sourceLength} chars`;
    const figures =
      s.failure === undefined
        ? `alignTexts ${s.ms?.toFixed(0)} ms, peak RSS ${s.maxRssMb} MB`
        : `FAILED: ${s.failure.slice(0, 200)}`;
    lines.push(`  special ${s.name} (${size}): ${figures}`);
  }
  const byKind = new Map<string, FuzzFailure[]>();
  for (const f of stats.failures)
    byKind.set(failureKind(f.message), [...(byKind.get(failureKind(f.message)) ?? []), f]);
  const known = stats.failures.filter((f) => f.known).length;
  lines.push(
    `  failures: ${stats.failures.length}${byKind.size ? ` of ${byKind.size} kinds` : ''}${known ? ` (${known} explained by known lib bugs)` : ''}`,
  );
  for (const [kind, list] of byKind) {
    const first = list[0]!;
    const ids = [...new Set(list.map((f) => f.known ?? 'NEW'))].join(', ');
    lines.push(`  - ${list.length}× [${ids}] ${kind}`);
    lines.push(`    first: family ${first.family}, seed ${first.seed}, input ${first.input}`);
    lines.push(`    message: ${first.message.split('\n')[0]!.slice(0, 400)}`);
    if (first.minimal.report.length + first.minimal.source.length <= 2000)
      lines.push(
        `    minimal: report ${JSON.stringify(first.minimal.report)} source ${JSON.stringify(first.minimal.source)}`,
      );
    else
      lines.push(
        `    (report ${first.minimal.report.length} chars, source ${first.minimal.source.length} chars: too long to print)`,
      );
  }
  return lines.join('\n');
}
