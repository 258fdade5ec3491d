// /compare?report=SLUG&source=SLUG: two seed documents side by side. Unknown or missing slugs are a 404, decided
// before anything streams so the status is a real 404; the matcher then runs under a Suspense boundary, so the page
// shows its heading and a loading state at once.
import { Suspense } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { findSeed, readSeedText, type SeedDocument } from '../../components/seed-library/read-seeds.ts';
import { ComparisonView } from '../../components/comparison/comparison-view.tsx';
import { alignSeedPair } from './align-seed-pair.ts';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function findPair(searchParams: SearchParams): Promise<{ report: SeedDocument; source: SeedDocument }> {
  const params = await searchParams;
  const report = typeof params.report === 'string' ? await findSeed(params.report) : null;
  const source = typeof params.source === 'string' ? await findSeed(params.source) : null;
  if (!report || !source) notFound();
  return { report, source };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const params = await searchParams;
  const report = typeof params.report === 'string' ? await findSeed(params.report) : null;
  const source = typeof params.source === 'string' ? await findSeed(params.source) : null;
  if (!report || !source) return { title: 'Comparison not found · claimdiff' };
  return { title: `${report.outlet} vs ${source.outlet} · claimdiff` };
}

const describe = (seed: SeedDocument) => `${seed.outlet}, ${seed.date ?? 'undated'} — ${seed.title}`;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { report, source } = await findPair(searchParams);
  return (
    <main id="main" className="page page--compare">
      <header className="compare-head">
        <p className="crumbs">
          <Link href="/">claimdiff</Link>
        </p>
        <h1 className="compare-head__title">Comparison</h1>
        <dl className="compare-head__docs">
          <div>
            <dt>Report</dt>
            <dd>{describe(report)}</dd>
          </div>
          <div>
            <dt>Source</dt>
            <dd>{describe(source)}</dd>
          </div>
        </dl>
      </header>
      <Suspense
        fallback={
          <p className="loading" role="status" data-testid="loading">
            <span className="loading__spinner" aria-hidden="true" /> Aligning the texts…
          </p>
        }
      >
        <SeedComparison report={report} source={source} />
      </Suspense>
    </main>
  );
}

async function SeedComparison({ report, source }: { report: SeedDocument; source: SeedDocument }) {
  const [reportText, sourceText] = await Promise.all([readSeedText(report), readSeedText(source)]);
  const result = alignSeedPair(report.slug, reportText, source.slug, sourceText);
  return (
    <ComparisonView
      report={{ text: reportText, caption: `${report.outlet}: ${report.title}` }}
      source={{ text: sourceText, caption: `${source.outlet}: ${source.title}` }}
      result={result}
    />
  );
}
