import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMatrixContract } from './contract.ts';
import { alignMatrix } from '../matrix.ts';
import { checkContract, toContract } from '../contract.ts';

const SOURCE =
  'Spokesperson: The sanctions are illegal and unjustified. China will take firm countermeasures. ' +
  'We urge the US to correct its mistakes.\n';
const REPORTS = [
  'China said the sanctions are "illegal and unjustified".',
  'The sanctions are illegal and unjustified, Beijing said, vowing to take firm countermeasures.',
];

test('toMatrixContract keeps exactly the contract fields, in order, and each pair is the align contract', () => {
  const run = alignMatrix(SOURCE, REPORTS);
  const json = toMatrixContract(run);
  assert.deepEqual(Object.keys(json), ['version', 'source', 'reports', 'rows', 'pairs']);
  assert.deepEqual(json.source, { length: SOURCE.length });
  assert.deepEqual(
    json.reports,
    REPORTS.map((r) => ({ length: r.length })),
  );
  assert.deepEqual(json.pairs, run.pairs.map(toContract));
  json.pairs.forEach((pair, i) => assert.deepEqual(checkContract(pair, REPORTS[i]!.length, SOURCE.length), []));
  assert.equal(json.rows.length, run.matrix.rows.length);
  assert.ok(
    json.rows.some((row) => row.cells.every((c) => c !== null)),
    'some statement is carried by both reports',
  );
  json.rows.forEach((row, k) => {
    const mine = run.matrix.rows[k]!;
    assert.deepEqual(row.source, [{ start: mine.source.start, end: mine.source.end }]);
    row.cells.forEach((cell, r) => {
      const full = mine.cells[r];
      if (!full) return assert.equal(cell, null);
      assert.deepEqual(Object.keys(cell!), ['kind', 'score', 'report']);
      assert.equal(cell!.kind, full.kind);
      assert.equal(cell!.score, Math.round(full.score * 1000) / 1000);
      assert.deepEqual(cell!.report, full.report);
    });
  });
  // Plain JSON: it survives a round trip unchanged.
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
});
