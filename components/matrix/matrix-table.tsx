// The matrix itself: a real <table> named "Statement matrix", one row per source statement (its text in a sticky
// first column, then how many reports carry it) and one column per report. A cell that carries the statement is a
// button with a symbol, a word and a colour, and a label that says it all (`The Record: quote, exact`); it opens the
// word diff. The table scrolls inside its own box both ways, so the page never scrolls sideways, with the header
// row and the statement column fixed. Not virtualised: a matrix has one row per statement of the covered part of
// the source (tens, rarely a few hundred), not one per alignment of a 20 MB text.
import { useId } from 'react';
import type { MatrixRow } from '../../lib/types.ts';
import { CARRY_SYMBOLS, CARRY_WORDS, NOT_CARRIED, describeCell } from './matrix-labels.ts';
import { FILTER_LABELS, ORDER_LABELS, nextOrder, selectRows, type RowFilter, type RowOrder } from './matrix-rows.ts';

/** The open cell: a row, a report, and which of that report's alignments there is shown. */
export interface CellSelection {
  row: number;
  report: number;
  alignment: number;
}

export interface MatrixTableProps {
  rows: readonly MatrixRow[];
  sourceText: string;
  /** The heading of the statement column: `Statement of the source`, or of the report in its place. */
  statementHeading: string;
  reportNames: readonly string[];
  reportCaptions: readonly string[];
  compareHrefs: readonly (string | null)[];
  order: RowOrder;
  filter: RowFilter;
  selection: CellSelection | null;
  onOrderChange: (order: RowOrder) => void;
  onFilterChange: (filter: RowFilter) => void;
  onSelect: (selection: CellSelection) => void;
}

const ARIA_SORT: Record<RowOrder, 'none' | 'descending' | 'ascending'> = {
  source: 'none',
  most: 'descending',
  fewest: 'ascending',
};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function MatrixTable({
  rows,
  sourceText,
  statementHeading,
  reportNames,
  reportCaptions,
  compareHrefs,
  order,
  filter,
  selection,
  onOrderChange,
  onFilterChange,
  onSelect,
}: MatrixTableProps) {
  const id = useId();
  const shown = selectRows(rows, order, filter);
  const n = reportNames.length;
  return (
    <div className="matrix">
      <h2 id={`${id}-heading`} className="matrix__heading">
        Statements
      </h2>
      <div className="matrix__tools" role="group" aria-label="Order and filter the statements">
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-order`}>
            Order
          </label>
          <select
            id={`${id}-order`}
            value={order}
            onChange={(e) => onOrderChange(e.target.value as RowOrder)}
            data-testid="matrix-order"
          >
            {(Object.keys(ORDER_LABELS) as RowOrder[]).map((o) => (
              <option key={o} value={o}>
                {ORDER_LABELS[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-filter`}>
            Show
          </label>
          <select
            id={`${id}-filter`}
            value={filter}
            onChange={(e) => onFilterChange(e.target.value as RowFilter)}
            data-testid="matrix-filter"
          >
            {(Object.keys(FILTER_LABELS) as RowFilter[]).map((f) => (
              <option key={f} value={f}>
                {FILTER_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <p className="matrix__count" data-testid="matrix-row-count" aria-live="polite">
          {shown.length} of {rows.length} statements shown
        </p>
      </div>
      {/* Focusable, so the keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div
        className="matrix__scroller"
        data-testid="matrix-scroller"
        role="region"
        aria-labelledby={`${id}-heading`}
        tabIndex={0}
      >
        <table className="matrix__table" aria-label="Statement matrix">
          <thead>
            <tr>
              <th scope="col" className="matrix__corner">
                {statementHeading}
              </th>
              <th scope="col" className="matrix__count-head" aria-sort={ARIA_SORT[order]}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onOrderChange(nextOrder(order))}
                  title="Sort by how many reports carry the statement"
                >
                  Carried by
                  <span className="sort-button__icon" aria-hidden="true">
                    {order === 'most' ? '▼' : order === 'fewest' ? '▲' : '↕'}
                  </span>
                </button>
              </th>
              {reportNames.map((name, i) => (
                <th key={i} scope="col" className="matrix__report-head" data-report={i}>
                  <span className="matrix__report-name">{name}</span>
                  <span className="matrix__report-caption" title={reportCaptions[i]}>
                    {reportCaptions[i]}
                  </span>
                  {compareHrefs[i] && (
                    <a className="matrix__report-link" href={compareHrefs[i]!}>
                      full comparison<span className="visually-hidden"> of {name} with the source</span>
                    </a>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr className="matrix__empty-row">
                <td colSpan={n + 2}>No statement is {FILTER_LABELS[filter]}.</td>
              </tr>
            )}
            {shown.map((k) => {
              const row = rows[k]!;
              return (
                <tr
                  key={k}
                  data-row={k + 1}
                  data-carried-by={row.carriedBy}
                  aria-current={selection?.row === k ? 'true' : undefined}
                >
                  <th scope="row" className="matrix__statement">
                    <span className="matrix__number" aria-hidden="true">
                      {k + 1}
                    </span>
                    <span className="matrix__statement-text">
                      {squash(sourceText.slice(row.source.start, row.source.end))}
                    </span>
                  </th>
                  <td className="matrix__carried" data-column="carried-by">
                    {row.carriedBy} <span className="matrix__of">of {n}</span>
                  </td>
                  {row.cells.map((cell, r) => (
                    <td key={r} className="matrix__cell" data-report={r} data-carry={cell?.carry ?? 'none'}>
                      {cell ? (
                        <button
                          type="button"
                          className="carry-cell"
                          data-carry={cell.carry}
                          aria-label={describeCell(reportNames[r]!, cell.carry, cell.alignments.length)}
                          aria-pressed={selection?.row === k && selection.report === r}
                          onClick={() => onSelect({ row: k, report: r, alignment: cell.alignment })}
                        >
                          <span className="carry-cell__symbol" aria-hidden="true">
                            {CARRY_SYMBOLS[cell.carry]}
                          </span>
                          <span className="carry-cell__word">{CARRY_WORDS[cell.carry]}</span>
                          {cell.alignments.length > 1 && (
                            <span className="carry-cell__more">+{cell.alignments.length - 1}</span>
                          )}
                        </button>
                      ) : (
                        <span className="carry-none">
                          <span aria-hidden="true">{NOT_CARRIED.symbol}</span>
                          <span className="visually-hidden">{NOT_CARRIED.word}</span>
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
