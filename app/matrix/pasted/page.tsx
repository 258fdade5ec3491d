// /matrix/pasted: the statement matrix of texts pasted or uploaded on the home page. The texts stay in the browser
// (never in the URL); the client component sends them to /api/matrix.
import Link from 'next/link';
import type { Metadata } from 'next';
import { PastedMatrixView } from '../../../components/matrix/pasted-matrix.tsx';

export const metadata: Metadata = { title: 'Statement matrix of pasted texts · claimdiff' };

export default function PastedMatrixPage() {
  return (
    <main id="main" className="page page--compare">
      <header className="compare-head">
        <p className="crumbs">
          <Link href="/">claimdiff</Link>
        </p>
        <h1 className="compare-head__title">Statement matrix of pasted texts</h1>
      </header>
      <PastedMatrixView />
    </main>
  );
}
