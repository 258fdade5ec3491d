// `claimdiff batch --db FILE REPORT...` (or a folder of .txt reports): finds each report's source in the archive
// and aligns the report with it, writing one JSON line per report, in order:
//   {"report": PATH, "source": {id, title, path, date, score, passages} | null, "align": the align contract | null}
// or {"report": PATH, "error": MESSAGE} for a report that cannot be read; the batch goes on. Each line is written
// as soon as its report is done, so `--resume` after an interruption skips the reports already written (with a
// result: a report that failed is tried again).
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT } from './cli-error.ts';
import type { CliIo } from './claimdiff.ts';
import { errorLine, reportLine } from './batch-line.ts';
import { openArchive } from './open-archive.ts';
import { runQueuedBatch } from './queued-batch.ts';
import type { ArchiveCommand } from './parse-archive-args.ts';
import { readInput } from './read-input.ts';

/** The reports of the command line: files as given, folders as their `.txt` files in name order. */
export function expandReports(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A missing file stays in the list: it gets its error line like any other bad file.
    }
    if (!isDir) return [path];
    return readdirSync(path)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(path, name));
  });
}

/** The reports `out` already holds a result for. */
function doneReports(out: string): Set<string> {
  const done = new Set<string>();
  if (!existsSync(out)) return done;
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    try {
      const row = JSON.parse(line) as { report?: unknown; error?: unknown };
      if (typeof row.report === 'string' && row.error === undefined) done.add(row.report);
    } catch {
      // A line cut short by an interruption: its report is done again.
    }
  }
  return done;
}

/** `[#####-----] 12/40 name`, redrawn in place on a terminal. */
export function progressBar(done: number, total: number, label: string): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label.slice(-40).padEnd(40)}`;
}

export async function runBatch(command: Extract<ArchiveCommand, { name: 'batch' }>, io: CliIo) {
  const reports = expandReports(command.reports);
  if (command.queue) return runQueuedBatch(command, reports, io);
  const skip = command.resume && command.out ? doneReports(command.out) : new Set<string>();
  const store = await openArchive(command.db, { create: false });
  const write = (json: string) => {
    const line = json + '\n';
    if (command.out) appendFileSync(command.out, line);
    else io.stdout(line);
  };
  const showProgress = io.stderrIsTTY === true;
  let failed = 0;
  try {
    for (const [i, path] of reports.entries()) {
      if (showProgress) io.stderr(progressBar(i, reports.length, path));
      if (skip.has(path)) continue;
      let report: string;
      try {
        report = readInput(path, 'REPORT');
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        failed++;
        write(errorLine(path, error.message));
        continue;
      }
      write(await reportLine(store, path, report));
    }
    if (showProgress) io.stderr(progressBar(reports.length, reports.length, 'done') + '\n');
  } finally {
    await store.close();
  }
  return failed > 0 ? EXIT.badInput : EXIT.ok;
}
