// What only the PostgreSQL store has: opening by URL (and its errors), its migrations, the archive index in parts,
// and candidate search that ranks as the SQLite archive ranks. Needs CLAIMDIFF_TEST_DATABASE_URL (see
// contract/open-store-for-test.ts: skipped without it, failed in CI).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { buildSourceQuery } from '../../lib/archive/source-query.ts';
import { dropSchemas, freshSchema, testDatabaseUrl } from './contract/open-store-for-test.ts';
import { openPostgresStore } from './postgres-store.ts';
import { POSTGRES_LATEST_VERSION, postgresMigrations } from './postgres-migrations.ts';
import { LATEST_VERSION } from './migrations.ts';
import { PART_OVERLAP, PART_WORDS } from './postgres/source-terms.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { StoreError } from './store-error.ts';

const database = testDatabaseUrl();

test('a URL that is not postgres://, or cannot be read, is a StoreError naming it', async () => {
  await assert.rejects(
    openPostgresStore('mysql://db/x'),
    (e: unknown) => e instanceof StoreError && e.code === 'bad-url',
  );
  await assert.rejects(
    openPostgresStore('postgres://user:secret@[bad'),
    (e: unknown) => e instanceof StoreError && e.code === 'bad-url' && !e.message.includes('secret'),
  );
});

test('a server that does not answer is a StoreError saying so, without the password', async () => {
  // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
  await assert.rejects(
    openPostgresStore('postgres://user:secret@127.0.0.1:1/claimdiff'),
    (e: unknown) =>
      e instanceof StoreError &&
      e.code === 'unreachable' &&
      e.message.startsWith(
        'cannot reach the PostgreSQL server of the database postgres://user:***@127.0.0.1:1/claimdiff',
      ) &&
      !e.message.includes('secret'),
  );
});

test('both engines know the same schema versions', () => {
  assert.equal(POSTGRES_LATEST_VERSION, LATEST_VERSION);
  postgresMigrations.forEach((m, i) => assert.equal(m.version, i + 1));
});

