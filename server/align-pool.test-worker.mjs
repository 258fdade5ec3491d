// A stand-in for dist/align-worker.mjs in server/align-pool.test.ts: takes the same jobs and gives the same answers,
// and its report text says what to do, so the pool's queue, timeout and crash handling can be tested without the
// matcher's timing.
//   'sleep:MS'  answer after MS milliseconds      'spin'   never answer (a busy loop, as a runaway matcher)
//   'crash'     end the thread (exit code 3)       'throw'  answer with an error, as when alignTexts throws
//   anything else: answer at once. Every answer carries the thread id, so a test can tell workers apart.
import { threadId } from 'node:worker_threads';

export default async function fakeAlignJob(job) {
  const answer = () => ({
    json: JSON.stringify({ report: job.report, source: job.source, threadId, minScore: job.minScore }),
  });
  if (job.report === 'spin') for (;;);
  if (job.report === 'crash') process.exit(3);
  if (job.report === 'throw') return { error: 'alignTexts: report must be a string' };
  const sleep = /^sleep:(\d+)$/.exec(job.report);
  if (sleep) await new Promise((resolve) => setTimeout(resolve, Number(sleep[1])));
  return answer();
}
