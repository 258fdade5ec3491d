// The worker thread of server/align-pool.ts: runs the matcher on one pair at a time and answers with the result as a
// JSON string. Built by scripts/build-cli.mjs into dist/align-worker.mjs (plain ESM outside Next's bundle, because
// Turbopack cannot resolve `new Worker(new URL(...))` in route handlers; ../shared/TOOLCHAIN.md).
// JSON rather than the object: the API route sends the string on as it is, so the request thread never walks the
// result, and a string crosses threads with one copy.
import { parentPort } from 'node:worker_threads';
import { alignTexts } from '../lib/index.ts';

/** A job from the pool. `minScore` is the one matcher option that can cross a thread (a measure has functions). */
export interface AlignJobMessage {
  id: number;
  report: string;
  source: string;
  minScore?: number;
}

/** The answer to one job: the AlignResult as JSON, or the message of what the matcher threw. */
export type AlignReplyMessage = { id: number; json: string } | { id: number; error: string };

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: AlignJobMessage) => {
    let reply: AlignReplyMessage;
    try {
      const options = job.minScore === undefined ? {} : { minScore: job.minScore };
      reply = { id: job.id, json: JSON.stringify(alignTexts(job.report, job.source, options)) };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
