// A stand-in for dist/align-worker.mjs in server/align-pool.test.ts: speaks the same messages, and its report text
// says what to do, so the pool's queue, timeout and crash handling can be tested without the matcher's timing.
//   'sleep:MS'  answer after MS milliseconds      'spin'   never answer (a busy loop, as a runaway matcher)
//   'crash'     end the thread (exit code 3)       'throw'  answer with an error, as when alignTexts throws
//   anything else: answer at once. Every answer carries the thread id, so a test can tell workers apart.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', (job) => {
  const reply = (extra) => parentPort.postMessage({ id: job.id, ...extra });
  const answer = () =>
    reply({ json: JSON.stringify({ report: job.report, source: job.source, threadId, minScore: job.minScore }) });
  if (job.report === 'spin') for (;;);
  if (job.report === 'crash') process.exit(3);
  if (job.report === 'throw') return reply({ error: 'alignTexts: report must be a string' });
  const sleep = /^sleep:(\d+)$/.exec(job.report);
  if (sleep) setTimeout(answer, Number(sleep[1]));
  else answer();
});
