// The open cell: the source statement, every report passage that carries it (the group: any of them can be opened),
// and the word diff of the chosen passage against the source, through the comparison view's own diff detail.
import type { AlignResult, MatrixRow } from '../../lib/types.ts';
import type { PresentedResult } from '../../lib/present.ts';
import { carryKind } from '../../lib/matrix/carry-kind.ts';
import { DiffDetail } from '../diff-text/diff-detail.tsx';
import { CARRY_SPOKEN, CARRY_SYMBOLS } from './matrix-labels.ts';
import type { CellSelection } from './matrix-table.tsx';
import type { MatrixDocumentView } from './matrix-document.ts';

export interface MatrixDetailProps {
  source: MatrixDocumentView;
  reports: readonly MatrixDocumentView[];
  pairs: readonly AlignResult[];
  rows: readonly MatrixRow[];
  selection: CellSelection | null;
  presentPair: (report: number) => PresentedResult;
  onSelect: (selection: CellSelection) => void;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function MatrixDetail({ source, reports, pairs, rows, selection, presentPair, onSelect }: MatrixDetailProps) {
  const row = selection ? rows[selection.row] : undefined;
  const report = selection ? reports[selection.report] : undefined;
  const alignment = selection ? pairs[selection.report]?.alignments[selection.alignment] : undefined;
  const selected = selection ? `${selection.row + 1}:${selection.report}:${selection.alignment}` : '';
  return (
    <section
      className="matrix-detail"
      aria-labelledby="matrix-detail-heading"
      data-testid="matrix-detail"
      data-selected={selected}
    >
      {!selection || !row || !report || !alignment ? (
        <>
          <h2 id="matrix-detail-heading" className="matrix-detail__heading">
            Word diff
          </h2>
          <p className="matrix-detail__empty">
            Click a cell of the matrix to see, word by word, how that report’s passage differs from the source’s
            statement.
          </p>
        </>
      ) : (
        <>
          <h2 id="matrix-detail-heading" className="matrix-detail__heading">
            Statement {selection.row + 1} in {report.name}
          </h2>
          <figure className="matrix-detail__statement">
            <figcaption>The statement in the source</figcaption>
            <blockquote>{squash(source.text.slice(row.source.start, row.source.end))}</blockquote>
          </figure>
          <p className="matrix-detail__group-title" id="matrix-detail-group">
            Carried by {row.passages.length} {row.passages.length === 1 ? 'passage' : 'passages'} of {row.carriedBy}{' '}
            {row.carriedBy === 1 ? 'report' : 'reports'}:
          </p>
          <ul className="matrix-detail__group" aria-labelledby="matrix-detail-group">
            {row.passages.map((p) => {
              const a = pairs[p.report]!.alignments[p.alignment]!;
              const carry = carryKind(a);
              const current = p.report === selection.report && p.alignment === selection.alignment;
              return (
                <li key={`${p.report}:${p.alignment}`}>
                  <button
                    type="button"
                    className="carry-chip"
                    data-carry={carry}
                    aria-pressed={current}
                    onClick={() => onSelect({ row: selection.row, report: p.report, alignment: p.alignment })}
                  >
                    <span aria-hidden="true">{CARRY_SYMBOLS[carry]} </span>
                    {reports[p.report]!.name}: {CARRY_SPOKEN[carry]}
                    <span className="carry-chip__score"> · score {a.score.toFixed(2)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <DiffDetail
            report={report.text}
            source={source.text}
            alignment={alignment}
            presented={presentPair(selection.report).alignments.find((x) => x.index === selection.alignment) ?? null}
          />
          {report.compareHref && (
            <p className="matrix-detail__more">
              <a href={report.compareHref}>Open the full comparison of {report.name} with the source</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
