// Home: ready-made comparisons, the two ways to start one (two library documents, or two pasted texts), a new
// statement matrix (one source, several reports: components/matrix/new-matrix.tsx), and the seed library itself.
import { listSeeds } from '../components/seed-library/read-seeds.ts';
import { SeedLibrary, SuggestedComparisons } from '../components/seed-library/seed-library.tsx';
import { LibraryForm } from '../components/new-comparison/library-form.tsx';
import { PasteForm } from '../components/new-comparison/paste-form.tsx';
import { NewMatrix } from '../components/matrix/new-matrix.tsx';
import { SavedList } from '../components/saved/saved-list.tsx';
import { getStore } from '../server/store/open-store.ts';

export default async function HomePage() {
  const seeds = await listSeeds();
  const store = await getStore();
  const [saved, savedMatrices] = await Promise.all([store.listComparisons(), store.listMatrices()]);
  return (
    <main id="main" className="page page--home">
      <header className="site-head">
        <h1 className="site-head__title">claimdiff</h1>
        <p className="site-head__tagline">
          Line up what a report says with the source it reports: which statement comes from where, how faithfully, and
          what was added or left out.
        </p>
        <SuggestedComparisons seeds={seeds} />
      </header>

      <section aria-labelledby="new-heading" className="block">
        <h2 id="new-heading">New comparison</h2>
        <h3 className="block__subheading">Two documents from the library</h3>
        <LibraryForm seeds={seeds} />
        <h3 className="block__subheading" id="paste">
          Or paste or upload two texts
        </h3>
        <PasteForm />
      </section>

      <section aria-labelledby="saved-heading" className="block">
        <h2 id="saved-heading">Saved comparisons</h2>
        <SavedList
          initial={saved.map((c) => ({
            id: c.id,
            title: c.title,
            detail: `${c.reportTitle ?? 'Untitled report'} vs ${c.sourceTitle ?? 'untitled source'}`,
            created: c.created,
          }))}
          api="/api/comparisons"
          href="/c/"
          empty="None yet: open a comparison and press Save."
          deleteNote="Its corrections are deleted too."
          testId="saved-list"
        />
        <h3 className="block__subheading" id="saved-matrices-heading">
          Saved matrices
        </h3>
        <SavedList
          initial={savedMatrices.map((m) => ({
            id: m.id,
            title: m.title,
            detail: `${m.sourceTitle ?? 'Untitled source'} · ${m.reportCount} reports`,
            created: m.created,
          }))}
          api="/api/matrices"
          href="/m/"
          empty="No saved matrices yet: open a matrix and press Save."
          testId="saved-matrix-list"
        />
      </section>

      <NewMatrix />

      <section aria-labelledby="library-heading" className="block">
        <h2 id="library-heading">Seed library</h2>
        <p className="block__intro">Reports and the sources they report on, shipped with claimdiff.</p>
        <SeedLibrary seeds={seeds} />
      </section>
    </main>
  );
}
