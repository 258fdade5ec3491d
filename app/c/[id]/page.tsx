// /c/ID: a saved comparison, exactly as stored (the matcher is not run again unless the user asks).
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { ComparePageShell } from '../../../components/page-shell/compare-page-shell.tsx';
import { SavedComparisonView } from '../../../components/saved/saved-comparison.tsx';
import { loadSaved, savedPageTitle, type IdParams } from '../../load-saved.ts';

const load = (params: IdParams) => loadSaved(params, (store, id) => store.getComparison(id));

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  return savedPageTitle(await load(params), 'Comparison not found');
}

export default async function SavedComparisonPage({ params }: { params: IdParams }) {
  const saved = await load(params);
  if (!saved) notFound();
  return (
    <ComparePageShell title={saved.title} titleTestId="saved-title">
      <SavedComparisonView initial={saved} />
    </ComparePageShell>
  );
}
