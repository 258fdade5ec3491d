// /compare?report=SLUG&source=SLUG: two seed documents side by side. Unknown or missing slugs are a 404, decided
// before anything streams so the status is a real 404; the matcher then runs in a worker thread
// (server/align-pool.ts) under a Suspense boundary, so the page shows its heading and a loading state at once.
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { findSeed, readSeedText, type SeedDocument } from '../../components/seed-library/read-seeds.ts';
import { ComparisonView } from '../../components/comparison/comparison-view.tsx';
import { AlignPoolError } from '../../server/align-pool.ts';
import { alignSeedPair } from './align-seed-pair.ts';
import { SaveButton } from '../../components/saved/save-button.tsx';
import { ComparePageShell } from '../../components/page-shell/compare-page-shell.tsx';

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
    <ComparePageShell
      title="Comparison"
      header={
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
      }
    >
      <Suspense
        fallback={
          <p className="loading" role="status" data-testid="loading">
            <span className="loading__spinner" aria-hidden="true" /> Aligning the texts…
          </p>
        }
      >
        <SeedComparison report={report} source={source} />
      </Suspense>
    </ComparePageShell>
  );
}

async function SeedComparison({ report, source }: { report: SeedDocument; source: SeedDocument }) {
  const [reportText, sourceText] = await Promise.all([readSeedText(report), readSeedText(source)]);
  let result;
  try {
    result = await alignSeedPair(report.slug, reportText, source.slug, sourceText);
  } catch (error) {
    // Busy (queue full) or too slow: say so in the page rather than as a generic server error.
    if (!(error instanceof AlignPoolError)) throw error;
    return (
      <div className="error-panel" role="alert" data-testid="error-panel">
        <h2 className="error-panel__title">These documents could not be compared just now</h2>
        <p>{error.message}</p>
      </div>
    );
  }
  return (
    <ComparisonView
      report={{ text: reportText, caption: `${report.outlet}: ${report.title}` }}
      source={{ text: sourceText, caption: `${source.outlet}: ${source.title}` }}
      result={result}
      actions={
        <SaveButton
          report={{ text: reportText, title: report.title, outlet: report.outlet, date: report.date, kind: 'report' }}
          source={{ text: sourceText, title: source.title, outlet: source.outlet, date: source.date }}
        />
      }
    />
  );
}
