// The database schema, as the list of steps that build it. Step N brings a database from schema version N-1 to N;
// the version lives in `PRAGMA user_version`, and all pending steps run in one transaction, so a database is
// always at exactly one version. Never edit a step that has shipped: add the next one.
import type Database from 'better-sqlite3';
import { StoreError } from './store-error.ts';

export interface Migration {
  /** The schema version this step produces (1, 2, …, in order). */
  version: number;
  /** What it changes, for the log. */
  description: string;
  up: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, comparisons, corrections',
    up: (db) =>
      db.exec(`
        CREATE TABLE documents (
          id TEXT PRIMARY KEY,
          text TEXT NOT NULL,
          title TEXT,
          outlet TEXT,
          date TEXT,
          url TEXT,
          language TEXT,
          byline TEXT,
          kind TEXT NOT NULL CHECK (kind IN ('report', 'transcript', 'statement', 'translation')),
          seed_file TEXT UNIQUE,
          created TEXT NOT NULL
        ) STRICT;
        CREATE TABLE comparisons (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          report_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
          source_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
          result TEXT NOT NULL CHECK (json_valid(result)),
          matcher_version TEXT NOT NULL,
          created TEXT NOT NULL,
          updated TEXT NOT NULL
        ) STRICT;
        CREATE INDEX comparisons_by_created ON comparisons(created DESC);
        CREATE INDEX comparisons_by_report ON comparisons(report_id);
        CREATE INDEX comparisons_by_source ON comparisons(source_id);
        CREATE TABLE corrections (
          id TEXT PRIMARY KEY,
          comparison_id TEXT NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
          type TEXT NOT NULL CHECK (type IN ('reject', 'change-kind', 'link', 'mark-added', 'mark-omitted', 'note')),
          payload TEXT NOT NULL CHECK (json_valid(payload)),
          created TEXT NOT NULL
        ) STRICT;
        CREATE INDEX corrections_by_comparison ON corrections(comparison_id);
      `),
  },
  {
    version: 2,
    description: 'matrices, matrix_reports',
    // A matrix's documents are rows of `documents` like a comparison's; its reports keep their column order.
    up: (db) =>
      db.exec(`
        CREATE TABLE matrices (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          source_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
          result TEXT NOT NULL CHECK (json_valid(result)),
          matcher_version TEXT NOT NULL,
          created TEXT NOT NULL,
          updated TEXT NOT NULL
        ) STRICT;
        CREATE INDEX matrices_by_created ON matrices(created DESC);
        CREATE INDEX matrices_by_source ON matrices(source_id);
        CREATE TABLE matrix_reports (
          matrix_id TEXT NOT NULL REFERENCES matrices(id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
          PRIMARY KEY (matrix_id, position)
        ) STRICT;
        CREATE INDEX matrix_reports_by_document ON matrix_reports(document_id);
      `),
  },
  {
    version: 3,
    description: 'packs',
    // A lesson pack holds its own copies of the two texts (a pack outlives the comparison it was made from, and its
    // key's spans index exactly these texts); comparison_id only remembers where it came from, so no foreign key.
    up: (db) =>
      db.exec(`
        CREATE TABLE packs (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          brief TEXT NOT NULL,
          comparison_id TEXT,
          report TEXT NOT NULL CHECK (json_valid(report)),
          source TEXT NOT NULL CHECK (json_valid(source)),
          key TEXT NOT NULL CHECK (json_valid(key)),
          exercises TEXT NOT NULL CHECK (json_valid(exercises)),
          created TEXT NOT NULL,
          updated TEXT NOT NULL
        ) STRICT;
        CREATE INDEX packs_by_created ON packs(created DESC);
      `),
  },
  {
    version: 4,
    description: 'sources (the archive), sources_fts, sources_vocab, archive_seeds',
    // The archive of source documents (issue 17), apart from `documents`: a comparison's documents are its own and go
    // with it, an archived source stays until deleted. `seq` is the FTS rowid: an explicit INTEGER PRIMARY KEY,
    // because VACUUM may renumber an implicit rowid and the external-content index would then point at wrong rows.
    // `chars` is the text's length (JS string units), kept so that search can weigh length without reading texts;
    // `sha256` of the text makes adding the same text twice return the stored copy. The index is external-content
    // (the text is stored once), kept in step by triggers; unicode61 without stemming, so the vocabulary table's
    // terms are plain lower-case words a caller can look up (sources_vocab: each term's document count, the rarity
    // that candidate search weighs). `archive_seeds` remembers which seed files were archived once, so a seed the
    // user deleted is not put back on the next start.
    up: (db) =>
      db.exec(`
        CREATE TABLE sources (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          text TEXT NOT NULL,
          chars INTEGER NOT NULL CHECK (chars > 0),
          sha256 TEXT NOT NULL UNIQUE,
          kind TEXT NOT NULL CHECK (kind IN ('transcript', 'statement', 'speech', 'original')),
          title TEXT,
          outlet TEXT,
          date TEXT,
          url TEXT,
          path TEXT,
          seed_file TEXT UNIQUE,
          created TEXT NOT NULL
        ) STRICT;
        CREATE INDEX sources_by_created ON sources(created DESC);
        CREATE VIRTUAL TABLE sources_fts USING fts5(
          title, text, content='sources', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE sources_vocab USING fts5vocab(sources_fts, row);
        CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
          INSERT INTO sources_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
          INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
          INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
          INSERT INTO sources_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TABLE archive_seeds (seed_file TEXT PRIMARY KEY) STRICT;
      `),
  },
  {
    version: 5,
    description: "batches, batch_results (the job queue's output)",
    // A queued batch (`claimdiff batch --queue`, issue 17 part 4) and one result line per report, keyed by the
    // report's position, so a job run twice (a worker that died after writing) still has one line. The queue itself
    // needs PostgreSQL (pg-boss); SQLite gets the same tables so that a schema version means one thing on both.
    up: (db) =>
      db.exec(`
        CREATE TABLE batches (
          id TEXT PRIMARY KEY,
          reports INTEGER NOT NULL CHECK (reports >= 0),
          created TEXT NOT NULL
        ) STRICT;
        CREATE TABLE batch_results (
          batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          report TEXT NOT NULL,
          line TEXT NOT NULL CHECK (json_valid(line)),
          failed INTEGER NOT NULL CHECK (failed IN (0, 1)),
          worker TEXT NOT NULL,
          created TEXT NOT NULL,
          PRIMARY KEY (batch_id, position)
        ) STRICT;
      `),
  },
  {
    version: 6,
    description: 'sources_length (a covering index of the lengths), source_word_counts (rarity kept between searches)',
    // `chars` sits after the text in its row, so reading it walked the text's overflow pages: the archive's mean
    // length took a scan of every text (a quarter of a second on 1 GB) and each candidate's length a read of its
    // text; the covering index holds the lengths apart (sources-table.ts says INDEXED BY). Reading a word's count from
    // sources_vocab walks the word's whole position list (about a millisecond for a common word on 1 GB, for each of
    // a report's hundreds of words); source_word_counts keeps the counts a search read, so the next search, in this
    // process or another, reads them at once. Any change to the sources empties it, so a count is never stale.
    up: (db) =>
      db.exec(`
        CREATE INDEX sources_length ON sources(seq, chars);
        CREATE TABLE source_word_counts (term TEXT PRIMARY KEY, docs INTEGER NOT NULL CHECK (docs >= 0)) STRICT, WITHOUT ROWID;
        CREATE TRIGGER source_word_counts_insert AFTER INSERT ON sources BEGIN DELETE FROM source_word_counts; END;
        CREATE TRIGGER source_word_counts_delete AFTER DELETE ON sources BEGIN DELETE FROM source_word_counts; END;
        CREATE TRIGGER source_word_counts_update AFTER UPDATE OF title, text ON sources BEGIN
          DELETE FROM source_word_counts;
        END;
      `),
  },
];

/** The schema version this code writes. */
export const LATEST_VERSION = migrations.length;

/**
 * Brings `db` to LATEST_VERSION. Safe when several processes open the same file at once: the version is re-read
 * inside an IMMEDIATE transaction (the write lock), so only one of them runs the steps.
 * Throws StoreError 'newer-schema' for a database written by a newer claimdiff (or with a nonsense version).
 */
export function migrate(
  db: Database.Database,
  list: readonly Migration[] = migrations,
  where = 'the database',
): number {
  const latest = list.length;
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrate: migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
  const check = (version: number): void => {
    if (version > latest || version < 0 || !Number.isInteger(version))
      throw new StoreError(
        'newer-schema',
        `${where} has schema version ${version}, but this claimdiff knows versions up to ${latest}: it was written by a newer claimdiff (or is not claimdiff's). Upgrade claimdiff, or set CLAIMDIFF_DB to another file.`,
      );
  };
  const readVersion = (): number => db.pragma('user_version', { simple: true }) as number;
  check(readVersion());
  if (readVersion() === latest) return latest;
  db.transaction(() => {
    const from = readVersion();
    check(from);
    for (const m of list.slice(from)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return latest;
}
