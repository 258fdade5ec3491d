// "New matrix" on the home page: the ready-made multi-report examples, a plain GET form that picks a source and
// reports from the library (it works without JavaScript), and the paste/upload form. Loads what it lists itself,
// so the home page only places it.
import Link from 'next/link';
import { listLibraryDocuments, suggestMatrices, type LibraryDocument } from './read-matrix-documents.ts';
import { matrixHref } from './matrix-href.ts';
import { nameColumns } from './matrix-labels.ts';
import { PasteMatrixForm } from './paste-matrix-form.tsx';
import './matrix.css';

const label = (doc: LibraryDocument) => `${doc.outlet} (${doc.kind}, ${doc.date ?? 'undated'}): ${doc.title}`;

export async function NewMatrix() {
  const [documents, suggestions] = await Promise.all([listLibraryDocuments(), suggestMatrices()]);
  const first = suggestions[0];
  return (
    <section aria-labelledby="new-matrix-heading" className="block block--minor" id="new-matrix">
      <h2 id="new-matrix-heading">New matrix: one source, several reports</h2>
      <p className="block__intro">
        Line up several reports of the same source, statement by statement: which statements each one carried, quoted,
        bent or left out, and what only one of them has. Or put two reports side by side with no source at hand.
      </p>
      {suggestions.length > 0 && (
        <ul className="matrix-examples" data-testid="matrix-examples">
          {suggestions.map(({ source, reports }) => (
            <li key={source.slug}>
              <Link
                className="suggestion"
                href={matrixHref(
                  source.slug,
                  reports.map((r) => r.slug),
                )}
              >
                {nameColumns(reports).join(', ')} <span className="suggestion__with">against</span> the {source.kind}{' '}
                they report ({source.date ?? 'undated'})
              </Link>
            </li>
          ))}
          {suggestions.map(({ reports }) => {
            const [a, b] = nameColumns(reports);
            return (
              <li key={`vs-${reports[0]!.slug}`}>
                <Link className="suggestion" href={matrixHref(reports[0]!.slug, [reports[1]!.slug])}>
                  {b} <span className="suggestion__with">vs</span> {a}, report against report
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <h3 className="block__subheading">A source and reports from the library</h3>
      <form action="/matrix" method="get" className="form matrix-form">
        <label className="field">
          <span className="field__label">Matrix source: the transcript, statement or original</span>
          <select name="source" defaultValue={first?.source.slug ?? documents[0]?.slug} required>
            {documents.map((doc) => (
              <option key={doc.slug} value={doc.slug}>
                {label(doc)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="report-picks">
          <legend className="fieldset__legend">Reports to line up (one or more, in column order)</legend>
          <p className="field__hint">
            Pick a report as the source and one other report to compare two reports with each other.
          </p>
          <ul className="report-picks__list">
            {documents.map((doc) => (
              <li key={doc.slug}>
                <label>
                  <input
                    type="checkbox"
                    name="report"
                    value={doc.slug}
                    defaultChecked={first?.reports.some((r) => r.slug === doc.slug) ?? false}
                  />
                  <span>{label(doc)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="button button--primary">
          Line up the reports
        </button>
      </form>
      <h3 className="block__subheading" id="paste-matrix">
        Or paste or upload a source and its reports
      </h3>
      <PasteMatrixForm />
    </section>
  );
}
