// /matrix/pasted: the statement matrix of texts pasted or uploaded on the home page. The texts stay in the browser
// (never in the URL); the client component sends them to /api/matrix.
import type { Metadata } from 'next';
import { ComparePageShell } from '../../../components/page-shell/compare-page-shell.tsx';
import { PastedMatrixView } from '../../../components/matrix/pasted-matrix.tsx';

export const metadata: Metadata = { title: 'Statement matrix of pasted texts · claimdiff' };

export default function PastedMatrixPage() {
  return (
    <ComparePageShell title="Statement matrix of pasted texts">
      <PastedMatrixView />
    </ComparePageShell>
  );
}
