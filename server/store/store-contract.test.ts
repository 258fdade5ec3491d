// The store's behaviour, once per engine: SQLite always, PostgreSQL when CLAIMDIFF_TEST_DATABASE_URL names a
// throw-away database (skipped with a message otherwise, failed in CI). What only one engine has (SQLite's file,
// WAL and crash tests; PostgreSQL's URL errors) is tested in sqlite-*.test.ts and postgres-store.test.ts.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonContract } from './contract/comparisons.ts';
import { matrixContract } from './contract/matrices.ts';
import { testEngines } from './contract/open-store-for-test.ts';
import { packContract } from './contract/packs.ts';
import { sourceContract } from './contract/sources.ts';

for (const engine of testEngines()) {
  describe(`${engine.name} store`, { skip: engine.skip ?? false }, () => {
    if (engine.missing) {
      test('PostgreSQL is available', () => assert.fail(engine.missing));
      return;
    }
    after(engine.cleanup);
    comparisonContract(engine.open);
    matrixContract(engine.open);
    packContract(engine.open);
    sourceContract(engine.open);
  });
}
