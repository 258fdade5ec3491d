// The source archive (issue 17): the transcripts, statements and speeches a story's source is looked for among
// (the first screen's "Find the source in the archive"). Lists the newest, searches, adds and deletes
// (components/archive/archive-manager.tsx, over /api/sources).
import { ArchiveManager } from '../../components/archive/archive-manager.tsx';
import { getStore } from '../../server/store/open-store.ts';

export const metadata = { title: 'Source archive · claimdiff' };

export default async function ArchivePage() {
  const store = await getStore();
  const [sources, count] = await Promise.all([store.listSources({ limit: 50 }), store.countSources()]);
  return (
    <main id="main" className="page page--archive">
      <header className="site-head">
        <h1 className="site-head__title">Source archive</h1>
        <p className="site-head__tagline">
          {count.toLocaleString('en')} archived sources. On the first screen, a story given alone is looked for among
          them.
        </p>
      </header>
      <ArchiveManager
        initial={sources.map(({ id, title, outlet, date, kind, length }) => ({
          id,
          title,
          outlet,
          date,
          kind,
          length,
        }))}
      />
    </main>
  );
}
