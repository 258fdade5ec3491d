'use client';
// The statement matrix view (issue 6): the legend, the matrix table with the word diff of the selected cell beside
// it (below it on narrow screens), and the per-report summary. It receives the pairwise results and the matrix as
// plain JSON (computed on the server, or by /api/matrix for pasted texts) and only decides what to show; the library
// pages and the pasted-texts page render the same way. `actions` is where saving and exporting will go (they need
// the store, which is not part of this view).
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AlignResult, MatrixResult } from '../../lib/types.ts';
import { presentResult, type PresentedResult } from '../../lib/present.ts';
import { MatrixTable, type CellSelection } from './matrix-table.tsx';
import { MatrixDetail } from './matrix-detail.tsx';
import { ReportSummaries } from './report-summaries.tsx';
import { MatrixLegend } from './matrix-legend.tsx';
import type { RowFilter, RowOrder } from './matrix-rows.ts';
import type { MatrixDocumentView, MatrixMode } from './matrix-document.ts';
import './matrix.css';

export interface MatrixViewProps {
  source: MatrixDocumentView;
  reports: MatrixDocumentView[];
  /** `pairs[i]` aligns `reports[i]` with `source`. */
  pairs: AlignResult[];
  matrix: MatrixResult;
  mode: MatrixMode;
  /** Controls to put above the matrix (saving, exporting), when there are any. */
  actions?: ReactNode;
}

export function MatrixView({ source, reports, pairs, matrix, mode, actions }: MatrixViewProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const [order, setOrder] = useState<RowOrder>('source');
  const [filter, setFilter] = useState<RowFilter>('all');
  const [selection, setSelection] = useState<CellSelection | null>(null);

  // The presentable view of a pair (numbers, word counts) is made only for the reports whose cells are opened.
  const presented = useMemo(() => new Map<number, PresentedResult>(), [pairs]);
  const presentPair = useCallback(
    (report: number): PresentedResult => {
      let p = presented.get(report);
      if (!p) {
        p = presentResult(pairs[report]!, reports[report]!.text, source.text);
        presented.set(report, p);
      }
      return p;
    },
    [presented, pairs, reports, source.text],
  );

  // A state oracle for tests and scripts: the view is hydrated and its handlers are live.
  useEffect(() => {
    rootRef.current?.setAttribute('data-ready', 'true');
  }, []);

  // When the detail sits below the matrix (narrow screens), bring it into view once a cell opens it.
  useEffect(() => {
    const box = detailRef.current?.getBoundingClientRect();
    if (!selection || !box) return;
    if (box.top > window.innerHeight / 2 || box.bottom < 0)
      detailRef.current?.scrollIntoView({
        block: 'start',
        behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
  }, [selection]);

  const reportNames = useMemo(() => reports.map((r) => r.name), [reports]);
  return (
    <div className="matrix-view" ref={rootRef} data-testid="matrix-view">
      {actions && <div className="matrix-view__actions">{actions}</div>}
      <MatrixLegend />
      <div className="matrix-layout">
        <div className="matrix-layout__table">
          <MatrixTable
            rows={matrix.rows}
            sourceText={source.text}
            statementHeading={mode === 'report-vs-report' ? `Statement of ${source.name}` : 'Statement of the source'}
            reportNames={reportNames}
            reportCaptions={reports.map((r) => r.caption)}
            compareHrefs={reports.map((r) => r.compareHref ?? null)}
            order={order}
            filter={filter}
            selection={selection}
            onOrderChange={setOrder}
            onFilterChange={setFilter}
            onSelect={setSelection}
          />
        </div>
        <div className="matrix-layout__detail" ref={detailRef}>
          <MatrixDetail
            source={source}
            reports={reports}
            pairs={pairs}
            rows={matrix.rows}
            selection={selection}
            presentPair={presentPair}
            onSelect={setSelection}
          />
        </div>
      </div>
      <ReportSummaries reports={reports} matrix={matrix} mode={mode} />
    </div>
  );
}
