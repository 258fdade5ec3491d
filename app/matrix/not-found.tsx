// The 404 of /matrix: says what a matrix link names and lists the documents it can name.
import Link from 'next/link';
import { listLibraryDocuments } from '../../components/matrix/read-matrix-documents.ts';
import { MAX_MATRIX_REPORTS } from '../../components/matrix/matrix-href.ts';

export default async function MatrixNotFound() {
  const docs = await listLibraryDocuments().catch(() => []);
  return (
    <main id="main" className="page page--narrow">
      <p className="crumbs">
        <Link href="/">claimdiff</Link>
      </p>
      <h1>Matrix not found</h1>
      <p>
        A matrix link names one source and 1 to {MAX_MATRIX_REPORTS} reports of the library:{' '}
        <code>/matrix?source=NAME&amp;report=NAME&amp;report=NAME</code>. This link names no source, no report, too many
        reports, or a name that is not in the library.
      </p>
      {docs.length > 0 && (
        <>
          <h2>Names a link can use</h2>
          <ul className="plain-list">
            {docs.map((d) => (
              <li key={d.slug}>
                <code>{d.slug}</code> — {d.outlet} ({d.kind})
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/#new-matrix">Start a matrix from the home page</Link>
      </p>
    </main>
  );
}
