// Runs the matrix of library documents on the server: each report aligned with the source once (a pair is kept
// and reused by every matrix that has it, as app/compare/align-seed-pair.ts does for comparisons), then the matrix
// built from the pairs. The texts only change with a deploy. The pairs run one after another: the matcher is
// synchronous, and a worker pool under Next 16 is not worth it for the few reports a matrix has (the bench shows
// one source against 10 reports in about a second or two).
import { alignTexts, buildMatrix } from '../../lib/index.ts';
import type { AlignResult, MatrixOptions, MatrixRun } from '../../lib/types.ts';

const MAX_PAIRS = 48;
const MAX_MATRICES = 8;
const pairs = new Map<string, AlignResult>();
const matrices = new Map<string, MatrixRun>();

export interface LibraryText {
  slug: string;
  text: string;
}

/** The pairs and matrix of `source` with `reports`, computed once per set of documents. */
export function alignLibraryMatrix(
  source: LibraryText,
  reports: readonly LibraryText[],
  options: MatrixOptions = {},
): MatrixRun {
  const key = [options.scope ?? 'covered', keyOf(source), ...reports.map(keyOf)].join('\u0001');
  const hit = remember(matrices, key);
  if (hit) return hit;
  const results = reports.map((r) => alignPair(r, source));
  const matrix = buildMatrix(
    source.text,
    reports.map((r) => r.text),
    results,
    options,
  );
  return store(matrices, key, { pairs: results, matrix }, MAX_MATRICES);
}

function alignPair(report: LibraryText, source: LibraryText): AlignResult {
  const key = `${keyOf(report)}\u0001${keyOf(source)}`;
  return remember(pairs, key) ?? store(pairs, key, alignTexts(report.text, source.text), MAX_PAIRS);
}

const keyOf = (doc: LibraryText) => `${doc.slug}\u0000${doc.text.length}`;

/** The cached value for `key`, now the most recently used; undefined when there is none. */
function remember<T>(cache: Map<string, T>, key: string): T | undefined {
  const hit = cache.get(key);
  if (hit === undefined) return undefined;
  cache.delete(key);
  cache.set(key, hit);
  return hit;
}

function store<T>(cache: Map<string, T>, key: string, value: T, max: number): T {
  cache.set(key, value);
  if (cache.size > max) cache.delete(cache.keys().next().value!);
  return value;
}
