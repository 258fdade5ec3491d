// /compare/pasted: the comparison of texts pasted or uploaded on the home page. The texts stay in the browser
// (never in the URL); the client component sends them to /api/align/view.
import type { Metadata } from 'next';
import { ComparePageShell } from '../../../components/page-shell/compare-page-shell.tsx';
import { PastedComparison } from '../../../components/new-comparison/pasted-comparison.tsx';

export const metadata: Metadata = { title: 'Comparison of pasted texts · claimdiff' };

export default function PastedComparePage() {
  return (
    <ComparePageShell title="Comparison of pasted texts">
      <PastedComparison />
    </ComparePageShell>
  );
}
