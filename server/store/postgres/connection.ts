// The one way the PostgreSQL store talks to the server: a pool of connections, queries with numbered parameters,
// and transactions on one connection of it. Each table's file takes a `Sql` (the pool, or the client of a
// transaction in progress), so the same statement runs alone or inside a larger transaction.
import type pg from 'pg';

/** Where a statement runs: the pool (a transaction of its own) or a transaction's client. */
export type Sql = pg.Pool | pg.PoolClient;

/** The rows of `text` with `values` for $1, $2, …. */
export async function rows<Row extends object>(sql: Sql, text: string, values: unknown[] = []): Promise<Row[]> {
  return (await sql.query<Row>(text, values)).rows;
}

/** The first row, or null. */
export async function row<Row extends object>(sql: Sql, text: string, values: unknown[] = []): Promise<Row | null> {
  return (await rows<Row>(sql, text, values))[0] ?? null;
}

/** How many rows the statement changed. */
export async function changes(sql: Sql, text: string, values: unknown[] = []): Promise<number> {
  return (await sql.query(text, values)).rowCount ?? 0;
}

/**
 * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws.
 * READ COMMITTED, as PostgreSQL defaults to; what must not race (adding the same text twice, a seed loaded by two
 * processes at once) is decided by a unique constraint with ON CONFLICT, and read-then-write steps lock the row
 * (SELECT … FOR UPDATE).
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
