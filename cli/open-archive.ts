// Opens the archive database of `--db` for the archive commands: a SQLite file, or a PostgreSQL database given as a
// postgres:// URL (issue 17, part 4; `--db` defaults to CLAIMDIFF_DATABASE_URL). `archive add` creates a file when
// missing; `find` and `batch` read an archive, so a missing file is an error that names it rather than an empty
// archive found silently. A PostgreSQL database gets its tables on first use, whoever comes first.
import { existsSync } from 'node:fs';
import { openStore } from '../server/store/open-store.ts';
import { isPostgresUrl, openPostgresStore } from '../server/store/postgres-store.ts';
import type { ComparisonStore } from '../server/store/comparison-store.ts';
import { StoreError } from '../server/store/store-error.ts';
import { openBatchQueue, type BatchQueue, type BatchQueueOptions } from '../server/queue/batch-queue.ts';
import { CliError, EXIT } from './cli-error.ts';

export const ARCHIVE_MESSAGES = {
  missingDb: (path: string) =>
    `--db file not found: ${path} (create the archive with \`claimdiff archive add --db ${path} SOURCE...\`)`,
} as const;

export async function openArchive(path: string, { create }: { create: boolean }): Promise<ComparisonStore> {
  const postgres = isPostgresUrl(path);
  if (!postgres && !create && !existsSync(path)) throw new CliError(ARCHIVE_MESSAGES.missingDb(path), EXIT.badInput);
  try {
    return postgres ? await openPostgresStore(path) : openStore(path);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(`--db: ${error.message}`, EXIT.badInput);
    throw error;
  }
}

/** Opens the job queue in the PostgreSQL database `url` (`batch --queue`, `worker`, `results`). */
export async function openQueue(url: string, options: BatchQueueOptions = {}): Promise<BatchQueue> {
  try {
    return await openBatchQueue(url, options);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(`--db: ${error.message}`, EXIT.badInput);
    throw error;
  }
}
