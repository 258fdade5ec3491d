// Runs the matcher off the request thread (issue 5: heavy work must not stall the server). piscina keeps the worker
// threads: started when the first job arrives and reused, a dead one replaced, an idle one ended after
// ALIGN_IDLE_TIMEOUT_MS. Each runs dist/align-worker.mjs (server/align-worker.ts built by scripts/build-cli.mjs:
// Turbopack cannot bundle a worker entry, so it is loaded by absolute path, and piscina is a server external).
// Sized cores − 1 so one core stays free for pages; a bounded queue, so a flood gets a clear 503 instead of an
// ever longer wait; a per-job time limit, after which piscina terminates the worker (the job's AbortSignal).
// The queue is ours, and piscina is handed a job only when a worker is free: piscina 5 keeps jobs that carry an
// AbortSignal in a side queue that maxQueue does not bound and that runs them out of order (piscinajs/piscina#899),
// and a signal given at submission would also count the time a job waits (piscinajs/piscina#869).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { AlignResult } from '../lib/types.ts';
import type { Language } from '../lib/translate/language.ts';
import type { AlignJobMessage, AlignReplyMessage } from './align-worker.ts';
import { ALIGN_IDLE_TIMEOUT_MS, ALIGN_QUEUE_LENGTH, ALIGN_RETRY_AFTER_SECONDS, ALIGN_TIMEOUT_MS } from './limits.ts';

/** Why a job did not produce a result. Each maps to one HTTP status (alignPoolErrorStatus). */
export type AlignPoolErrorCode = 'queue-full' | 'timeout' | 'worker-failed' | 'matcher-error' | 'aborted' | 'closed';

