// The source archive on SQLite: the `sources` table and its FTS5 index `sources_fts` (migration 3). Candidate
// search counts, per term, the sources that hold it: a word's count comes from the vocabulary table, a phrase's
// from an FTS5 phrase query; then only the terms of highest weight × idf are fetched and summed per source.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SourceTerm } from '../../../lib/types.ts';
import type { ArchivedSource, NewSource } from '../../types.ts';
import type { SourceArchive, SourceHit } from '../source-archive.ts';
import { checkSource } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { SOURCE_SUMMARY_COLUMNS, timestamp, toSourceSummary as toSummary, type SourceRow } from '../row-mapping.ts';
import { indexWords } from '../../../lib/archive/index-words.ts';
import {
  DEFAULT_HITS,
  DEFAULT_MAX_TERMS,
  idf,
  lengthDivisor,
  phraseWorthAsking,
  wordWorthUsing,
} from '../source-scoring.ts';

/** An FTS5 phrase for `words`: each word is a token the index holds, quoted so no word is read as syntax. */
const ftsPhrase = (words: readonly string[]): string => `"${words.join(' ').replaceAll('"', '""')}"`;

export function sourceMethods(db: Database.Database): SourceArchive {
  const insert = db.prepare(
    'INSERT INTO sources (id, text, chars, sha256, kind, title, outlet, date, url, path, seed_file, created) VALUES (@id, @text, @chars, @sha256, @kind, @title, @outlet, @date, @url, @path, @seed_file, @created)',
  );
  const bySha = db.prepare<[string], Omit<SourceRow, 'text'>>(
    `SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources WHERE sha256 = ?`,
  );
  const byId = db.prepare<[string], SourceRow>('SELECT *, chars AS length FROM sources WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM sources WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sources');
  const newest = db.prepare<[number, number], Omit<SourceRow, 'text'>>(
    `SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources ORDER BY created DESC, seq DESC LIMIT ? OFFSET ?`,
  );
  const matching = db.prepare<[string, number, number], Omit<SourceRow, 'text'>>(
    `SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources JOIN (SELECT rowid AS hit, rank FROM sources_fts WHERE sources_fts MATCH ?) ON seq = hit
     ORDER BY rank LIMIT ? OFFSET ?`,
  );
  const wordCount = db.prepare<[string], { doc: number }>('SELECT doc FROM sources_vocab WHERE term = ?');
  const holding = db.prepare<[string], number>('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?').pluck();
  const idOf = db.prepare<[number], string>('SELECT id FROM sources WHERE seq = ?').pluck();
  // Lengths come from the covering index (migration 6): the row's `chars` sits behind its text's overflow pages.
  const charsOf = db
    .prepare<[number], number>('SELECT chars FROM sources INDEXED BY sources_length WHERE seq = ?')
    .pluck();
  const meanChars = db.prepare<[], number>('SELECT avg(chars) FROM sources INDEXED BY sources_length').pluck();
  const seedSeen = db.prepare<[string], number>('SELECT 1 FROM archive_seeds WHERE seed_file = ?').pluck();
  const markSeed = db.prepare<[string]>('INSERT OR IGNORE INTO archive_seeds (seed_file) VALUES (?)');

  const add = db.transaction((source: NewSource, seedFile: string | null) => {
    const sha256 = createHash('sha256').update(source.text).digest('hex');
    const existing = bySha.get(sha256);
    if (existing) return { source: toSummary(existing), added: false };
    insert.run({
      id: createId(),
      text: source.text,
      chars: source.text.length,
      sha256,
      kind: source.kind ?? 'transcript',
      title: source.title ?? null,
      outlet: source.outlet ?? null,
      date: source.date ?? null,
      url: source.url ?? null,
      path: source.path ?? null,
      seed_file: seedFile,
      created: timestamp(),
    });
    return { source: toSummary(bySha.get(sha256)!), added: true };
  });
  const addSeed = db.transaction((seedFile: string, source: NewSource): boolean => {
    if (seedSeen.get(seedFile)) return false;
    markSeed.run(seedFile);
    return add(source, seedFile).added;
  });

  // Word counts are kept between searches, in this process and others, in source_word_counts (migration 6): reading
  // a common word's count from sources_vocab walks its whole position list, a millisecond a word on a large archive.
  // Any change to the sources empties the table (its triggers). A count read from the vocabulary is stored only when
  // no other connection has committed since it was read (PRAGMA data_version moves on another connection's commit),
  // so a count read before another process's new source never lands after it.
  const cachedCount = db.prepare<[string], number>('SELECT docs FROM source_word_counts WHERE term = ?').pluck();
  const storeCount = db.prepare<[string, number]>(
    'INSERT OR IGNORE INTO source_word_counts (term, docs) VALUES (?, ?)',
  );
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const storeCounts = db.transaction((read: Map<string, number>, version: number) => {
    if (dataVersion.get() !== version) return;
    for (const [word, docs] of read) storeCount.run(word, docs);
  });
  /** How many sources hold each of `words`. */
  const countWords = (words: Iterable<string>): Map<string, number> => {
    const counts = new Map<string, number>();
    const read = new Map<string, number>();
    const version = dataVersion.get()!;
    for (const word of words) {
      if (counts.has(word)) continue;
      let docs = cachedCount.get(word);
      if (docs === undefined) read.set(word, (docs = wordCount.get(word)?.doc ?? 0));
      counts.set(word, docs);
    }
    if (read.size > 0) {
      try {
        storeCounts.immediate(read, version);
      } catch (error) {
        // A cache: a read-only file or a lock held past busy_timeout costs the next search time, nothing else.
        const code = (error as { code?: unknown }).code;
        if (code !== 'SQLITE_READONLY' && code !== 'SQLITE_BUSY') throw error;
      }
    }
    return counts;
  };

  /** How many sources hold `term`; for a phrase also which (its count needs the rows anyway). */
  const documentCount = (
    term: SourceTerm,
    total: number,
    counts: Map<string, number>,
  ): { df: number; rows?: number[] } => {
    if (term.words.length === 1) return { df: counts.get(term.words[0]!)! };
    if (
      !phraseWorthAsking(
        term.words.map((w) => counts.get(w)!),
        total,
      )
    )
      return { df: 0 };
    const rows = holding.all(ftsPhrase(term.words));
    return { df: rows.length, rows };
  };

  return {
    async addSource(source) {
      checkSource(source, 'source');
      return add.immediate(source, null);
    },
    async addSeedSource(seedFile, source) {
      checkSource(source, 'source');
      return addSeed.immediate(seedFile, source);
    },
    async getSource(id) {
      const row = byId.get(id);
      if (!row) return null;
      return { ...toSummary(row), text: row.text } satisfies ArchivedSource;
    },
    async deleteSource(id) {
      return remove.run(id).changes > 0;
    },
    async listSources({ q, limit = 50, offset = 0 } = {}) {
      const words = q === undefined ? [] : indexWords(q).map((w) => w.word);
      const rows = words.length
        ? matching.all(words.map((w) => ftsPhrase([w])).join(' AND '), limit, offset)
        : newest.all(limit, offset);
      return rows.map(toSummary);
    },
    async countSources() {
      return count.get()!.n;
    },
    async searchSources({ terms, maxTerms = DEFAULT_MAX_TERMS, limit = DEFAULT_HITS }) {
      const total = count.get()!.n;
      if (total === 0) return [];
      const counts = countWords(terms.flatMap((term) => term.words));
      const ranked = terms
        .map((term) => {
          const { df, rows } = documentCount(term, total, counts);
          return { term, rows, df, value: df === 0 ? 0 : term.weight * idf(total, df) };
        })
        .filter((t) => t.value > 0)
        .sort((a, b) => b.value - a.value);
      // Words and phrases each get their quota, common words only the first places of theirs (wordWorthUsing), and only
      // the words' sum is divided by length (source-scoring.ts).
      const valued = [
        ...ranked
          .filter((t) => t.term.words.length === 1)
          .slice(0, maxTerms)
          .filter((t, place) => wordWorthUsing(place, t.df, total)),
        ...ranked.filter((t) => t.term.words.length > 1).slice(0, maxTerms),
      ];
      const words = new Map<number, number>();
      const phrases = new Map<number, number>();
      for (const { term, rows, value } of valued) {
        const into = term.words.length === 1 ? words : phrases;
        for (const seq of rows ?? holding.all(ftsPhrase(term.words))) into.set(seq, (into.get(seq) ?? 0) + value);
      }
      const mean = meanChars.get()!;
      const scores = new Map<number, number>();
      for (const seq of new Set([...words.keys(), ...phrases.keys()])) {
        scores.set(seq, (words.get(seq) ?? 0) / lengthDivisor(charsOf.get(seq)!, mean) + (phrases.get(seq) ?? 0));
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([seq, score]): SourceHit => ({ id: idOf.get(seq)!, score }));
    },
  };
}
