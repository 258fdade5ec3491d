'use client';
// The alignment table: TanStack Table v9 for sorting and filtering, TanStack Virtual for the rows (5,000 alignments
// scroll without rendering 5,000 rows). It stays a real <table> named "Alignments" with <tr> rows in <tbody>; the
// rows are positioned absolutely inside a grid tbody, as in TanStack's virtualized-rows example, and carry
// aria-rowindex so assistive technology knows where a row sits among all of them.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PresentedAlignment } from '../../lib/present.ts';
import type { AlignmentKind, Flag, QuoteVerdict } from '../../lib/types.ts';
import { QUOTE_VERDICT_LABEL } from '../../lib/quotes/labels.ts';
import { FLAG_LABELS, FLAG_ORDER, KIND_LABELS } from '../diff-text/labels.ts';
import { alignmentColumns, tableFeaturesForAlignments } from './columns.tsx';

export interface AlignmentTableProps {
  rows: readonly PresentedAlignment[];
  /** The selected alignment's number, or null. */
  selected: number | null;
  onSelect: (number: number) => void;
  /** A row got focus (number) or the table lost it (null): the panes light up that alignment. */
  onHover: (number: number | null) => void;
}

const KINDS: AlignmentKind[] = ['quote', 'paraphrase', 'partial'];
const QUOTE_VERDICTS = Object.keys(QUOTE_VERDICT_LABEL) as QuoteVerdict[];
const ROW_ESTIMATE = 68;

export function AlignmentTable({ rows, selected, onSelect, onHover }: AlignmentTableProps) {
  const id = useId();
  const data = useMemo(() => [...rows], [rows]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const table = useTable({
    features: tableFeaturesForAlignments,
    columns: alignmentColumns,
    data,
    getRowId: (row) => String(row.number),
    state: { sorting, columnFilters, globalFilter },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => column.id === 'reportText' || column.id === 'sourceText',
  });
  const visible = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(44);
  useLayoutEffect(() => {
    if (headRef.current) setHeadHeight(headRef.current.offsetHeight);
  }, []);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => visible[index]?.id ?? index,
    overscan: 6,
    scrollMargin: headHeight,
    // Rows render on the server too, so the table is there before hydration.
    initialRect: { width: 1000, height: 420 },
  });

  // Keyboard: one row is in the tab order (roving tabindex); arrows, j/k, Home/End move it, Enter selects.
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, visible.length - 1));
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
    row?.focus({ preventScroll: true });
  });
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(visible.length - 1, index));
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    const step = key === 'ArrowDown' || key === 'j' ? 1 : key === 'ArrowUp' || key === 'k' ? -1 : 0;
    if (step) moveTo(activeIndex + step);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(visible.length - 1);
    else if (key === 'PageDown') moveTo(activeIndex + 8);
    else if (key === 'PageUp') moveTo(activeIndex - 8);
    else if (key === 'Enter' || key === ' ') {
      const row = visible[activeIndex];
      if (row) onSelect(row.original.number);
    } else return;
    event.preventDefault();
  };

  // When the selection comes from elsewhere (a pane, j/k), bring its row into view and make it the active one.
  useEffect(() => {
    if (selected === null) return;
    const index = visible.findIndex((r) => r.original.number === selected);
    if (index < 0) return;
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selected]); // only when the selection changes, not when rows re-sort

  const kindFilter = (columnFilters.find((f) => f.id === 'kind')?.value as string | undefined) ?? '';
  // arrIncludes takes a list of values and keeps rows that have any of them.
  const flagFilter = (columnFilters.find((f) => f.id === 'flags')?.value as string[] | undefined)?.[0] ?? '';
  const quoteFilter = (columnFilters.find((f) => f.id === 'quoteVerdicts')?.value as string[] | undefined)?.[0] ?? '';
  const setFilter = (id: 'kind' | 'flags' | 'quoteVerdicts', value: string) =>
    setColumnFilters((filters) => [
      ...filters.filter((f) => f.id !== id),
      ...(value ? [{ id, value: id === 'kind' ? value : [value] }] : []),
    ]);

  const items = virtualizer.getVirtualItems();
  return (
    <div className="alignments">
      <h2 id="alignments-heading" className="alignments__heading">
        Alignments
      </h2>
      <div className="alignments__tools" role="search" aria-label="Filter the table">
        <FilterSelect
          id={`${id}-kind`}
          label="Kind"
          testId="kind-filter"
          value={kindFilter}
          onChange={(v) => setFilter('kind', v)}
          anyLabel="all kinds"
          options={KINDS.map((k) => [k, KIND_LABELS[k]])}
        />
        <FilterSelect
          id={`${id}-flag`}
          label="Flag"
          testId="flag-filter"
          value={flagFilter}
          onChange={(v) => setFilter('flags', v)}
          anyLabel="any or none"
          options={FLAG_ORDER.map((f: Flag) => [f, FLAG_LABELS[f]])}
        />
        <FilterSelect
          id={`${id}-quote`}
          label="Quote"
          testId="quote-filter"
          value={quoteFilter}
          onChange={(v) => setFilter('quoteVerdicts', v)}
          anyLabel="with or without"
          options={QUOTE_VERDICTS.map((v) => [v, `${QUOTE_VERDICT_LABEL[v].symbol} ${QUOTE_VERDICT_LABEL[v].word}`])}
        />
        <div className="field field--inline field--grow">
          <label className="field__label" htmlFor={`${id}-search`}>
            Search
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={globalFilter}
            onChange={(e) => setGlobalFilter(e.target.value)}
            placeholder="words in either passage"
          />
        </div>
        <p className="alignments__count" aria-live="polite" data-testid="row-count">
          {visible.length === rows.length
            ? `${rows.length} ${rows.length === 1 ? 'alignment' : 'alignments'}`
            : `${visible.length} of ${rows.length} alignments`}
        </p>
      </div>
      <div ref={scrollRef} className="alignments__scroller" data-testid="table-scroller">
        <table className="grid-table" aria-labelledby="alignments-heading" aria-rowcount={visible.length + 1}>
          <thead ref={headRef} className="grid-table__head">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="grid-table__row" aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="grid-table__header"
                      data-column={header.column.id}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <button type="button" className="sort-button">
                        <table.FlexRender header={header} />
                        <span className="sort-button__icon" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="grid-table__body" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
            {visible.length === 0 && (
              <tr className="grid-table__row grid-table__row--empty">
                <td>
                  {rows.length === 0
                    ? 'The matcher found no alignments between these texts.'
                    : 'No alignment matches these filters.'}
                </td>
              </tr>
            )}
            {items.map((item) => {
              const row = visible[item.index];
              if (!row) return null;
              const number = row.original.number;
              return (
                <tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-row-number={number}
                  aria-rowindex={item.index + 2}
                  aria-current={selected === number ? 'true' : undefined}
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  className="grid-table__row grid-table__row--body"
                  style={{ transform: `translateY(${item.start - headHeight}px)` }}
                  onClick={() => {
                    setActive(item.index);
                    onSelect(number);
                  }}
                  onFocus={() => onHover(number)}
                  onBlur={() => onHover(null)}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="grid-table__cell" data-column={cell.column.id}>
                      <table.FlexRender cell={cell} />
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

/** One of the table's filters: a labelled select whose empty value lets every row through. */
function FilterSelect(props: {
  id: string;
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  anyLabel: string;
  options: ReadonlyArray<readonly [value: string, label: string]>;
}) {
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
