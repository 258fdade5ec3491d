// The job queue of `claimdiff batch --queue` and `claimdiff worker` (issue 17, part 4): pg-boss in the same
// PostgreSQL database as the store (its own schema, `pgboss` by default), one job per report. A worker takes a job
// (pg-boss marks it active with an expiry), writes the report's line (batch-results.ts), then completes it; a
// worker that dies mid-job leaves its job active until the expiry passes, when pg-boss's maintenance (run by any
// worker every `maintenanceSeconds`) puts it back for another worker to take, up to RETRY_LIMIT times.
// pg-boss 10 because 12.x needs Node 22.12 (../shared/TOOLCHAIN.md).
import PgBoss from 'pg-boss';
import pg from 'pg';
import { migratePostgres } from '../store/postgres-migrations.ts';
import { describeUrl } from '../store/postgres-store.ts';
import { StoreError } from '../store/store-error.ts';

/** The queue's name in pg-boss. */
export const BATCH_QUEUE = 'claimdiff-batch';

/** How long a job may run before it counts as lost and is given to another worker, by default. */
export const DEFAULT_EXPIRE_SECONDS = 15 * 60;

/** How many times a lost job is tried again. */
export const RETRY_LIMIT = 5;

/** What a job carries: the report itself, so a worker on another machine needs no access to the file. */
export interface BatchJob {
  batch: string;
  /** The report's place in the batch (0-based), which orders the output. */
  position: number;
  /** The path as given to `claimdiff batch`, printed in the line. */
  report: string;
  text: string;
}

export interface BatchQueueOptions {
  /** Where the store's tables live (tests); default the URL's search_path. pg-boss then uses `SCHEMA_pgboss`. */
  schema?: string;
  /** Whether this process runs pg-boss's maintenance (expired jobs back to the queue): workers do. */
  supervise?: boolean;
  /** How often the maintenance runs, in seconds (≥ 1). Default 10. */
  maintenanceSeconds?: number;
}

export interface BatchQueue {
  /** The pool on the store's schema (for batch-results.ts). */
  pool: pg.Pool;
  enqueue(jobs: readonly BatchJob[], expireInSeconds: number): Promise<void>;
  /** The next job, now active and this caller's, or null when none is waiting. */
  take(): Promise<{ id: string; data: BatchJob } | null>;
  complete(id: string): Promise<void>;
  fail(id: string, error: Error): Promise<void>;
  close(): Promise<void>;
}

/** Jobs per insert statement: a job carries its report, so a batch is sent in slices. */
const INSERT_SLICE = 100;

export async function openBatchQueue(url: string, options: BatchQueueOptions = {}): Promise<BatchQueue> {
  const where = `the database ${describeUrl(url)}`;
  const { schema } = options;
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5000,
    max: 4,
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
  });
  pool.on('error', () => undefined);
  const boss = new PgBoss({
    connectionString: url,
    schema: schema === undefined ? 'pgboss' : `${schema}_pgboss`,
    max: 4,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 10,
  });
  // A connection lost between jobs is reported here; the next call fails with the cause, so nothing is swallowed.
  boss.on('error', () => undefined);
  try {
    await migratePostgres(pool, undefined, where, schema);
    await boss.start();
    if (!(await boss.getQueue(BATCH_QUEUE)))
      await boss.createQueue(BATCH_QUEUE).catch(async (error: unknown) => {
        // Two processes creating it at once: the other one won.
        if (!(await boss.getQueue(BATCH_QUEUE))) throw error;
      });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError('open-failed', `cannot open the job queue in ${where}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    pool,
    async enqueue(jobs, expireInSeconds) {
      for (let i = 0; i < jobs.length; i += INSERT_SLICE)
        await boss.insert(
          jobs.slice(i, i + INSERT_SLICE).map((data) => ({
            name: BATCH_QUEUE,
            data,
            expireInSeconds,
            retryLimit: RETRY_LIMIT,
            retryDelay: 0,
          })),
        );
    },
    async take() {
      const [job] = await boss.fetch<BatchJob>(BATCH_QUEUE, { batchSize: 1 });
      return job ? { id: job.id, data: job.data } : null;
    },
    async complete(id) {
      await boss.complete(BATCH_QUEUE, id);
    },
    async fail(id, error) {
      await boss.fail(BATCH_QUEUE, id, { message: error.message });
    },
    async close() {
      await boss.stop({ graceful: false, wait: true });
      await pool.end();
    },
  };
}
