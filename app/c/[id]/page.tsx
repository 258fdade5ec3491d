// /c/ID: a saved comparison, exactly as stored (the matcher is not run again unless the user asks).
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { SavedComparisonView } from '../../../components/saved/saved-comparison.tsx';
import { isId } from '../../../server/store/create-id.ts';
import { getStore } from '../../../server/store/open-store.ts';

type Params = Promise<{ id: string }>;

async function load(id: string) {
  return isId(id) ? (await getStore()).getComparison(id) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const saved = await load((await params).id);
  return { title: saved ? `${saved.title} · claimdiff` : 'Comparison not found · claimdiff' };
}

export default async function SavedComparisonPage({ params }: { params: Params }) {
  const saved = await load((await params).id);
  if (!saved) notFound();
  return (
    <main id="main" className="page page--compare">
      <header className="compare-head">
        <p className="crumbs">
          <Link href="/">claimdiff</Link>
        </p>
        <h1 className="compare-head__title" data-testid="saved-title">
          {saved.title}
        </h1>
      </header>
      <SavedComparisonView initial={saved} />
    </main>
  );
}
