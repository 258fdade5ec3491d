import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_MATRIX_REPORTS, matrixHref, parseMatrixParams } from './matrix-href.ts';

test('matrixHref names the source first, then the reports in order, and parseMatrixParams reads it back', () => {
  const href = matrixHref('mfa-2021-07-20-zhao', ['case:zhao-therecord', 'case:zhao-zdnet']);
  assert.equal(href, '/matrix?source=mfa-2021-07-20-zhao&report=case%3Azhao-therecord&report=case%3Azhao-zdnet');
  const params = new URLSearchParams(href.split('?')[1]);
  assert.deepEqual(parseMatrixParams({ source: params.get('source')!, report: params.getAll('report') }), {
    source: 'mfa-2021-07-20-zhao',
    reports: ['case:zhao-therecord', 'case:zhao-zdnet'],
  });
});

test('parseMatrixParams refuses a link without one source and 1 to MAX_MATRIX_REPORTS reports', () => {
  const many = Array.from({ length: MAX_MATRIX_REPORTS + 1 }, (_, i) => `r${i}`);
  const table: [string, Record<string, string | string[] | undefined>, boolean][] = [
    ['one report', { source: 's', report: 'r' }, true],
    ['no report', { source: 's' }, false],
    ['no source', { report: ['a', 'b'] }, false],
    ['two sources', { source: ['s', 't'], report: 'r' }, false],
    ['an empty name', { source: 's', report: ['a', ''] }, false],
    ['too many reports', { source: 's', report: many }, false],
    ['just enough reports', { source: 's', report: many.slice(1) }, true],
  ];
  for (const [name, params, ok] of table) assert.equal(parseMatrixParams(params) !== null, ok, name);
});
