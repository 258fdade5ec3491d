'use client';
// The comparison of pasted or uploaded texts: takes the texts the first screen left (pasted-store.ts), asks
// /api/align/view for the result, and shows the run's state until the comparison is ready (components/run/).
import Link from 'next/link';
import type { AlignResult } from '../../lib/types.ts';
import { ComparisonView } from '../comparison/comparison-view.tsx';
import { RunStatus } from '../run/run-status.tsx';
import { useServerRun, type ServerRun } from '../run/use-server-run.ts';
import { SaveButton } from '../saved/save-button.tsx';
import { loadPastedTexts, type PastedTexts } from './pasted-store.ts';

const ALIGN: ServerRun<PastedTexts, AlignResult> = {
  load: loadPastedTexts,
  url: '/api/align/view',
  // Only the fields the route takes: the metadata stays for saving.
  body: (texts) => ({
    report: texts.report,
    source: texts.source,
    reportTitle: texts.reportTitle,
    sourceTitle: texts.sourceTitle,
  }),
  fits: (result, texts) => result.report.length === texts.report.length && result.source.length === texts.source.length,
  mismatch: 'The server aligned different texts from the ones sent.',
};

export function PastedComparison() {
  const state = useServerRun(ALIGN);
  if (state.phase !== 'done')
    return (
      <RunStatus
        state={state}
        working="Aligning the texts…"
        formHref="/#compare"
        missing={{
          title: 'Nothing to compare',
          body: (
            <>
              This page shows texts pasted or uploaded on the home page, and there are none in this tab.{' '}
              <Link href="/#compare">Paste or upload two texts</Link>.
            </>
          ),
        }}
      />
    );
  const { input: texts, result } = state;
  return (
    <ComparisonView
      report={{ text: texts.report, caption: texts.reportTitle || 'Pasted report' }}
      source={{ text: texts.source, caption: texts.sourceTitle || 'Pasted source' }}
      result={result}
      actions={
        <SaveButton
          report={{ ...texts.reportMeta, text: texts.report, title: texts.reportTitle, kind: 'report' }}
          source={{ ...texts.sourceMeta, text: texts.source, title: texts.sourceTitle }}
        />
      }
    />
  );
}
