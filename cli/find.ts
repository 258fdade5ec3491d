// `claimdiff find REPORT --db FILE`: the report's likely sources in the archive, best first, with the source
// passages that drew the match (server/archive/find-sources.ts). JSON is the contract for scripts:
// {"version": 1, "candidates": [{id, title, path, date, score, passages: [{start, end}]}]}.
import type { FoundSource } from '../server/archive/find-sources.ts';
import { findSources, toCandidate, toFindContract } from '../server/archive/find-sources.ts';
import { EXIT } from './cli-error.ts';
import type { CliIo } from './claimdiff.ts';
import { openArchive } from './open-archive.ts';
import type { ArchiveCommand } from './parse-archive-args.ts';
import { readInput } from './read-input.ts';

/** One candidate as `find --format json` prints it (batch prints the same). */
export { toCandidate };

export function formatFindText(candidates: readonly FoundSource[]): string {
  if (candidates.length === 0) return 'No source in the archive accounts for any of this report.\n';
  const lines = candidates.map((c, i) => {
    const name = c.source.title ?? c.source.path ?? c.source.id;
    const where = [c.source.date, c.source.outlet, c.source.path === name ? null : c.source.path]
      .filter(Boolean)
      .join(' · ');
    const share = `${Math.round(c.score * 100)}% of the report`;
    const more = i > 0 ? `, ${Math.round(c.adds * 100)}% beyond those above` : '';
    const passages = c.passages.map((p) => `${p.start}-${p.end}`).join(', ') || 'none';
    return `${i + 1}. ${name}\n   ${where ? where + '\n   ' : ''}accounts for ${share}${more}; id ${c.source.id}\n   passages ${passages}\n`;
  });
  return lines.join('');
}

export async function runFind(command: Extract<ArchiveCommand, { name: 'find' }>, io: CliIo) {
  const report = readInput(command.report, 'REPORT');
  const store = await openArchive(command.db, { create: false });
  try {
    const found = await findSources(store, report, { rerank: command.limit });
    io.stdout(command.format === 'json' ? JSON.stringify(toFindContract(found)) + '\n' : formatFindText(found));
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