describe('on a PostgreSQL server', { skip: 'skip' in database ? database.skip : false }, () => {
  if ('missing' in database) {
    test('PostgreSQL is available', () => assert.fail(database.missing));
    return;
  }
  const url = 'url' in database ? database.url : '';
  const schemas: string[] = [];
  const schema = () => {
    const name = freshSchema();
    schemas.push(name);
    return name;
  };
  after(() => dropSchemas(url, schemas));

  test('a wrong password is a StoreError from the server, without the password', async () => {
    const bad = new URL(url);
    bad.password = 'not-the-password';
    await assert.rejects(
      openPostgresStore(bad.toString(), { schema: schema() }),
      (e: unknown) =>
        e instanceof StoreError &&
        e.code === 'open-failed' &&
        /password authentication failed/.test(e.message) &&
        !e.message.includes('not-the-password'),
    );
  });

  test('processes opening one new database at once migrate it once, to the latest version', async () => {
    const name = schema();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url, { schema: name })));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${name}.claimdiff_schema`);
    await client.end();
    assert.deepEqual(rows, [{ version: POSTGRES_LATEST_VERSION }]);
  });

  test('a schema from a newer claimdiff is refused with a clear error', async () => {
    const name = schema();
    (await openPostgresStore(url, { schema: name })).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE ${name}.claimdiff_schema SET version = 99`);
    await client.end();
    await assert.rejects(
      openPostgresStore(url, { schema: name }),
      (e: unknown) => e instanceof StoreError && e.code === 'newer-schema' && /schema version 99/.test(e.message),
    );
  });

  test('a source longer than one index part: a phrase across the part boundary and a word near the end are found', async () => {
    const store = await openPostgresStore(url, { schema: schema() });
    const filler = Array.from({ length: PART_WORDS - 2 }, (_, i) => `w${i % 997}`).join(' ');
    const text = `${filler} unilateral bullying tactics ${filler} finale`;
    const { source } = await store.addSource({ text, title: 'Long' });
    await store.addSource({ text: 'Unilateral and bullying, said nobody in particular.', title: 'Short' });
    // Words PART_WORDS - 2 … PART_WORDS: the phrase starts in part 1 and ends in part 2 (overlap PART_OVERLAP).
    assert.ok(PART_OVERLAP >= 2);
    const hits = await store.searchSources({ terms: [{ words: ['unilateral', 'bullying', 'tactics'], weight: 3 }] });
    assert.deepEqual(
      hits.map((h) => h.id),
      [source.id],
    );
    assert.deepEqual(
      (await store.listSources({ q: 'finale unilateral' })).map((s) => s.title),
      ['Long'],
    );
    await store.close();
  });

  test('word counts follow sources added and deleted, and migration 6 fills them from the index alike', async () => {
    const name = schema();
    const store = await openPostgresStore(url, { schema: name });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const counts = async () =>
      Object.fromEntries(
        (
          await client.query<{ term: string; docs: number }>(
            `SELECT term, docs FROM ${name}.source_word_counts WHERE term IN ('harbour', 'the', 'rainfall', 'envoy') ORDER BY term`,
          )
        ).rows.map((r) => [r.term, r.docs]),
      );
    const a = await store.addSource({ text: 'The envoy praised the harbour treaty.', title: 'The harbour' });
    await store.addSource({ text: 'The minister spoke about rainfall.' });
    await store.addSource({ text: 'The envoy praised the harbour treaty.' }); // the same text: not counted again
    assert.deepEqual(await counts(), { envoy: 1, harbour: 1, rainfall: 1, the: 2 });
    // The statement migration 6 fills the table with gives what adding one by one gave.
    const all = `SELECT term, docs FROM ${name}.source_word_counts WHERE docs > 0 ORDER BY term`;
    const kept = (await client.query(all)).rows;
    await client.query(`DELETE FROM ${name}.source_word_counts`);
    const fill = postgresMigrations[5]!.sql.slice(postgresMigrations[5]!.sql.indexOf('INSERT INTO source_word_counts'));
    await client.query(`SET search_path TO ${name}; ${fill}`);
    assert.deepEqual((await client.query(all)).rows, kept);
    assert.ok(await store.deleteSource(a.source.id));
    assert.deepEqual(await counts(), { envoy: 0, harbour: 0, rainfall: 1, the: 1 });
    assert.deepEqual(await store.searchSources({ terms: [{ words: ['harbour'], weight: 1 }] }), []);
    await client.end();
    await store.close();
  });

  test('candidate search ranks the labelled cases as the SQLite archive does', async () => {
    const cases = join(import.meta.dirname, '..', '..', 'seeds', 'cases');
    const names = readdirSync(cases, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const sqlite = openSqliteStore(':memory:');
    const postgres = await openPostgresStore(url, { schema: schema() });
    const idsOf = [new Map<string, string>(), new Map<string, string>()];
    for (const name of names) {
      const text = readFileSync(join(cases, name, 'b.txt'), 'utf8');
      for (const [i, store] of [sqlite, postgres].entries())
        idsOf[i]!.set((await store.addSource({ text, title: name })).source.id, name);
    }
    for (const name of names) {
      const terms = buildSourceQuery(readFileSync(join(cases, name, 'a.txt'), 'utf8'));
      const [a, b] = await Promise.all([sqlite, postgres].map((s) => s.searchSources({ terms, limit: 5 })));
      const show = (hits: typeof a, ids: Map<string, string>) =>
        hits!.map((h) => `${ids.get(h.id)} ${h.score.toFixed(6)}`);
      assert.deepEqual(show(b, idsOf[1]!), show(a, idsOf[0]!), `case ${name}`);
    }
    sqlite.close();
    await postgres.close();
  });
});
