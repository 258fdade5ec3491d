// The source archive on SQLite: the `sources` table and its FTS5 index `sources_fts` (migration 3). Candidate
// search counts, per term, the sources that hold it: a word's count comes from the vocabulary table, a phrase's
// from an FTS5 phrase query; then only the terms of highest weight × idf are fetched and summed per source.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SourceTerm } from '../../../lib/types.ts';
import type { ArchivedSource, NewSource, SourceSummary } from '../../types.ts';
import type { SourceArchive, SourceHit } from '../source-archive.ts';
import { checkSource } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { timestamp } from './row-mapping.ts';
import { indexWords } from '../../../lib/archive/index-words.ts';

interface SourceRow {
  seq: number;
  id: string;
  text: string;
  kind: SourceSummary['kind'];
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  path: string | null;
  seed_file: string | null;
  created: string;
  length: number;
}

const SUMMARY_COLUMNS = 'seq, id, kind, title, outlet, date, url, path, seed_file, created, chars AS length';

const toSummary = (row: Omit<SourceRow, 'text'>): SourceSummary => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  outlet: row.outlet,
  date: row.date,
  url: row.url,
  path: row.path,
  length: row.length,
  seedFile: row.seed_file,
  created: row.created,
});

/** An FTS5 phrase for `words`: each word is a token the index holds, quoted so no word is read as syntax. */
const ftsPhrase = (words: readonly string[]): string => `"${words.join(' ').replaceAll('"', '""')}"`;

/** Inverse document frequency as BM25 has it (Robertson–Spärck Jones, +1 so it never goes negative). */
const idf = (total: number, df: number): number => Math.log(1 + (total - df + 0.5) / (df + 0.5));

const DEFAULT_MAX_TERMS = 64;
const DEFAULT_HITS = 10;
/** BM25's b: how much a source's length counts against it (0: not at all, 1: in proportion). */
const LENGTH_WEIGHT = 0.5;
/** Steps per octave (doubling) of length in which length counts: within a step, length makes no difference. */
const LENGTH_STEPS = 8;
/** A phrase is looked up only when one of its words is this rare (see documentCount). */
const PHRASE_MAX_DF = 2000;
/** Most word counts kept between searches. */
const WORD_CACHE = 200_000;

