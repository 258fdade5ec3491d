import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextOrder, selectRows, type RowFilter, type RowOrder } from './matrix-rows.ts';
import { describeCell, nameColumns } from './matrix-labels.ts';

// Carried by 2, 0, 1, 2, 0 reports, in source order.
const ROWS = [2, 0, 1, 2, 0].map((carriedBy) => ({ carriedBy }));

test('selectRows sorts by how many reports carry a statement, ties in source order, and filters', () => {
  const table: [RowOrder, RowFilter, number[]][] = [
    ['source', 'all', [0, 1, 2, 3, 4]],
    ['most', 'all', [0, 3, 2, 1, 4]],
    ['fewest', 'all', [1, 4, 2, 0, 3]],
    ['source', 'none', [1, 4]],
    ['source', 'one', [2]],
    ['most', 'several', [0, 3]],
    ['fewest', 'one', [2]],
  ];
  for (const [order, filter, want] of table)
    assert.deepEqual(selectRows(ROWS, order, filter), want, `${order} ${filter}`);
});

test('the "Carried by" header cycles most first, fewest first, source order', () => {
  assert.deepEqual([nextOrder('source'), nextOrder('most'), nextOrder('fewest')], ['most', 'fewest', 'source']);
});

test('column names: short outlets, titles or numbers, and a name two reports share gets a number', () => {
  assert.deepEqual(
    nameColumns([
      { outlet: 'The Record (Recorded Future News); by Adam Janofsky' },
      { outlet: 'ZDNet; by Chris Duckett' },
      { outlet: '', title: 'My notes' },
      {},
      { outlet: 'ZDNet' },
    ]),
    ['The Record', 'ZDNet', 'My notes', 'Report 4', 'ZDNet (2)'],
  );
});

test('a cell says who carries the statement and how, in words', () => {
  assert.equal(describeCell('The Record', 'quote-exact', 1), 'The Record: quote, exact');
  assert.equal(describeCell('ZDNet', 'quote-altered', 1), 'ZDNet: quote, altered');
  assert.equal(describeCell('Xinhua', 'paraphrase', 3), 'Xinhua: paraphrase; 3 passages');
});
