// /m/ID: a saved statement matrix, exactly as stored (the matcher is not run again).
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { ComparePageShell } from '../../../components/page-shell/compare-page-shell.tsx';
import { SavedMatrixView } from '../../../components/matrix/saved-matrix.tsx';
import { loadSaved, savedPageTitle, type IdParams } from '../../load-saved.ts';

const load = (params: IdParams) => loadSaved(params, (store, id) => store.getMatrix(id));

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  return savedPageTitle(await load(params), 'Matrix not found');
}

export default async function SavedMatrixPage({ params }: { params: IdParams }) {
  const saved = await load(params);
  if (!saved) notFound();
  return (
    <ComparePageShell title="Saved statement matrix">
      <SavedMatrixView saved={saved} />
    </ComparePageShell>
  );
}
