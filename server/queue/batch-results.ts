// The job queue's output (issue 17, part 4): one JSON line per report of a queued batch, in `batch_results`
// (postgres-migrations.ts step 5). A line is keyed by its batch and the report's position, and written with
// ON CONFLICT DO NOTHING, so a job that runs twice (its worker died after writing, the job expired and another
// worker ran it) leaves one line: each report is in the output at most once, and once every job is done, exactly once.
import type pg from 'pg';
import { createId } from '../store/create-id.ts';

/** One report's line of a batch. */
export interface BatchLine {
  position: number;
  report: string;
  /** The JSON line as `claimdiff batch` prints it (without the newline). */
  line: string;
  /** The report could not be read (the line is `{"report", "error"}`). */
  failed: boolean;
  /** Which worker wrote it (`HOST:PID`), or `enqueue` for a report that could not be read when queued. */
  worker: string;
}

export interface BatchProgress {
  /** Reports in the batch. */
  total: number;
  /** Reports with a line. */
  done: number;
  failed: number;
}

/** Records a new batch of `reports` reports; returns its id. */
export async function createBatch(pool: pg.Pool, reports: number): Promise<string> {
  const id = createId();
  await pool.query('INSERT INTO batches (id, reports, created) VALUES ($1, $2, $3)', [
    id,
    reports,
    new Date().toISOString(),
  ]);
  return id;
}

/** Writes a report's line unless the batch has one for it; true when this call wrote it. */
export async function saveLine(pool: pg.Pool, batchId: string, line: BatchLine): Promise<boolean> {
  const written = await pool.query(
    `INSERT INTO batch_results (batch_id, position, report, line, failed, worker, created)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (batch_id, position) DO NOTHING`,
    [batchId, line.position, line.report, line.line, line.failed, line.worker, new Date().toISOString()],
  );
  return (written.rowCount ?? 0) > 0;
}

/** Whether the batch has a line for the report at `position` already. */
export async function hasLine(pool: pg.Pool, batchId: string, position: number): Promise<boolean> {
  const found = await pool.query('SELECT 1 FROM batch_results WHERE batch_id = $1 AND position = $2', [
    batchId,
    position,
  ]);
  return (found.rowCount ?? 0) > 0;
}

/** How far the batch is; null when there is no such batch. */
export async function batchProgress(pool: pg.Pool, batchId: string): Promise<BatchProgress | null> {
  const found = await pool.query<BatchProgress>(
    `SELECT b.reports AS total,
       (SELECT count(*)::integer FROM batch_results r WHERE r.batch_id = b.id) AS done,
       (SELECT count(*)::integer FROM batch_results r WHERE r.batch_id = b.id AND r.failed) AS failed
     FROM batches b WHERE b.id = $1`,
    [batchId],
  );
  return found.rows[0] ?? null;
}

/** The batch's lines so far, in report order. */
export async function batchLines(pool: pg.Pool, batchId: string): Promise<BatchLine[]> {
  const found = await pool.query<BatchLine>(
    'SELECT position, report, line, failed, worker FROM batch_results WHERE batch_id = $1 ORDER BY position',
    [batchId],
  );
  return found.rows;
}
