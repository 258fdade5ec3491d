// /compare/pasted: the comparison of texts pasted or uploaded on the home page. The texts stay in the browser
// (never in the URL); the client component sends them to /api/align.
import Link from 'next/link';
import type { Metadata } from 'next';
import { PastedComparison } from '../../../components/new-comparison/pasted-comparison.tsx';

export const metadata: Metadata = { title: 'Comparison of pasted texts · claimdiff' };

export default function PastedComparePage() {
  return (
    <main id="main" className="page page--compare">
      <header className="compare-head">
        <p className="crumbs">
          <Link href="/">claimdiff</Link>
        </p>
        <h1 className="compare-head__title">Comparison of pasted texts</h1>
      </header>
      <PastedComparison />
    </main>
  );
}