export function sourceMethods(db: Database.Database): SourceArchive {
  const insert = db.prepare(
    'INSERT INTO sources (id, text, chars, sha256, kind, title, outlet, date, url, path, seed_file, created) VALUES (@id, @text, @chars, @sha256, @kind, @title, @outlet, @date, @url, @path, @seed_file, @created)',
  );
  const bySha = db.prepare<[string], Omit<SourceRow, 'text'>>(
    `SELECT ${SUMMARY_COLUMNS} FROM sources WHERE sha256 = ?`,
  );
  const byId = db.prepare<[string], SourceRow>('SELECT *, chars AS length FROM sources WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM sources WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sources');
  const newest = db.prepare<[number, number], Omit<SourceRow, 'text'>>(
    `SELECT ${SUMMARY_COLUMNS} FROM sources ORDER BY created DESC, seq DESC LIMIT ? OFFSET ?`,
  );
  const matching = db.prepare<[string, number, number], Omit<SourceRow, 'text'>>(
    `SELECT ${SUMMARY_COLUMNS} FROM sources JOIN (SELECT rowid AS hit, rank FROM sources_fts WHERE sources_fts MATCH ?) ON seq = hit
     ORDER BY rank LIMIT ? OFFSET ?`,
  );
  const wordCount = db.prepare<[string], { doc: number }>('SELECT doc FROM sources_vocab WHERE term = ?');
  const holding = db.prepare<[string], number>('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?').pluck();
  const idOf = db.prepare<[number], string>('SELECT id FROM sources WHERE seq = ?').pluck();
  const charsOf = db.prepare<[number], number>('SELECT chars FROM sources WHERE seq = ?').pluck();
  const meanChars = db.prepare<[], number>('SELECT avg(chars) FROM sources').pluck();
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

  // Word counts are kept between searches: reading a common word's count walks its whole position list, which
  // on a large archive costs milliseconds a word. The cache is dropped when this connection or another one changes
  // the database (PRAGMA data_version moves on another connection's commit; `changes` counts this one's).
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let cacheKey = '';
  let changes = 0;
  const wordCounts = new Map<string, number>();
  const countWord = (word: string): number => {
    const key = `${dataVersion.get()}:${changes}`;
    if (key !== cacheKey) {
      wordCounts.clear();
      cacheKey = key;
    }
    let df = wordCounts.get(word);
    if (df === undefined) {
      df = wordCount.get(word)?.doc ?? 0;
      if (wordCounts.size >= WORD_CACHE) wordCounts.clear();
      wordCounts.set(word, df);
    }
    return df;
  };

  /**
   * How many sources hold `term`; for a phrase also which (its count needs the rows anyway). A phrase is asked only
   * when one of its words is held by at most PHRASE_MAX_DF sources (or a tenth of the archive, if more): the index
   * reads the position lists of a phrase's words, and on a large archive a phrase of words nearly every source holds
   * costs tens of milliseconds. Such a phrase counts as held by none, and the re-ranking's verbatim check
   * (lib/archive/verbatim-cover.ts) still reads it in the candidates.
   */
  const documentCount = (term: SourceTerm, total: number): { df: number; rows?: number[] } => {
    if (term.words.length === 1) return { df: countWord(term.words[0]!) };
    const rarest = Math.min(...term.words.map(countWord));
    if (rarest === 0 || rarest > Math.max(PHRASE_MAX_DF, total / 10)) return { df: 0 };
    const rows = holding.all(ftsPhrase(term.words));
    return { df: rows.length, rows };
  };

  return {
    async addSource(source) {
      checkSource(source, 'source');
      changes++;
      return add.immediate(source, null);
    },
    async addSeedSource(seedFile, source) {
      checkSource(source, 'source');
      changes++;
      return addSeed.immediate(seedFile, source);
    },
    async getSource(id) {
      const row = byId.get(id);
      if (!row) return null;
      return { ...toSummary(row), text: row.text } satisfies ArchivedSource;
    },
    async deleteSource(id) {
      changes++;
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
      const ranked = terms
        .map((term) => {
          const { df, rows } = documentCount(term, total);
          return { term, rows, value: df === 0 ? 0 : term.weight * idf(total, df) };
        })
        .filter((t) => t.value > 0)
        .sort((a, b) => b.value - a.value);
      // Words and phrases each get their quota: a rare word outweighs a phrase of common words, yet only phrases
      // tell a source from an edited copy of it (the copy holds every word, and loses the phrases its edits touch).
      const valued = [
        ...ranked.filter((t) => t.term.words.length === 1).slice(0, maxTerms),
        ...ranked.filter((t) => t.term.words.length > 1).slice(0, maxTerms),
      ];
      // A long source holds more of any word list by chance: the words' sum is divided by its length relative to the
      // mean, softened as BM25 does (b = 0.5), so a long briefing must hold more of the report's words to outrank a
      // short one. Phrases are not: three words in a row do not turn up by chance, and a copy that lost a few words
      // (so is a little shorter) must not outrank the source it was copied from.
      const words = new Map<number, number>();
      const phrases = new Map<number, number>();
      for (const { term, rows, value } of valued) {
        const into = term.words.length === 1 ? words : phrases;
        for (const seq of rows ?? holding.all(ftsPhrase(term.words))) into.set(seq, (into.get(seq) ?? 0) + value);
      }
      // The length is taken in steps of an eighth of an octave (9%), so texts of about the same length are compared
      // on their terms alone: an edited copy a few words shorter than its original ties with it instead of
      // outranking it, and ties go to the source archived first.
      const mean = meanChars.get()!;
      const scores = new Map<number, number>();
      for (const seq of new Set([...words.keys(), ...phrases.keys()])) {
        const relative = 2 ** (Math.round(Math.log2(charsOf.get(seq)! / mean) * LENGTH_STEPS) / LENGTH_STEPS);
        scores.set(
          seq,
          (words.get(seq) ?? 0) / (1 - LENGTH_WEIGHT + LENGTH_WEIGHT * relative) + (phrases.get(seq) ?? 0),
        );
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([seq, score]): SourceHit => ({ id: idOf.get(seq)!, score }));
    },
  };
}
