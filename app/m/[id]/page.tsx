// /m/ID: a saved statement matrix, exactly as stored (the matcher is not run again).
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { SavedMatrixView } from '../../../components/matrix/saved-matrix.tsx';
import { isId } from '../../../server/store/create-id.ts';
import { getStore } from '../../../server/store/open-store.ts';

type Params = Promise<{ id: string }>;

async function load(id: string) {
  return isId(id) ? (await getStore()).getMatrix(id) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const saved = await load((await params).id);
  return { title: saved ? `${saved.title} · claimdiff` : 'Matrix not found · claimdiff' };
}

export default async function SavedMatrixPage({ params }: { params: Params }) {
  const saved = await load((await params).id);
  if (!saved) notFound();
  return (
    <main id="main" className="page page--compare">
      <header className="compare-head">
        <p className="crumbs">
          <Link href="/">claimdiff</Link>
        </p>
        <h1 className="compare-head__title">Saved statement matrix</h1>
      </header>
      <SavedMatrixView saved={saved} />
    </main>
  );
}
