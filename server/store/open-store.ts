// Where the database lives and the one store a server process shares: PostgreSQL when CLAIMDIFF_DATABASE_URL is
// set (scaling out, issue 17), else the SQLite file at CLAIMDIFF_DB.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ComparisonStore } from './comparison-store.ts';
import { seedStore } from './seed-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { StoreError } from './store-error.ts';

/** The environment variable with the database file's path. */
export const DB_ENV = 'CLAIMDIFF_DB';

/** The environment variable with a PostgreSQL URL (`postgres://USER:PASSWORD@HOST:PORT/DATABASE`); wins over CLAIMDIFF_DB. */
export const DATABASE_URL_ENV = 'CLAIMDIFF_DATABASE_URL';

/** The database file when CLAIMDIFF_DB is unset, relative to the working directory (ignored by git). */
export const DEFAULT_DB_PATH = 'data/claimdiff.db';

/** The database path from the environment, absolute. */
export function resolveDbPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd = process.cwd(),
): string {
  const path = env[DB_ENV]?.trim() || DEFAULT_DB_PATH;
  return path === ':memory:' ? path : resolve(cwd, path);
}

/** Opens the store at `path`, creating its folder first. */
export function openStore(path: string = resolveDbPath()): ComparisonStore {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreError(
        'open-failed',
        `cannot create the folder for the database ${path}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return openSqliteStore(path);
}

/** The store the environment names: PostgreSQL at CLAIMDIFF_DATABASE_URL when set, else SQLite at CLAIMDIFF_DB. */
export function openConfiguredStore(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ComparisonStore> {
  const url = env[DATABASE_URL_ENV]?.trim();
  if (url) return openPostgresStore(url);
  return Promise.resolve().then(() => openStore(resolveDbPath(env)));
}

// One store per process, kept on globalThis so that Next's dev server, which re-evaluates modules on every change,
// does not open a new connection each time.
const SHARED = Symbol.for('claimdiff.store');
type Shared = { [SHARED]?: Promise<ComparisonStore> };

/**
 * The process's store: opened on first use at CLAIMDIFF_DATABASE_URL, or else CLAIMDIFF_DB (default
 * data/claimdiff.db), with the seed documents from `seedsDir` (default `seeds/` in the working directory) loaded the
 * first time the database is created.
 */
export function getStore(seedsDir: string = resolve(process.cwd(), 'seeds')): Promise<ComparisonStore> {
  const shared = globalThis as Shared;
  shared[SHARED] ??= (async () => {
    const store = await openConfiguredStore();
    try {
      await seedStore(store, seedsDir);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  })();
  // A failed open is not cached: the next request tries again (the disk may have been full).
  shared[SHARED].catch(() => {
    delete shared[SHARED];
  });
  return shared[SHARED];
}
