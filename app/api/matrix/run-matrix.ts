// Aligns each report of a matrix request with its source in the worker pool, side by side and off the request
// thread, and builds the matrix (lib/).
import { buildMatrix } from '../../../lib/index.ts';
import type { MatrixRun } from '../../../lib/types.ts';
import { getAlignPool } from '../../../server/align-pool.ts';
import type { MatrixSides } from './read-matrix-request.ts';

export async function runMatrix({ source, reports }: MatrixSides, signal: AbortSignal): Promise<MatrixRun> {
  const texts = reports.map((r) => r.text);
  const pairs = await Promise.all(texts.map((text) => getAlignPool().align(text, source, { signal })));
  return { pairs, matrix: buildMatrix(source, texts, pairs) };
}
