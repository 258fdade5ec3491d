// The PostgreSQL schema, as the list of steps that build it, numbered as the SQLite steps in migrations.ts are (step
// N here makes what step N makes there), so a schema version means the same on both engines. The version lives in
// the one-row table `claimdiff_schema`; all pending steps run in one transaction (PostgreSQL's DDL is
// transactional), under an advisory lock so that two processes starting at once do not both run them. Never edit a
// step that has shipped: add the next one, here and in migrations.ts.
//
// Differences from SQLite, each for a reason: `seq` identity columns give the insertion order SQLite's rowid gives;
// JSON columns are `json` (checked on write, kept as written, key order included); the archive's full-text index is
// `source_terms`, tsvectors built by the store from the words lib/archive/index-words.ts cuts (so a query asks for
// exactly the lexemes the index holds, as with FTS5), one row per part of a source (postgres/source-terms.ts says why).
import type pg from 'pg';
import { StoreError } from './store-error.ts';

export interface PostgresMigration {
  /** The schema version this step produces (1, 2, …, in order). */
  version: number;
  description: string;
  sql: string;
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    description: 'documents, comparisons, corrections',
    sql: `
      CREATE TABLE documents (
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id text PRIMARY KEY,
        text text NOT NULL,
        title text,
        outlet text,
        date text,
        url text,
        language text,
        byline text,
        kind text NOT NULL CHECK (kind IN ('report', 'transcript', 'statement', 'translation')),
        seed_file text UNIQUE,
        created text NOT NULL
      );
      CREATE TABLE comparisons (
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id text PRIMARY KEY,
        title text NOT NULL,
        report_id text NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        source_id text NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        result json NOT NULL,
        matcher_version text NOT NULL,
        created text NOT NULL,
        updated text NOT NULL
      );
      CREATE INDEX comparisons_by_created ON comparisons(created DESC, seq DESC);
      CREATE INDEX comparisons_by_report ON comparisons(report_id);
      CREATE INDEX comparisons_by_source ON comparisons(source_id);
      CREATE TABLE corrections (
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id text PRIMARY KEY,
        comparison_id text NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('reject', 'change-kind', 'link', 'mark-added', 'mark-omitted', 'note')),
        payload json NOT NULL,
        created text NOT NULL
      );
      CREATE INDEX corrections_by_comparison ON corrections(comparison_id, seq);
    `,
  },
  {
    version: 2,
    description: 'matrices, matrix_reports',
    sql: `
      CREATE TABLE matrices (
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id text PRIMARY KEY,
        title text NOT NULL,
        source_id text NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        result json NOT NULL,
        matcher_version text NOT NULL,
        created text NOT NULL,
        updated text NOT NULL
      );
      CREATE INDEX matrices_by_created ON matrices(created DESC, seq DESC);
      CREATE INDEX matrices_by_source ON matrices(source_id);
      CREATE TABLE matrix_reports (
        matrix_id text NOT NULL REFERENCES matrices(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        document_id text NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        PRIMARY KEY (matrix_id, position)
      );
      CREATE INDEX matrix_reports_by_document ON matrix_reports(document_id);
    `,
  },
  {
    version: 3,
    description: 'packs',
    sql: `
      CREATE TABLE packs (
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id text PRIMARY KEY,
        title text NOT NULL,
        brief text NOT NULL,
        comparison_id text,
        report json NOT NULL,
        source json NOT NULL,
        key json NOT NULL,
        exercises json NOT NULL,
        created text NOT NULL,
        updated text NOT NULL
      );
      CREATE INDEX packs_by_created ON packs(created DESC, seq DESC);
    `,
  },
  {
    version: 4,
    description: 'sources (the archive), source_terms with a GIN index, archive_seeds',
    sql: `
      CREATE TABLE sources (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        text text NOT NULL,
        chars integer NOT NULL CHECK (chars > 0),
        sha256 text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('transcript', 'statement', 'speech', 'original')),
        title text,
        outlet text,
        date text,
        url text,
        path text,
        seed_file text UNIQUE,
        created text NOT NULL
      );
      CREATE INDEX sources_by_created ON sources(created DESC, seq DESC);
      CREATE TABLE source_terms (
        source_seq bigint NOT NULL REFERENCES sources(seq) ON DELETE CASCADE,
        part integer NOT NULL,
        terms tsvector NOT NULL,
        PRIMARY KEY (source_seq, part)
      );
      CREATE INDEX source_terms_index ON source_terms USING gin (terms);
      CREATE TABLE archive_seeds (seed_file text PRIMARY KEY);
    `,
  },
  {
    version: 5,
    description: "batches, batch_results (the job queue's output)",
    // `line` is the JSON line exactly as `claimdiff batch` prints it (text, not json: it is printed, never queried).
    sql: `
      CREATE TABLE batches (
        id text PRIMARY KEY,
        reports integer NOT NULL CHECK (reports >= 0),
        created text NOT NULL
      );
      CREATE TABLE batch_results (
        batch_id text NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        report text NOT NULL,
        line text NOT NULL,
        failed boolean NOT NULL,
        worker text NOT NULL,
        created text NOT NULL,
        PRIMARY KEY (batch_id, position)
      );
    `,
  },
  {
    version: 6,
    description:
      'sources_length (a covering index of the lengths), source_word_counts (how many sources hold each word)',
    // The index of SQLite's migration 6, here letting the archive's mean length be an index-only scan. The word counts
    // are SQLite's table too, there a cache of what searches read; here kept exact as sources are added and deleted
    // (sources-table.ts), because counting a word through the GIN index reads every row holding it: a common word
    // costs a millisecond on a few thousand sources and grows with the archive. Filled here from the index.
    sql: `
      CREATE INDEX sources_length ON sources(seq, chars);
      CREATE TABLE source_word_counts (term text PRIMARY KEY, docs integer NOT NULL CHECK (docs >= 0));
      INSERT INTO source_word_counts (term, docs)
      SELECT lexeme, count(DISTINCT source_seq) FROM source_terms, unnest(tsvector_to_array(terms)) AS lexeme
      GROUP BY lexeme;
    `,
  },
];

/** The schema version this code writes. */
export const POSTGRES_LATEST_VERSION = postgresMigrations.length;

/** Any constant key: only claimdiff's migrations take this advisory lock. */
const MIGRATION_LOCK = 1_734_170_017;

/**
 * Brings the database (its schema on the connection's search_path) to the latest version; returns it. `schema`,
 * when given, is created first if missing (under the same lock: two processes may open a new one at once).
 * Throws StoreError 'newer-schema' for a schema written by a newer claimdiff.
 */
export async function migratePostgres(
  pool: pg.Pool,
  list: readonly PostgresMigration[] = postgresMigrations,
  where = 'the database',
  schema?: string,
): Promise<number> {
  const latest = list.length;
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrate: migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS claimdiff_schema (version integer NOT NULL)');
    const found = await client.query<{ version: number }>('SELECT version FROM claimdiff_schema');
    const from = found.rows[0]?.version ?? 0;
    if (found.rows.length === 0) await client.query('INSERT INTO claimdiff_schema (version) VALUES (0)');
    if (from > latest || from < 0)
      throw new StoreError(
        'newer-schema',
        `${where} has schema version ${from}, but this claimdiff knows versions up to ${latest}: it was written by a newer claimdiff (or is not claimdiff's). Upgrade claimdiff, or set CLAIMDIFF_DATABASE_URL to another database.`,
      );
    for (const m of list.slice(from)) {
      await client.query(m.sql);
      await client.query('UPDATE claimdiff_schema SET version = $1', [m.version]);
    }
    await client.query('COMMIT');
    return latest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
