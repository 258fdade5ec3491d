// Opens the archive database of `--db` for the archive commands. `archive add` creates it when missing; `find` and
// `batch` read an archive, so a missing file is an error that names it rather than an empty archive found silently.
import { existsSync } from 'node:fs';
import { openStore } from '../server/store/open-store.ts';
import type { ComparisonStore } from '../server/store/comparison-store.ts';
import { StoreError } from '../server/store/store-error.ts';
import { CliError, EXIT } from './cli-error.ts';

export const ARCHIVE_MESSAGES = {
  missingDb: (path: string) =>
    `--db file not found: ${path} (create the archive with \`claimdiff archive add --db ${path} SOURCE...\`)`,
} as const;

export function openArchive(path: string, { create }: { create: boolean }): ComparisonStore {
  if (!create && !existsSync(path)) throw new CliError(ARCHIVE_MESSAGES.missingDb(path), EXIT.badInput);
  try {
    return openStore(path);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(`--db: ${error.message}`, EXIT.badInput);
    throw error;
  }
}
