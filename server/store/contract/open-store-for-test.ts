// The engines the store tests run on: SQLite (an in-memory database per store) and PostgreSQL (a schema of its own
// per store, in the throw-away database CLAIMDIFF_TEST_DATABASE_URL names; scripts/ensure-postgres.sh makes one).
// Without that variable the PostgreSQL run is skipped with a message saying so, except in CI (CI=true), where a
// missing PostgreSQL is a failure: CI must test both engines (issue 17, part 5).
import pg from 'pg';
import type { ComparisonStore } from '../comparison-store.ts';
import { openPostgresStore } from '../postgres-store.ts';
import { openSqliteStore } from '../sqlite-store.ts';

export type OpenStore = () => Promise<ComparisonStore>;

export const TEST_DATABASE_URL_ENV = 'CLAIMDIFF_TEST_DATABASE_URL';

export interface TestEngine {
  name: 'sqlite' | 'postgres';
  /** Opens a new, empty store. */
  open: OpenStore;
  /** Why the engine's tests are skipped (shown by the test runner). */
  skip?: string;
  /** Why the engine cannot run where it must (CI): its tests fail with this. */
  missing?: string;
  /** Drops what the tests made. */
  cleanup: () => Promise<void>;
}

const unavailable = (): Promise<never> => Promise.reject(new Error('engine unavailable'));

/** The PostgreSQL test database's URL, or why there is none. */
export function testDatabaseUrl(
  env: Readonly<Record<string, string | undefined>> = process.env,
): { url: string } | { skip: string } | { missing: string } {
  const url = env[TEST_DATABASE_URL_ENV]?.trim();
  if (url) return { url };
  const why = `${TEST_DATABASE_URL_ENV} is unset (source scripts/ensure-postgres.sh to make a throw-away database)`;
  return env.CI === 'true' ? { missing: `CI must run the PostgreSQL tests: ${why}` } : { skip: why };
}

let schemaNo = 0;

/** A schema name no other test run uses at the same time. */
export const freshSchema = (): string => `claimdiff_test_${process.pid}_${Date.now().toString(36)}_${++schemaNo}`;

/** Drops the test schemas `schemas` (and what is in them). */
export async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export function testEngines(env: Readonly<Record<string, string | undefined>> = process.env): TestEngine[] {
  const sqlite: TestEngine = {
    name: 'sqlite',
    open: async () => openSqliteStore(':memory:'),
    cleanup: async () => undefined,
  };
  const database = testDatabaseUrl(env);
  if (!('url' in database))
    return [sqlite, { name: 'postgres', open: unavailable, cleanup: async () => {}, ...database }];
  const schemas: string[] = [];
  const postgres: TestEngine = {
    name: 'postgres',
    open: () => {
      const schema = freshSchema();
      schemas.push(schema);
      return openPostgresStore(database.url, { schema, maxConnections: 4 });
    },
    cleanup: () => dropSchemas(database.url, schemas.splice(0)),
  };
  return [sqlite, postgres];
}
