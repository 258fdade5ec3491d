// Runs the matcher on a pair of seed documents, remembering the last few results: the seed texts only change with a
// deploy, and the same pairs are opened again and again.
import { alignTexts } from '../../lib/index.ts';
import type { AlignResult } from '../../lib/types.ts';

const MAX_ENTRIES = 8;
const cache = new Map<string, AlignResult>();

export function alignSeedPair(reportSlug: string, report: string, sourceSlug: string, source: string): AlignResult {
  const key = `${reportSlug}\u0000${report.length}\u0000${sourceSlug}\u0000${source.length}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // most recently used goes last
    cache.set(key, hit);
    return hit;
  }
  const result = alignTexts(report, source);
  cache.set(key, result);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return result;
}
