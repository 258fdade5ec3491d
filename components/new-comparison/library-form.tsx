// "Compare two library documents": a plain GET form to /compare, so it works before (and without) JavaScript.
import type { SeedDocument } from '../seed-library/read-seeds.ts';
import { suggestPairs } from '../seed-library/seed-library.tsx';

export function LibraryForm({ seeds }: { seeds: readonly SeedDocument[] }) {
  const suggested = suggestPairs(seeds)[0];
  const option = (seed: SeedDocument) => (
    <option key={seed.slug} value={seed.slug}>
      {seed.outlet} ({seed.kind}, {seed.date ?? 'undated'}): {seed.title}
    </option>
  );
  return (
    <form action="/compare" method="get" className="form library-form">
      <div className="form__row">
        <label className="field">
          <span className="field__label">Report (what was published)</span>
          <select name="report" defaultValue={suggested?.report.slug ?? seeds[0]?.slug} required>
            {seeds.map(option)}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Source (what was said)</span>
          <select name="source" defaultValue={suggested?.source.slug ?? seeds[1]?.slug} required>
            {seeds.map(option)}
          </select>
        </label>
      </div>
      <button type="submit" className="button">
        Compare these documents
      </button>
    </form>
  );
}
