// Runs the matrix of library documents on the server: each report aligned with the source once (a pair is kept
// and reused by every matrix that has it, as app/compare/align-seed-pair.ts does for comparisons), then the matrix
// built from the pairs. The texts only change with a deploy. The pairs run in the worker pool
// (server/align-pool.ts), side by side and off the request thread; the promises are what is remembered, so
// people opening the same matrix at once share one run, and a failed run is forgotten.
import { buildMatrix } from '../../lib/index.ts';
import type { AlignResult, MatrixOptions, MatrixRun } from '../../lib/types.ts';
import { getAlignPool } from '../../server/align-pool.ts';

const MAX_PAIRS = 48;
const MAX_MATRICES = 8;
const pairs = new Map<string, Promise<AlignResult>>();
const matrices = new Map<string, Promise<MatrixRun>>();

export interface LibraryText {
  slug: string;
  text: string;
}

/** The pairs and matrix of `source` with `reports`, computed once per set of documents. */
export function alignLibraryMatrix(
  source: LibraryText,
  reports: readonly LibraryText[],
  options: MatrixOptions = {},
): Promise<MatrixRun> {
  const key = [options.scope ?? 'covered', keyOf(source), ...reports.map(keyOf)].join('\u0001');
  const hit = remember(matrices, key);
  if (hit) return hit;
  const run = Promise.all(reports.map((r) => alignPair(r, source))).then((results) => ({
    pairs: results,
    matrix: buildMatrix(
      source.text,
      reports.map((r) => r.text),
      results,
      options,
    ),
  }));
  return store(matrices, key, run, MAX_MATRICES);
}

function alignPair(report: LibraryText, source: LibraryText): Promise<AlignResult> {
  const key = `${keyOf(report)}\u0001${keyOf(source)}`;
  return remember(pairs, key) ?? store(pairs, key, getAlignPool().align(report.text, source.text), MAX_PAIRS);
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

function store<T>(cache: Map<string, Promise<T>>, key: string, value: Promise<T>, max: number): Promise<T> {
  cache.set(key, value);
  value.catch(() => {
    if (cache.get(key) === value) cache.delete(key);
  });
  if (cache.size > max) cache.delete(cache.keys().next().value!);
  return value;
}
