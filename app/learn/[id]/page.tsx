// /learn/PACK: a lesson for the student, read-only (the share link). A shipped pack by slug, a teacher's by id. The
// answer key is not in the page: the student's browser fetches it when they press "Check my answers".
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { ComparePageShell } from '../../../components/page-shell/compare-page-shell.tsx';
import { LessonView } from '../../../components/teach/lesson-view.tsx';
import { loadPack } from '../../../server/packs/find-pack.ts';
import type { IdParams } from '../../load-saved.ts';

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const pack = await loadPack((await params).id);
  return { title: `${pack ? pack.title : 'Lesson not found'} · claimdiff` };
}

export default async function LearnPage({ params }: { params: IdParams }) {
  const pack = await loadPack((await params).id);
  if (!pack) notFound();
  const { key: _key, exercises, ...shown } = pack;
  return (
    <ComparePageShell title={pack.title} titleTestId="lesson-title">
      <LessonView pack={{ ...shown, exerciseCount: exercises.length }} />
    </ComparePageShell>
  );
}
