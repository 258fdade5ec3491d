// `claimdiff worker --db URL [--out FILE] [--poll SECONDS]`: takes the jobs of `claimdiff batch --queue` one at a
// time until stopped (SIGTERM or SIGINT: the job in hand is finished first). For each: find the report's source in
// the archive, align, write the line into the batch's results in PostgreSQL (and append it to --out). Any number of
// workers, on any machines that reach the database, share one queue; a job is taken by one worker at a time, and a
// job whose worker died goes to another once its expiry (`batch --queue --expire`) has passed. The results table
// keeps one line per report whatever happens; --out gets only the lines this worker wrote, each once.
import { appendFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { hasLine, saveLine } from '../server/queue/batch-results.ts';
import { EXIT } from './cli-error.ts';
import type { CliIo } from './claimdiff.ts';
import { reportLine } from './batch-line.ts';
import { openArchive, openQueue } from './open-archive.ts';
import type { ArchiveCommand } from './parse-archive-args.ts';

export async function runWorker(command: Extract<ArchiveCommand, { name: 'worker' }>, io: CliIo) {
  const store = await openArchive(command.db, { create: false });
  const name = `${hostname()}:${process.pid}`;
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  let done = 0;
  try {
    // The worker runs pg-boss's maintenance too, so lost jobs come back even when no `batch` process is running.
    const queue = await openQueue(command.db, { supervise: true, maintenanceSeconds: command.poll });
    io.stderr(`claimdiff worker ${name}: waiting for jobs\n`);
    try {
      while (!stopping) {
        const job = await queue.take();
        if (!job) {
          for (let waited = 0; waited < command.poll * 1000 && !stopping; waited += 100)
            await new Promise((resolve) => setTimeout(resolve, 100));
          continue;
        }
        const { batch, position, report, text } = job.data;
        io.stderr(`claimdiff worker ${name}: ${report} (batch ${batch}, job ${job.id})\n`);
        try {
          // A job run before by a worker that died after writing its line: nothing left but to complete it.
          if (!(await hasLine(queue.pool, batch, position))) {
            const line = await reportLine(store, report, text);
            const wrote = await saveLine(queue.pool, batch, { position, report, line, failed: false, worker: name });
            if (wrote && command.out) appendFileSync(command.out, line + '\n');
          }
          await queue.complete(job.id);
          done++;
        } catch (error) {
          io.stderr(`claimdiff worker ${name}: ${report} failed, to be tried again: ${(error as Error).message}\n`);
          await queue.fail(job.id, error as Error);
        }
      }
    } finally {
      await queue.close();
    }
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    await store.close();
  }
  io.stderr(`claimdiff worker ${name}: stopped after ${done} jobs\n`);
  return EXIT.ok;
}
