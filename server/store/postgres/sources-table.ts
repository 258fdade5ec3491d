// The source archive on PostgreSQL: the `sources` table and its full-text index `source_terms` (tsvector parts with
// a GIN index, source-terms.ts). Candidate search is one statement: per term, the sources holding it (df) via the
// index; then the words and the phrases of highest weight × idf are kept, each their quota (common words only the
// first places of theirs: wordWorthUsing), and summed per source as the SQLite archive does in code
// (source-scoring.ts), so both engines rank alike.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { ArchivedSource, NewSource } from '../../types.ts';
import type { SourceArchive, SourceHit } from '../source-archive.ts';
import { checkSource } from '../check-store-input.ts';
import { createId } from '../create-id.ts';
import { SOURCE_SUMMARY_COLUMNS, timestamp, toSourceSummary, type SourceRow } from '../row-mapping.ts';
import { indexWord, indexWords } from '../../../lib/archive/index-words.ts';
import {
  COMMON_WORDS_KEPT,
  DEFAULT_HITS,
  DEFAULT_MAX_TERMS,
  LENGTH_STEPS,
  LENGTH_WEIGHT,
  PHRASE_MAX_DF,
  phraseWorthAsking,
} from '../source-scoring.ts';
import { changes, inTransaction, row, rows, type Sql } from './connection.ts';
import { phraseQuery, sourceParts } from './source-terms.ts';

/** Source rows as pg returns them: `seq` is a bigint, which pg gives as a string. */
type SummaryRow = Omit<SourceRow, 'text' | 'seq'>;

const SEARCH = `
  WITH archive AS (SELECT count(*)::float8 AS n, avg(chars)::float8 AS mean FROM sources),
  terms AS MATERIALIZED (
    SELECT t.i, t.q::tsquery AS q, t.weight, t.phrase,
      coalesce(t.df, (SELECT count(DISTINCT p.source_seq) FROM source_terms p WHERE p.terms @@ t.q::tsquery)) AS df
    FROM unnest($1::text[], $2::float8[], $6::boolean[], $10::float8[]) WITH ORDINALITY AS t(q, weight, phrase, df, i)
  ),
  valued AS (
    SELECT i, q, phrase, df, greatest($9::float8, archive.n / 10) AS common,
      CASE WHEN df = 0 THEN 0 ELSE weight * ln(1 + (archive.n - df + 0.5) / (df + 0.5)) END AS value
    FROM terms, archive
  ),
  chosen AS (
    SELECT i, q, phrase, value FROM (
      SELECT *, row_number() OVER (PARTITION BY phrase ORDER BY value DESC, i) AS place FROM valued WHERE value > 0
    ) ranked
    WHERE place <= $3 AND (phrase OR place <= $8 OR df <= common)
  ),
  held AS (
    SELECT DISTINCT chosen.i, chosen.phrase, chosen.value, p.source_seq
    FROM chosen JOIN source_terms p ON p.terms @@ chosen.q
  ),
  scored AS (
    SELECT source_seq,
      sum(CASE WHEN phrase THEN 0 ELSE value END) AS words,
      sum(CASE WHEN phrase THEN value ELSE 0 END) AS phrases
    FROM held GROUP BY source_seq
  )
  SELECT s.id,
    scored.words / (1 - $5::float8 + $5::float8 *
      power(2, floor(log(2, (s.chars / archive.mean)::numeric)::float8 * $7 + 0.5) / $7)) + scored.phrases AS score
  FROM scored JOIN sources s ON s.seq = scored.source_seq, archive
  ORDER BY score DESC, s.seq LIMIT $4`;

/** How many sources hold each of the words $1 (index words), from the counts kept as sources come and go. */
const WORD_COUNTS = 'SELECT term, docs FROM source_word_counts WHERE term = ANY($1::text[])';

/** Counts the words of source $1 (its index's lexemes, each once) as held by one more source; in term order, so
 * two sources added at once lock the rows they share in the same order. */
const COUNT_WORDS_IN = `
  INSERT INTO source_word_counts (term, docs)
  SELECT lexeme, 1 FROM (
    SELECT DISTINCT unnest(tsvector_to_array(terms)) AS lexeme FROM source_terms WHERE source_seq = $1
  ) words ORDER BY lexeme
  ON CONFLICT (term) DO UPDATE SET docs = source_word_counts.docs + 1`;

/** Counts the words of the source with id $1 as held by one source fewer (before it is deleted). */
const COUNT_WORDS_OUT = `
  WITH words AS (
    SELECT DISTINCT unnest(tsvector_to_array(p.terms)) AS lexeme
    FROM source_terms p JOIN sources s ON s.seq = p.source_seq WHERE s.id = $1
  ),
  locked AS (
    SELECT term FROM source_word_counts WHERE term IN (SELECT lexeme FROM words) ORDER BY term FOR UPDATE
  )
  UPDATE source_word_counts c SET docs = c.docs - 1 FROM locked WHERE c.term = locked.term`;

/** Sources holding every one of the word queries $1 (in any part), best ts_rank of their OR ($2) first. */
const MATCHING = `
  SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources s JOIN (
    SELECT p.source_seq, sum(ts_rank(p.terms, $2::tsquery)) AS rank FROM source_terms p
    WHERE p.terms @@ $2::tsquery GROUP BY p.source_seq
  ) ranked ON ranked.source_seq = s.seq
  WHERE NOT EXISTS (
    SELECT 1 FROM unnest($1::text[]) AS w(q)
    WHERE NOT EXISTS (SELECT 1 FROM source_terms p WHERE p.source_seq = s.seq AND p.terms @@ w.q::tsquery)
  )
  ORDER BY ranked.rank DESC, s.seq DESC LIMIT $3 OFFSET $4`;

