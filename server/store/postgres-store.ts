// The ComparisonStore on PostgreSQL (issue 17, part 4): for more than one machine, with
// CLAIMDIFF_DATABASE_URL=postgres://…. This file opens the pool and migrates; each table's statements live in
// postgres/ (one file a table, as sqlite/ has), and the store is their methods together. Every write is a
// transaction that has committed before its promise resolves (PostgreSQL's default synchronous_commit=on: durable
// once acknowledged, as the SQLite store is with synchronous=FULL).
import pg from 'pg';
import type { ComparisonStore } from './comparison-store.ts';
import { migratePostgres } from './postgres-migrations.ts';
import { StoreError } from './store-error.ts';
import { comparisonMethods } from './postgres/comparisons-table.ts';
import { correctionMethods } from './postgres/corrections-table.ts';
import { documentMethods } from './postgres/documents-table.ts';
import { matrixMethods } from './postgres/matrices-table.ts';
import { packMethods } from './postgres/packs-table.ts';
import { seedDocumentMethods } from './postgres/seed-documents.ts';
import { sourceMethods } from './postgres/sources-table.ts';

export interface PostgresStoreOptions {
  /**
   * The schema that holds the tables (created when missing); default the connection's search_path (`public`).
   * Tests give each store a schema of its own in one throw-away database.
   */
  schema?: string;
  /** Most connections this process opens. Default 10. */
  maxConnections?: number;
}

/** How long opening waits for the server, in ms, before it is reported unreachable. */
export const CONNECT_TIMEOUT_MS = 5000;

/** Whether `value` is a PostgreSQL connection URL (rather than a SQLite file path). */
export const isPostgresUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value.trim());

/** The URL as messages show it: no password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the database URL';
  }
}

/** Error codes of node's sockets that mean no server answers at that address. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** What went wrong opening the database at `where`, as a StoreError a person can act on. */
function openError(error: unknown, where: string): StoreError {
  if (error instanceof StoreError) return error;
  const { code, message } = error as { code?: string; message?: string };
  if ((code && UNREACHABLE.has(code)) || /timeout|terminated/i.test(message ?? ''))
    return new StoreError(
      'unreachable',
      `cannot reach the PostgreSQL server of ${where} (${code ?? message}): is it running, and do host and port match?`,
      { cause: error },
    );
  return new StoreError('open-failed', `cannot open ${where}: ${message ?? String(error)}`, { cause: error });
}

/** Opens (creating the schema and migrating if needed) the database at `url`. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<ComparisonStore> {
  const where = `the database ${describeUrl(url)}`;
  if (!isPostgresUrl(url))
    throw new StoreError('bad-url', `${where} is not a postgres:// URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE)`);
  try {
    new URL(url);
  } catch {
    throw new StoreError('bad-url', `${where} cannot be read as a URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE)`);
  }
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new TypeError(`schema must be a lower-case SQL name, got ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: options.maxConnections ?? 10,
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
  });
  // An idle connection the server drops (a restart) is an 'error' event on the pool, which would end the process;
  // the pool replaces it, and the next query reports whatever is still wrong.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool, undefined, where, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw openError(error, where);
  }
  return createPostgresStore(pool);
}

function createPostgresStore(pool: pg.Pool): ComparisonStore {
  return {
    ...comparisonMethods(pool),
    ...correctionMethods(pool),
    ...matrixMethods(pool),
    ...packMethods(pool),
    ...documentMethods(pool),
    ...seedDocumentMethods(pool),
    ...sourceMethods(pool),
    close() {
      return pool.end();
    },
  };
}
