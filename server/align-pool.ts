// Runs the matcher off the request thread (issue 5: heavy work must not stall the server). A pool of worker threads,
// started when the first job arrives and then reused, each running dist/align-worker.mjs (server/align-worker.ts
// built by scripts/build-cli.mjs: Turbopack cannot bundle a worker entry, so it is loaded by absolute path).
// Sized cores − 1 so one core stays free for pages; a bounded queue, so a flood gets a clear 503 instead of an
// ever longer wait; a per-job time limit, after which the worker is terminated and replaced.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { AlignResult } from '../lib/types.ts';
import type { AlignJobMessage, AlignReplyMessage } from './align-worker.ts';
import { ALIGN_QUEUE_LENGTH, ALIGN_RETRY_AFTER_SECONDS, ALIGN_TIMEOUT_MS } from './limits.ts';

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

// Turbopack treats `new Worker(path)` with the imported Worker as a worker entry to bundle, and with a path known
// only at run time tries every file of the project (and fails; a turbopackIgnore comment does not help there).
// The constructor fetched at run time is not recognised, so the built file is loaded as it is.
const { Worker: WorkerThread } = process.getBuiltinModule('node:worker_threads');

/** Default pool size: every core but one, so pages stay responsive while comparisons run; at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Where the built worker entry lives, relative to the directory the server was started in. */
export function defaultWorkerPath(): string {
  return join(process.cwd(), 'dist', 'align-worker.mjs');
}

interface Job {
  id: number;
  message: AlignJobMessage;
  resolve(json: string): void;
  reject(error: Error): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export function createAlignPool(options: AlignPoolOptions = {}): AlignPool {
  const size = options.size ?? defaultPoolSize();
  const maxQueue = options.maxQueue ?? ALIGN_QUEUE_LENGTH;
  const timeoutMs = options.timeoutMs ?? ALIGN_TIMEOUT_MS;
  const workerPath = options.workerPath ?? defaultWorkerPath();
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`createAlignPool: size must be a positive integer, not ${size}`);
  if (!Number.isInteger(maxQueue) || maxQueue < 0)
    throw new Error(`createAlignPool: maxQueue must be a non-negative integer, not ${maxQueue}`);

  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;

  function spawn(): Slot {
    if (!existsSync(/* turbopackIgnore: true */ workerPath))
      throw new AlignPoolError(
        'worker-failed',
        `The matcher worker is missing (${workerPath}); build it with \`node scripts/build-cli.mjs\`.`,
      );
    const worker = new WorkerThread(workerPath);
    // An idle pool must not keep a script or test alive; a running job keeps the process up through its timer.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: AlignReplyMessage) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      finish(slot);
      if ('json' in reply) job.resolve(reply.json);
      else job.reject(new AlignPoolError('matcher-error', `The matcher failed on these texts: ${reply.error}`));
      pump();
    });
    // A worker that throws outside a job or dies (out of memory, a crash) is dropped; its job fails, the next
    // job gets a fresh worker.
    const lose = (why: string) => {
      if (!slots.includes(slot)) return;
      const job = slot.job;
      finish(slot);
      slots.splice(slots.indexOf(slot), 1);
      replaced++;
      void worker.terminate();
      job?.reject(new AlignPoolError('worker-failed', `The matcher stopped unexpectedly (${why}). Try again.`));
      pump();
    };
    worker.on('error', (error) => lose(error.message));
    worker.on('exit', (code) => lose(`exit code ${code}`));
    slots.push(slot);
    return slot;
  }

  function finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  function start(slot: Slot, job: Job): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    slot.job = job;
    slot.timer = setTimeout(() => {
      // The matcher cannot be interrupted from outside: the only way to stop it is to end its thread.
      finish(slot);
      slots.splice(slots.indexOf(slot), 1);
      replaced++;
      void slot.worker.terminate();
      job.reject(
        new AlignPoolError(
          'timeout',
          `The comparison took longer than ${Math.round(timeoutMs / 1000)} s and was stopped; try shorter texts.`,
        ),
      );
      pump();
    }, timeoutMs);
    slot.worker.postMessage(job.message);
  }

  /** Hands waiting jobs to idle workers, starting new workers up to `size`. */
  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = slots.find((s) => s.job === null);
      if (!slot && slots.length < size) {
        try {
          slot = spawn();
        } catch (error) {
          for (const job of queue.splice(0)) job.reject(error as Error);
          return;
        }
      }
      if (!slot) return;
      start(slot, queue.shift()!);
    }
  }

  function alignJson(report: string, source: string, jobOptions: AlignJobOptions = {}): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (closed) return reject(new AlignPoolError('closed', 'The server is shutting down; try again shortly.'));
      const { signal, minScore } = jobOptions;
      if (signal?.aborted) return reject(new AlignPoolError('aborted', 'The request was cancelled.'));
      const busy = slots.filter((s) => s.job !== null).length;
      if (busy >= size && queue.length >= maxQueue)
        return reject(
          new AlignPoolError(
            'queue-full',
            `The server is busy: ${busy} comparisons are running and ${queue.length} are waiting, the most it ` +
              `queues. Try again in ${ALIGN_RETRY_AFTER_SECONDS} seconds.`,
            ALIGN_RETRY_AFTER_SECONDS,
          ),
        );
      const id = nextId++;
      const message: AlignJobMessage =
        minScore === undefined ? { id, report, source } : { id, report, source, minScore };
      const job: Job = { id, message, resolve, reject, signal, onAbort: undefined };
      if (signal) {
        job.onAbort = () => {
          const at = queue.indexOf(job);
          if (at < 0) return;
          queue.splice(at, 1);
          reject(new AlignPoolError('aborted', 'The request was cancelled.'));
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
    stats: () => ({
      size,
      workers: slots.length,
      running: slots.filter((s) => s.job !== null).length,
      queued: queue.length,
      replaced,
    }),
    async close() {
      closed = true;
      const error = new AlignPoolError('closed', 'The server is shutting down; try again shortly.');
      for (const job of queue.splice(0)) job.reject(error);
      const all = slots.splice(0);
      for (const slot of all) {
        const job = slot.job;
        finish(slot);
        job?.reject(error);
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
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
