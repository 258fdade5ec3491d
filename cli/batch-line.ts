// One report's line of `claimdiff batch`, the same whether the batch runs here or through the job queue
// (`claimdiff worker`): {"report": PATH, "source": the candidate as find prints it or null, "align": the align
// contract or null}, or {"report": PATH, "error": MESSAGE} for a report that cannot be read.
import { toContract } from '../lib/contract.ts';
import { findSources } from '../server/archive/find-sources.ts';
import type { SourceArchive } from '../server/store/source-archive.ts';
import { toCandidate } from './find.ts';

/** The line (without its newline) for the report at `path` with text `report`. */
export async function reportLine(archive: SourceArchive, path: string, report: string): Promise<string> {
  const [best] = await findSources(archive, report);
  return JSON.stringify({
    report: path,
    source: best ? toCandidate(best) : null,
    align: best ? toContract(best.result) : null,
  });
}

/** The line for a report that cannot be read. */
export const errorLine = (path: string, message: string): string => JSON.stringify({ report: path, error: message });