/** Inserts the source and its index unless the same text is archived; the stored copy wins a race. */
async function insertSource(sql: Sql, source: NewSource, seedFile: string | null) {
  const sha256 = createHash('sha256').update(source.text).digest('hex');
  const inserted = await row<{ seq: string }>(
    sql,
    `INSERT INTO sources (id, text, chars, sha256, kind, title, outlet, date, url, path, seed_file, created)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (sha256) DO NOTHING RETURNING seq`,
    [
      createId(),
      source.text,
      source.text.length,
      sha256,
      source.kind ?? 'transcript',
      source.title ?? null,
      source.outlet ?? null,
      source.date ?? null,
      source.url ?? null,
      source.path ?? null,
      seedFile,
      timestamp(),
    ],
  );
  if (inserted) {
    const parts = sourceParts(source.title ?? null, source.text);
    await sql.query(
      `INSERT INTO source_terms (source_seq, part, terms)
       SELECT $1, part, terms::tsvector FROM unnest($2::integer[], $3::text[]) AS t(part, terms)`,
      [inserted.seq, parts.map((p) => p.part), parts.map((p) => p.terms)],
    );
    await sql.query(COUNT_WORDS_IN, [inserted.seq]);
  }
  const stored = await row<SummaryRow>(sql, `SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources WHERE sha256 = $1`, [
    sha256,
  ]);
  return { source: toSourceSummary(stored!), added: inserted !== null };
}

export function sourceMethods(pool: pg.Pool): SourceArchive {
  return {
    async addSource(source) {
      checkSource(source, 'source');
      return inTransaction(pool, (client) => insertSource(client, source, null));
    },
    async addSeedSource(seedFile, source) {
      checkSource(source, 'source');
      return inTransaction(pool, async (client) => {
        const first = await changes(
          client,
          'INSERT INTO archive_seeds (seed_file) VALUES ($1) ON CONFLICT DO NOTHING',
          [seedFile],
        );
        return first > 0 && (await insertSource(client, source, seedFile)).added;
      });
    },
    async getSource(id) {
      const found = await row<SummaryRow & { text: string }>(
        pool,
        `SELECT ${SOURCE_SUMMARY_COLUMNS}, text FROM sources WHERE id = $1`,
        [id],
      );
      if (!found) return null;
      return { ...toSourceSummary(found), text: found.text } satisfies ArchivedSource;
    },
    async deleteSource(id) {
      return inTransaction(pool, async (client) => {
        await client.query(COUNT_WORDS_OUT, [id]);
        return (await changes(client, 'DELETE FROM sources WHERE id = $1', [id])) > 0; // its index parts cascade
      });
    },
    async listSources({ q, limit = 50, offset = 0 } = {}) {
      const words = q === undefined ? [] : [...new Set(indexWords(q).map((w) => w.word))];
      const found = words.length
        ? await rows<SummaryRow>(pool, MATCHING, [
            words.map((w) => phraseQuery([w])),
            words.map((w) => phraseQuery([w])).join(' | '),
            limit,
            offset,
          ])
        : await rows<SummaryRow>(
            pool,
            `SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources ORDER BY created DESC, seq DESC LIMIT $1 OFFSET $2`,
            [limit, offset],
          );
      return found.map((r) => toSourceSummary(r));
    },
    async countSources() {
      return (await row<{ n: number }>(pool, 'SELECT count(*)::integer AS n FROM sources'))!.n;
    },
    async searchSources({ terms, maxTerms = DEFAULT_MAX_TERMS, limit = DEFAULT_HITS }) {
      const wellFormed = terms.filter((t) => t.words.length > 0 && t.words.every((w) => w !== ''));
      if (wellFormed.length === 0) return [];
      // Each word's count comes from the kept counts; phrases are asked only with a rare word, as on SQLite
      // (source-scoring.ts phraseWorthAsking), and counted in the statement.
      const words = [...new Set(wellFormed.flatMap((t) => t.words.map((w) => indexWord(w))))];
      const counts = new Map(words.map((w) => [w, 0]));
      for (const { term, docs } of await rows<{ term: string; docs: number }>(pool, WORD_COUNTS, [words]))
        counts.set(term, docs);
      const countOf = (word: string) => counts.get(indexWord(word))!;
      const total = (await row<{ n: number }>(pool, 'SELECT count(*)::integer AS n FROM sources'))!.n;
      const usable = wellFormed.filter(
        (t) =>
          t.words.length === 1 ||
          phraseWorthAsking(
            t.words.map((w) => countOf(w)),
            total,
          ),
      );
      if (usable.length === 0) return [];
      return rows<SourceHit>(pool, SEARCH, [
        usable.map((t) => phraseQuery(t.words)),
        usable.map((t) => t.weight),
        maxTerms,
        limit,
        LENGTH_WEIGHT,
        usable.map((t) => t.words.length > 1),
        LENGTH_STEPS,
        COMMON_WORDS_KEPT,
        PHRASE_MAX_DF,
        usable.map((t) => (t.words.length === 1 ? countOf(t.words[0]!) : null)),
      ]);
    },
  };
}
