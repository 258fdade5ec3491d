// The seed library on the home page: every document in seeds/ with outlet, date, kind and a one-line description,
// and ready-made comparisons for reports that have a source of the same date in the library.
import Link from 'next/link';
import type { SeedDocument } from './read-seeds.ts';

/** Pairs a report with each non-report document of the same date: the likeliest source it reports on. */
export function suggestPairs(seeds: readonly SeedDocument[]): { report: SeedDocument; source: SeedDocument }[] {
  return seeds.flatMap((report) =>
    report.kind === 'report' && report.date
      ? seeds.filter((s) => s.kind !== 'report' && s.date === report.date).map((source) => ({ report, source }))
      : [],
  );
}

export const compareHref = (report: string, source: string) =>
  `/compare?${new URLSearchParams({ report, source }).toString()}`;

/** Ready-made comparisons: each report with a source of the same date. */
export function SuggestedComparisons({ seeds }: { seeds: readonly SeedDocument[] }) {
  const pairs = suggestPairs(seeds);
  if (pairs.length === 0) return null;
  return (
    <ul className="suggestions">
      {pairs.map(({ report, source }) => (
        <li key={`${report.slug}|${source.slug}`}>
          <Link className="suggestion" href={compareHref(report.slug, source.slug)}>
            {report.outlet}’s story <span className="suggestion__with">with</span> the {source.kind} it reports (
            {source.date})
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function SeedLibrary({ seeds }: { seeds: readonly SeedDocument[] }) {
  return (
    <ul className="library" data-testid="seed-library">
      {seeds.map((seed) => (
        <li key={seed.slug} className="library__item" data-slug={seed.slug}>
          <h3 className="library__title">{seed.title}</h3>
          <p className="library__meta">
            <span className="kind-tag">{seed.kind}</span> {seed.outlet} · {seed.date ?? 'undated'}
            {seed.translation ? ` · ${seed.translation}` : ''}
          </p>
          <p className="library__about">{seed.about}</p>
          <p className="library__slug">
            <code>{seed.slug}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}
