// The per-report summary of the matrix: for each report the statements it carries and how (quotes exact and
// altered, paraphrases, partial), what it added, and the added material no other report has, listed in full.
import type { MatrixResult } from '../../lib/types.ts';
import type { MatrixDocumentView, MatrixMode } from './matrix-document.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function ReportSummaries({
  reports,
  matrix,
  mode,
}: {
  reports: readonly MatrixDocumentView[];
  matrix: MatrixResult;
  mode: MatrixMode;
}) {
  const total = matrix.rows.length;
  const onlyHere =
    mode === 'report-vs-report' ? 'What only it has' : reports.length > 1 ? 'In no other report' : 'Added';
  return (
    <section className="matrix-summary" aria-labelledby="matrix-summary-heading" data-testid="matrix-summary">
      <h2 id="matrix-summary-heading">Per-report summary</h2>
      <div className="matrix-summary__scroller">
        <table className="matrix-summary__table">
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Statements carried</th>
              <th scope="col">Quotes (exact / altered)</th>
              <th scope="col">Paraphrases</th>
              <th scope="col">Partial</th>
              <th scope="col">Added</th>
              <th scope="col">{onlyHere}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.summaries.map((s, i) => (
              <tr key={i} data-report={i}>
                <th scope="row">{reports[i]!.name}</th>
                <td data-column="carried">
                  {s.carried} of {total}
                </td>
                <td data-column="quotes">
                  {s.quotes} ({s.exactQuotes} /{' '}
                  <span className={s.alteredQuotes ? 'matrix-summary__alert' : ''}>{s.alteredQuotes}</span>)
                </td>
                <td data-column="paraphrases">{s.paraphrases}</td>
                <td data-column="partial">{s.partial}</td>
                <td data-column="added">{s.added}</td>
                <td data-column="unique">{s.uniqueAdded.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="matrix-summary__note">
        Counts are of the {total} statements in the matrix. “Added” is report text with no place in the source;
        {reports.length > 1
          ? ' “In no other report” is the part of it that no other report carries either (a shared-word test).'
          : ' with one report, all of it is only in that report.'}
      </p>
      {matrix.summaries.map((s, i) =>
        s.uniqueAdded.length === 0 ? null : (
          <details key={i} className="matrix-summary__unique" data-report={i}>
            <summary>
              {reports[i]!.name}: {s.uniqueAdded.length} added {s.uniqueAdded.length === 1 ? 'passage' : 'passages'}
              {reports.length > 1 ? ' in no other report' : ''}
            </summary>
            <ol>
              {s.uniqueAdded.map((span) => (
                <li key={span.start}>{squash(reports[i]!.text.slice(span.start, span.end))}</li>
              ))}
            </ol>
          </details>
        ),
      )}
    </section>
  );
}
