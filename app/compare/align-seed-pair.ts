// Runs the matcher on a pair of seed documents in the worker pool (server/align-pool.ts), remembering the last few
// results: the seed texts only change with a deploy, and the same pairs are opened again and again. The promise is
// what is remembered, so people opening the same pair at once share one run; a failed run is forgotten.
import type { AlignResult } from '../../lib/types.ts';
import { getAlignPool } from '../../server/align-pool.ts';

const MAX_ENTRIES = 8;
const cache = new Map<string, Promise<AlignResult>>();

export function alignSeedPair(
  reportSlug: string,
  report: string,
  sourceSlug: string,
  source: string,
): Promise<AlignResult> {
  const key = `${reportSlug}\u0000${report.length}\u0000${sourceSlug}\u0000${source.length}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // most recently used goes last
    cache.set(key, hit);
    return hit;
  }
  const result = getAlignPool().align(report, source);
  cache.set(key, result);
  result.catch(() => {
    if (cache.get(key) === result) cache.delete(key);
  });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return result;
}
