// Home. The first screen is the task most visitors came for: the story and the transcript side by side and one
// Compare button (components/new-comparison/compare-form.tsx). Below it, smaller: the library's examples and a
// picker for two of its documents, the saved comparisons and matrices, several reports at once (the matrix), and
// the seed library itself, and the way to the lessons of teaching mode (/teach).
import { listSeeds } from '../components/seed-library/read-seeds.ts';
import { SeedLibrary, SuggestedComparisons } from '../components/seed-library/seed-library.tsx';
import { LibraryForm } from '../components/new-comparison/library-form.tsx';
import { CompareForm } from '../components/new-comparison/compare-form.tsx';
import { NewMatrix } from '../components/matrix/new-matrix.tsx';
import { SavedList } from '../components/saved/saved-list.tsx';
import Link from 'next/link';
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
          Put a story beside the transcript it reports: every quote checked word for word, and what was left out.
        </p>
      </header>

      <section aria-labelledby="compare-heading" className="task" id="compare">
        <h2 id="compare-heading" className="task__heading">
          Compare a report with its source
        </h2>
        <CompareForm />
      </section>

      <div className="home-more">
        <section aria-labelledby="examples-heading" className="block block--minor">
          <h2 id="examples-heading">Open an example</h2>
          <SuggestedComparisons seeds={seeds} />
          <details className="more">
            <summary>Or pick two documents from the library</summary>
            <LibraryForm seeds={seeds} />
          </details>
        </section>

        <section aria-labelledby="saved-heading" className="block block--minor">
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

        <section aria-labelledby="teaching-heading" className="block block--minor">
          <h2 id="teaching-heading">Teaching</h2>
          <p className="block__intro">
            Media-literacy lessons built on real comparisons: students mark what changed, then check.{' '}
            <Link href="/teach">Lessons and worksheets</Link>
          </p>
        </section>

        <section aria-labelledby="library-heading" className="block block--minor">
          <h2 id="library-heading">Seed library</h2>
          <p className="block__intro">Reports and the sources they report on, shipped with claimdiff.</p>
          <SeedLibrary seeds={seeds} />
        </section>
      </div>
    </main>
  );
}
