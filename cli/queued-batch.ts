// `claimdiff batch --queue --db URL REPORT...`: one job per report in the job queue (server/queue/batch-queue.ts),
// for any number of `claimdiff worker` processes to take. Every report is read (and checked) here, and its text
// travels in the job, so a worker on another machine needs no access to the files; a report that cannot be read
// gets its error line at once. Prints the batch's id on stdout, or with --wait the batch's lines once all are done.
import { saveLine, createBatch } from '../server/queue/batch-results.ts';
import type { BatchJob } from '../server/queue/batch-queue.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { CliIo } from './claimdiff.ts';
import { errorLine } from './batch-line.ts';
import { openQueue } from './open-archive.ts';
import type { ArchiveCommand } from './parse-archive-args.ts';
import { readInput } from './read-input.ts';
import { printBatchResults } from './results.ts';

export async function runQueuedBatch(
  command: Extract<ArchiveCommand, { name: 'batch' }>,
  reports: readonly string[],
  io: CliIo,
): Promise<number> {
  const queue = await openQueue(command.db);
  try {
    const batch = await createBatch(queue.pool, reports.length);
    const jobs: BatchJob[] = [];
    let unreadable = 0;
    for (const [position, path] of reports.entries()) {
      try {
        jobs.push({ batch, position, report: path, text: readInput(path, 'REPORT') });
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        unreadable++;
        await saveLine(queue.pool, batch, {
          position,
          report: path,
          line: errorLine(path, error.message),
          failed: true,
          worker: 'enqueue',
        });
      }
    }
    await queue.enqueue(jobs, command.expire);
    io.stderr(
      `claimdiff: queued ${jobs.length} reports as batch ${batch}${unreadable ? ` (${unreadable} could not be read)` : ''}; \`claimdiff worker --db URL\` processes them\n`,
    );
    if (command.wait) return await printBatchResults(queue.pool, batch, { out: command.out, wait: true }, io);
    io.stdout(`${batch}\n`);
    return unreadable > 0 ? EXIT.badInput : EXIT.ok;
  } finally {
    await queue.close();
  }
}