/** A job the pool could not run, with a message a person can act on. */
export class AlignPoolError extends Error {
  constructor(
    readonly code: AlignPoolErrorCode,
    message: string,
    /** Seconds to wait before trying again (Retry-After), when waiting helps: a full queue. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AlignPoolError';
  }
}

/** The HTTP status for a pool error: 503 busy or shutting down, 504 too slow, 400 cancelled, 500 a failure. */
export function alignPoolErrorStatus(error: AlignPoolError): number {
  switch (error.code) {
    case 'queue-full':
    case 'closed':
      return 503;
    case 'timeout':
      return 504;
    case 'aborted':
      return 400;
    default:
      return 500;
  }
}

export interface AlignPoolOptions {
  /** Worker threads at most. Default max(1, cores − 1) (os.availableParallelism()). */
  size?: number;
  /** Jobs waiting for a worker at most, beyond those running. Default ALIGN_QUEUE_LENGTH (32). */
  maxQueue?: number;
  /** Longest a job may run, in milliseconds, before its worker is terminated. Default ALIGN_TIMEOUT_MS (60 s). */
  timeoutMs?: number;
  /** Absolute path of the worker entry. Default `process.cwd()/dist/align-worker.mjs`. */
  workerPath?: string;
}

export interface AlignJobOptions {
  /** The matcher's minScore (lib/types.ts AlignOptions). */
  minScore?: number;
  /** The report's and the source's languages when their documents give them (`languageOfTag` of their metadata). */
  reportLanguage?: Language;
  sourceLanguage?: Language;
  /** Aborting drops the job while it waits in the queue (the client went away); a running job finishes. */
  signal?: AbortSignal;
}

/** What the pool is doing, for tests and logs. */
export interface AlignPoolStats {
  size: number;
  workers: number;
  running: number;
  queued: number;
  /** Workers terminated after a timeout or lost to a crash, since the pool was made. */
  replaced: number;
}

export interface AlignPool {
  /** The matcher's result for the pair, as the JSON text of an AlignResult. */
  alignJson(report: string, source: string, options?: AlignJobOptions): Promise<string>;
  /** The matcher's result for the pair. */
  align(report: string, source: string, options?: AlignJobOptions): Promise<AlignResult>;
  stats(): AlignPoolStats;
  /** Terminates every worker and fails every waiting job with 'closed'. */
  close(): Promise<void>;
}

/** Default pool size: every core but one, so pages stay responsive while comparisons run; at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Where the built worker entry lives, relative to the directory the server was started in. */
export function defaultWorkerPath(): string {
  return join(process.cwd(), 'dist', 'align-worker.mjs');
}

interface Job {
  message: AlignJobMessage;
  resolve(json: string): void;
  reject(error: Error): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

const closedError = () => new AlignPoolError('closed', 'The server is shutting down; try again shortly.');
const abortedError = () => new AlignPoolError('aborted', 'The request was cancelled.');

export function createAlignPool(options: AlignPoolOptions = {}): AlignPool {
  const size = options.size ?? defaultPoolSize();
  const maxQueue = options.maxQueue ?? ALIGN_QUEUE_LENGTH;
  const timeoutMs = options.timeoutMs ?? ALIGN_TIMEOUT_MS;
  const workerPath = options.workerPath ?? defaultWorkerPath();
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`createAlignPool: size must be a positive integer, not ${size}`);
  if (!Number.isInteger(maxQueue) || maxQueue < 0)
    throw new Error(`createAlignPool: maxQueue must be a non-negative integer, not ${maxQueue}`);

  const queue: Job[] = [];
  let threads: Piscina<AlignJobMessage, AlignReplyMessage> | null = null;
  let running = 0;
  let replaced = 0;
  let closed = false;

  /** The piscina pool, made on the first job; minThreads 0, so no worker starts before one is needed. */
  function piscina(): Piscina<AlignJobMessage, AlignReplyMessage> {
    if (threads) return threads;
    threads = new Piscina({
      filename: workerPath,
      minThreads: 0,
      maxThreads: size,
      idleTimeout: ALIGN_IDLE_TIMEOUT_MS,
    });
    // A worker that fails between jobs is dropped by piscina and replaced on the next job; with no listener the
    // event would throw in the server.
    threads.on('error', () => replaced++);
    return threads;
  }

  /** What a job that piscina rejected failed of, in the pool's words. */
  function failure(error: unknown, timedOut: boolean): AlignPoolError {
    if (closed) return closedError();
    replaced++;
    if (timedOut)
      return new AlignPoolError(
        'timeout',
        `The comparison took longer than ${Math.round(timeoutMs / 1000)} s and was stopped; try shorter texts.`,
      );
    const message = error instanceof Error ? error.message : String(error);
    // piscina says `worker exited with code: 3`.
    const why = /exited with code:? (-?\d+)/.exec(message)?.[1];
    return new AlignPoolError(
      'worker-failed',
      `The matcher stopped unexpectedly (${why === undefined ? message : `exit code ${why}`}). Try again.`,
    );
  }

  function start(job: Job): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (!existsSync(/* turbopackIgnore: true */ workerPath))
      return job.reject(
        new AlignPoolError(
          'worker-failed',
          `The matcher worker is missing (${workerPath}); build it with \`node scripts/build-cli.mjs\`.`,
        ),
      );
    running++;
    // The matcher cannot be interrupted from outside: aborting a running job makes piscina end its thread.
    const limit = AbortSignal.timeout(timeoutMs);
    const settle = (outcome: string | Error) => {
      running--;
      if (typeof outcome === 'string') job.resolve(outcome);
      else job.reject(outcome);
      pump();
    };
    piscina()
      .run(job.message, { signal: limit })
      .then(
        (reply) =>
          settle(
            'json' in reply
              ? reply.json
              : new AlignPoolError('matcher-error', `The matcher failed on these texts: ${reply.error}`),
          ),
        (error: unknown) => settle(failure(error, limit.aborted)),
      );
  }

  /** Hands waiting jobs to piscina while a worker is free. */
  function pump(): void {
    while (queue.length > 0 && running < size && !closed) start(queue.shift()!);
  }

  function alignJson(report: string, source: string, jobOptions: AlignJobOptions = {}): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (closed) return reject(closedError());
      const { signal, minScore, reportLanguage, sourceLanguage } = jobOptions;
      if (signal?.aborted) return reject(abortedError());
      if (running >= size && queue.length >= maxQueue)
        return reject(
          new AlignPoolError(
            'queue-full',
            `The server is busy: ${running} comparisons are running and ${queue.length} are waiting, the most it ` +
              `queues. Try again in ${ALIGN_RETRY_AFTER_SECONDS} seconds.`,
            ALIGN_RETRY_AFTER_SECONDS,
          ),
        );
      const message: AlignJobMessage = {
        report,
        source,
        ...(minScore !== undefined && { minScore }),
        ...(reportLanguage && { reportLanguage }),
        ...(sourceLanguage && { sourceLanguage }),
      };
      const job: Job = { message, resolve, reject, signal, onAbort: undefined };
      if (signal) {
        job.onAbort = () => {
          const at = queue.indexOf(job);
          if (at < 0) return;
          queue.splice(at, 1);
          reject(abortedError());
        };
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      queue.push(job);
      pump();
    });
  }

  return {
    alignJson,
    async align(report, source, jobOptions) {
      return JSON.parse(await alignJson(report, source, jobOptions)) as AlignResult;
    },
    stats: () => ({ size, workers: threads?.threads.length ?? 0, running, queued: queue.length, replaced }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(closedError());
      // Fails the running jobs too (as 'closed', see failure).
      await threads?.destroy();
    },
  };
}

// One pool per server process. Next loads a module once per bundle (the API route and the page are separate
// bundles), so the pool lives on globalThis rather than in a module variable.
const POOL_KEY = Symbol.for('claimdiff.alignPool');

/** The process-wide pool with the default limits, made on first use. */
export function getAlignPool(): AlignPool {
  const holder = globalThis as typeof globalThis & { [POOL_KEY]?: AlignPool };
  return (holder[POOL_KEY] ??= createAlignPool());
}
