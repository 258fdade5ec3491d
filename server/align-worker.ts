// The task of server/align-pool.ts's piscina workers: runs the matcher on one pair and answers with the result as a
// JSON string. Built by scripts/build-cli.mjs into dist/align-worker.mjs (plain ESM outside Next's bundle, because
// Turbopack cannot resolve `new Worker(new URL(...))` in route handlers; ../shared/TOOLCHAIN.md).
// JSON rather than the object: the API route sends the string on as it is, so the request thread never walks the
// result, and a string crosses threads with one copy.
import { alignTexts } from '../lib/index.ts';

/** A job from the pool. `minScore` is the one matcher option that can cross a thread (a measure has functions). */
export interface AlignJobMessage {
  report: string;
  source: string;
  minScore?: number;
}

/**
 * The answer to one job: the AlignResult as JSON, or the message of what the matcher threw. A matcher error is an
 * answer rather than a throw, so the pool tells it apart from a worker that died without reading piscina's messages.
 */
export type AlignReplyMessage = { json: string } | { error: string };

/** piscina calls the default export once per job. */
export default function alignJob(job: AlignJobMessage): AlignReplyMessage {
  try {
    const options = job.minScore === undefined ? {} : { minScore: job.minScore };
    return { json: JSON.stringify(alignTexts(job.report, job.source, options)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
