'use client';
// The comparison of pasted or uploaded texts: takes the texts the home form left (pasted-store.ts), asks
// /api/align/view for the result, shows a loading state meanwhile and an error panel when the server refuses them.
import { useEffect, useState } from 'react';
import Link from 'next/link';
import type { AlignResult } from '../../lib/types.ts';
import { postForResult } from './post-for-result.ts';
import { ComparisonView } from '../comparison/comparison-view.tsx';
import { loadPastedTexts, type PastedTexts } from './pasted-store.ts';
import { SaveButton } from '../saved/save-button.tsx';

type State =
  | { phase: 'starting' }
  | { phase: 'missing' }
  | { phase: 'aligning'; texts: PastedTexts }
  | { phase: 'failed'; message: string; problems: string[] }
  | { phase: 'done'; texts: PastedTexts; result: AlignResult };

export function PastedComparison() {
  const [state, setState] = useState<State>({ phase: 'starting' });

  useEffect(() => {
    const texts = loadPastedTexts();
    if (!texts) {
      setState({ phase: 'missing' });
      return;
    }
    setState({ phase: 'aligning', texts });
    const controller = new AbortController();
    alignOnServer(texts, controller.signal).then(
      (outcome) =>
        setState(outcome.ok ? { phase: 'done', texts, result: outcome.result } : { phase: 'failed', ...outcome }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          phase: 'failed',
          message: 'The server could not be reached.',
          problems: [String(error instanceof Error ? error.message : error)],
        });
      },
    );
    return () => controller.abort();
  }, []);

  if (state.phase === 'starting' || state.phase === 'aligning')
    return (
      <p className="loading" role="status" data-testid="loading">
        <span className="loading__spinner" aria-hidden="true" /> Aligning the texts…
      </p>
    );
  if (state.phase === 'missing')
    return (
      <div className="error-panel" role="alert">
        <h2 className="error-panel__title">Nothing to compare</h2>
        <p>
          This page shows texts pasted or uploaded on the home page, and there are none in this tab.{' '}
          <Link href="/#paste">Paste or upload two texts</Link>.
        </p>
      </div>
    );
  if (state.phase === 'failed')
    return (
      <div className="error-panel" role="alert" data-testid="error-panel">
        <h2 className="error-panel__title">{state.message}</h2>
        <ul>
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p>
          <Link href="/#paste">Back to the form</Link>
        </p>
      </div>
    );
  const { texts, result } = state;
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

function alignOnServer(texts: PastedTexts, signal: AbortSignal) {
  return postForResult<AlignResult>({
    url: '/api/align/view',
    // Only the fields /api/align/view takes: the metadata stays for saving.
    body: {
      report: texts.report,
      source: texts.source,
      reportTitle: texts.reportTitle,
      sourceTitle: texts.sourceTitle,
    },
    signal,
    fits: (result) => result.report.length === texts.report.length && result.source.length === texts.source.length,
    failure: 'The texts could not be compared.',
    mismatch: 'The server aligned different texts from the ones sent.',
  });
}
