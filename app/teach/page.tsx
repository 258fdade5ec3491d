// /teach: the teacher's side. Every lesson pack (the shipped ones, then the teacher's own) with its share link,
// editor, worksheet and answer key, and a form that makes a new pack from a saved comparison or a pasted pair.
import type { Metadata } from 'next';
import { ComparePageShell } from '../../components/page-shell/compare-page-shell.tsx';
import { NewPackForm } from '../../components/teach/new-pack-form.tsx';
import { PackList } from '../../components/teach/pack-list.tsx';
import { listShippedPacks, summarizePack } from '../../server/packs/shipped-packs.ts';
import { getStore } from '../../server/store/open-store.ts';
import '../../components/teach/teach.css';

export const metadata: Metadata = { title: 'Teaching · claimdiff' };

export default async function TeachPage() {
  const store = await getStore();
  const [shipped, own, comparisons] = await Promise.all([
    listShippedPacks(),
    store.listPacks(),
    store.listComparisons(),
  ]);
  return (
    <ComparePageShell title="Teaching">
      <p className="block__intro">
        A lesson puts a story beside its source with no highlights: students mark what they think was changed, then
        check their answers against what claimdiff found. Each lesson fits one class period. Students need no account;
        their answers stay in their browser.
      </p>
      <section aria-labelledby="packs-heading" className="block">
        <h2 id="packs-heading">Lessons</h2>
        <PackList initial={[...shipped.map((p) => summarizePack(p)), ...own]} />
      </section>
      <section aria-labelledby="new-pack-heading" className="block">
        <h2 id="new-pack-heading">Make a lesson</h2>
        <NewPackForm comparisons={comparisons.map((c) => ({ id: c.id, title: c.title }))} />
      </section>
    </ComparePageShell>
  );
}
