// /teach/PACK: edit a teacher's pack (title, brief, exercises and their order); a shipped pack is shown read-only.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { ComparePageShell } from '../../../components/page-shell/compare-page-shell.tsx';
import { PackEditor } from '../../../components/teach/pack-editor.tsx';
import { loadPack } from '../../../server/packs/find-pack.ts';
import type { IdParams } from '../../load-saved.ts';
import '../../../components/teach/teach.css';

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const pack = await loadPack((await params).id);
  return { title: `${pack ? `Edit: ${pack.title}` : 'Lesson not found'} · claimdiff` };
}

export default async function EditPackPage({ params }: { params: IdParams }) {
  const pack = await loadPack((await params).id);
  if (!pack) notFound();
  return (
    <ComparePageShell title={pack.title} titleTestId="pack-title">
      <p className="pack-list__links">
        <Link href="/teach">All lessons</Link>
        <Link href={`/learn/${pack.id}`} data-testid="share-link">
          Share link (student view)
        </Link>
        <Link href={`/teach/${pack.id}/worksheet`}>Worksheet</Link>
        <Link href={`/teach/${pack.id}/key`}>Answer key</Link>
      </p>
      <PackEditor initial={pack} />
    </ComparePageShell>
  );
}
