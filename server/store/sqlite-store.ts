// The ComparisonStore on SQLite (better-sqlite3): one file, WAL journal, migrations in code. This file opens the
// database; each table's statements live in sqlite/ (one file a table), and the store is their methods together.
//
// Durability: journal_mode=WAL with synchronous=FULL. In WAL mode NORMAL already survives a killed process
// (a commit is in the OS once it returns), but can lose the last commits on a power cut or kernel crash; FULL
// syncs the WAL on every commit, so a save the user saw acknowledged survives those too. Saves are rare user
// actions (a few per minute), and one fsync per save is cheap next to running the matcher.
// Concurrency: busy_timeout makes a second process wait for the write lock instead of failing, and every write
// runs in a BEGIN IMMEDIATE transaction, so a reader never has to upgrade to a writer mid-transaction (which
// fails at once with SQLITE_BUSY in WAL mode instead of waiting).
import Database from 'better-sqlite3';
import type { ComparisonStore } from './comparison-store.ts';
import { migrate } from './migrations.ts';
import { StoreError } from './store-error.ts';
import { comparisonMethods } from './sqlite/comparisons-table.ts';
import { correctionMethods, correctionsTable } from './sqlite/corrections-table.ts';
import { documentMethods, documentsTable } from './sqlite/documents-table.ts';
import { matrixMethods } from './sqlite/matrices-table.ts';
import { packMethods } from './sqlite/packs-table.ts';
import { seedDocumentMethods } from './sqlite/seed-documents.ts';
import { sourceMethods } from './sqlite/sources-table.ts';

/** How long a write waits for another connection's lock before failing, in ms. */
export const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating and migrating if needed) the database at `path`; `:memory:` for a throwaway store. */
export function openSqliteStore(path: string): ComparisonStore {
  const where = path === ':memory:' ? 'the in-memory database' : `the database ${path}`;
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new StoreError('open-failed', `cannot open ${where}: ${(error as Error).message}`, { cause: error });
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`); // first: the pragmas below may themselves wait for a lock
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, undefined, where);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new StoreError(
        'not-a-database',
        `${where} is not a SQLite database or is damaged (${code}); move it aside or set CLAIMDIFF_DB to another file`,
        { cause: error },
      );
    throw new StoreError('open-failed', `cannot open ${where}: ${(error as Error).message}`, { cause: error });
  }
  return createSqliteStore(db);
}

function createSqliteStore(db: Database.Database): ComparisonStore {
  const documents = documentsTable(db);
  const corrections = correctionsTable(db);
  return {
    ...comparisonMethods(db, documents, corrections),
    ...correctionMethods(db, corrections),
    ...matrixMethods(db, documents),
    ...packMethods(db),
    ...documentMethods(db, documents),
    ...seedDocumentMethods(db, documents),
    ...sourceMethods(db),
    close() {
      db.close();
    },
  };
}
