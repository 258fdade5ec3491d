// `claimdiff results --db URL BATCH [--out FILE] [--wait]`: the JSON lines of a queued batch, in report order, as
// `claimdiff batch` would have printed them. With --wait it first waits until every report is done (a progress bar
// on a terminal); without, it prints the lines done so far and exits 75 when some are still queued.
import { writeFileSync } from 'node:fs';
import type pg from 'pg';
import { batchLines, batchProgress } from '../server/queue/batch-results.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { CliIo } from './claimdiff.ts';
import { progressBar } from './batch.ts';
import { openQueue } from './open-archive.ts';
import type { ArchiveCommand } from './parse-archive-args.ts';

/** How often --wait looks at the batch's progress, in ms. */
const WAIT_POLL_MS = 500;

/** Prints (or writes to `out`) the batch's lines; returns the exit status. */
export async function printBatchResults(
  pool: pg.Pool,
  batch: string,
  { out, wait }: { out: string | undefined; wait: boolean },
  io: CliIo,
): Promise<number> {
  let progress = await batchProgress(pool, batch);
  if (!progress) throw new CliError(`no batch ${batch} in the database (batch --queue prints its id)`, EXIT.badInput);
  while (wait && progress.done < progress.total) {
    if (io.stderrIsTTY) io.stderr(progressBar(progress.done, progress.total, `batch ${batch}`));
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
    progress = (await batchProgress(pool, batch))!;
  }
  if (wait && io.stderrIsTTY) io.stderr(progressBar(progress.total, progress.total, 'done') + '\n');
  const text = (await batchLines(pool, batch)).map((l) => l.line + '\n').join('');
  if (out) writeFileSync(out, text);
  else io.stdout(text);
  if (progress.done < progress.total) {
    io.stderr(
      `claimdiff: ${progress.done} of ${progress.total} reports of batch ${batch} are done; the rest are queued (--wait waits for them)\n`,
    );
    return EXIT.pending;
  }
  return progress.failed > 0 ? EXIT.badInput : EXIT.ok;
}

export async function runResults(command: Extract<ArchiveCommand, { name: 'results' }>, io: CliIo) {
  const queue = await openQueue(command.db);
  try {
    return await printBatchResults(queue.pool, command.batch, command, io);
  } finally {
    await queue.close();
  }
}
