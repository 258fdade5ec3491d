// /matrix?source=SLUG&report=SLUG&report=SLUG…: the statement matrix of library documents (issue 6). A slug is a
// seed document or `case:NAME` (a labelled case's report); see components/matrix/read-matrix-documents.ts.
// Unknown or missing names are a 404, decided before anything streams so the status is a real 404; the matcher then
// runs under a Suspense boundary. When the "source" is itself a report, this is report vs report: the same view
// with the first report in the source's place and every one of its sentences a row.
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import {
  findLibraryDocument,
  readLibraryText,
  type LibraryDocument,
} from '../../components/matrix/read-matrix-documents.ts';
import { MatrixView } from '../../components/matrix/matrix-view.tsx';
import type { MatrixDocumentView } from '../../components/matrix/matrix-document.ts';
import { nameColumns } from '../../components/matrix/matrix-labels.ts';
import { parseMatrixParams } from '../../components/matrix/matrix-href.ts';
import { compareHref } from '../../components/seed-library/seed-library.tsx';
import { SaveMatrixButton } from '../../components/matrix/save-matrix-button.tsx';
import { ComparePageShell } from '../../components/page-shell/compare-page-shell.tsx';
import type { SaveDocument } from '../../components/saved/save-button.tsx';
import { DOCUMENT_KINDS } from '../../server/types.ts';
import { alignLibraryMatrix } from './align-library-matrix.ts';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

interface MatrixDocuments {
  source: LibraryDocument;
  reports: LibraryDocument[];
}

async function findDocuments(searchParams: SearchParams): Promise<MatrixDocuments | null> {
  const parsed = parseMatrixParams(await searchParams);
  if (!parsed) return null;
  const [source, ...reports] = await Promise.all([parsed.source, ...parsed.reports].map(findLibraryDocument));
  if (!source || reports.some((r) => r === null)) return null;
  return { source, reports: reports as LibraryDocument[] };
}

const isReportVsReport = (docs: MatrixDocuments) => docs.source.kind === 'report';
const describe = (doc: LibraryDocument) => `${doc.outlet}, ${doc.date ?? 'undated'} — ${doc.title}`;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const docs = await findDocuments(searchParams);
  if (!docs) return { title: 'Matrix not found · claimdiff' };
  const names = nameColumns(docs.reports).join(', ');
  return {
    title: isReportVsReport(docs)
      ? `${names} vs ${nameColumns([docs.source])[0]} · claimdiff`
      : `Statement matrix: ${names} · claimdiff`,
  };
}

export default async function MatrixPage({ searchParams }: { searchParams: SearchParams }) {
  const docs = await findDocuments(searchParams);
  if (!docs) notFound();
  const versus = isReportVsReport(docs);
  return (
    <ComparePageShell
      title={versus ? 'Report vs report' : 'Statement matrix'}
      header={
        <>
          <p className="matrix-head__intro">
            {versus
              ? 'Two reports of one event, with no source at hand: every sentence of the first report is a row, and the column says how the other report carries it. Rows carried by none are what the first has and the other lacks; the summary lists what the other has and the first lacks.'
              : 'One row for each statement of the source that the reports draw on, in source order; one column for each report, saying whether it quotes the statement (exactly or altered), paraphrases it, carries part of it, or leaves it out.'}
          </p>
          <dl className="matrix-head__docs">
            <dt>{versus ? 'In the source’s place' : 'Source'}</dt>
            <dd>{describe(docs.source)}</dd>
            <dt>{docs.reports.length === 1 ? 'Report' : 'Reports'}</dt>
            <dd>
              <ol>
                {docs.reports.map((r, i) => (
                  <li key={i}>{describe(r)}</li>
                ))}
              </ol>
            </dd>
          </dl>
        </>
      }
    >
      <Suspense
        fallback={
          <p className="loading" role="status" data-testid="loading">
            <span className="loading__spinner" aria-hidden="true" /> Aligning {docs.reports.length}{' '}
            {docs.reports.length === 1 ? 'report' : 'reports'} with the source…
          </p>
        }
      >
        <LibraryMatrix docs={docs} versus={versus} />
      </Suspense>
    </ComparePageShell>
  );
}

async function LibraryMatrix({ docs, versus }: { docs: MatrixDocuments; versus: boolean }) {
  const [sourceText, ...reportTexts] = await Promise.all([docs.source, ...docs.reports].map(readLibraryText));
  const run = await alignLibraryMatrix(
    { slug: docs.source.slug, text: sourceText! },
    docs.reports.map((r, i) => ({ slug: r.slug, text: reportTexts[i]! })),
    versus ? { scope: 'whole' } : {},
  );
  const names = nameColumns(docs.reports);
  const toSave = (doc: LibraryDocument, text: string) => ({
    text,
    title: doc.title,
    outlet: doc.outlet,
    date: doc.date,
    url: doc.url,
    // A library kind the API knows, else none (the API's default for the side).
    kind: (DOCUMENT_KINDS as readonly string[]).includes(doc.kind) ? (doc.kind as SaveDocument['kind']) : undefined,
  });
  const view = (doc: LibraryDocument, text: string, name: string): MatrixDocumentView => ({
    name,
    caption: describe(doc),
    text,
  });
  return (
    <MatrixView
      source={view(docs.source, sourceText!, nameColumns([docs.source])[0]!)}
      reports={docs.reports.map((r, i) => ({
        ...view(r, reportTexts[i]!, names[i]!),
        compareHref: r.seed && docs.source.seed ? compareHref(r.slug, docs.source.slug) : null,
      }))}
      pairs={run.pairs}
      matrix={run.matrix}
      mode={versus ? 'report-vs-report' : 'source'}
      actions={
        <SaveMatrixButton
          source={toSave(docs.source, sourceText!)}
          reports={docs.reports.map((r, i) => toSave(r, reportTexts[i]!))}
        />
      }
    />
  );
}
