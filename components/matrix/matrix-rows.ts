// Which rows the matrix table shows, in what order: sorted by how many reports carry each statement (or in source
// order), filtered to the statements nobody, exactly one report, or several reports carry. Pure, so it is tested
// without a browser.
import type { MatrixRow } from '../../lib/types.ts';

export type RowOrder = 'source' | 'most' | 'fewest';
export type RowFilter = 'all' | 'none' | 'one' | 'several';

export const ORDER_LABELS: Record<RowOrder, string> = {
  source: 'source order',
  most: 'most reports first',
  fewest: 'fewest reports first',
};

export const FILTER_LABELS: Record<RowFilter, string> = {
  all: 'all statements',
  none: 'carried by none',
  one: 'carried by exactly one',
  several: 'carried by two or more',
};

const KEEP: Record<RowFilter, (carriedBy: number) => boolean> = {
  all: () => true,
  none: (n) => n === 0,
  one: (n) => n === 1,
  several: (n) => n >= 2,
};

/** Indices into `rows` of the rows to show, in the order to show them; ties keep source order. */
export function selectRows(
  rows: readonly Pick<MatrixRow, 'carriedBy'>[],
  order: RowOrder,
  filter: RowFilter,
): number[] {
  const shown = rows.flatMap((row, i) => (KEEP[filter](row.carriedBy) ? [i] : []));
  if (order === 'most') shown.sort((a, b) => rows[b]!.carriedBy - rows[a]!.carriedBy || a - b);
  else if (order === 'fewest') shown.sort((a, b) => rows[a]!.carriedBy - rows[b]!.carriedBy || a - b);
  return shown;
}

/** The next order when the "Carried by" header is clicked: most first, fewest first, back to source order. */
export function nextOrder(order: RowOrder): RowOrder {
  return order === 'source' ? 'most' : order === 'most' ? 'fewest' : 'source';
}
