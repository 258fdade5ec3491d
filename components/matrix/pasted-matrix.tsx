'use client';
// The matrix of pasted or uploaded texts: takes the texts the home form left (pasted-matrix-store.ts), asks
// /api/matrix/view for the pairwise results and the matrix, shows a loading state meanwhile and an error panel when the
// server refuses them.
import { useEffect, useState } from 'react';
import Link from 'next/link';
import type { MatrixRun } from '../../lib/types.ts';
import { postForResult } from '../new-comparison/post-for-result.ts';
import { MatrixView } from './matrix-view.tsx';
import { nameColumns } from './matrix-labels.ts';
import { SaveMatrixButton } from './save-matrix-button.tsx';
import { loadPastedMatrix, type PastedMatrix } from './pasted-matrix-store.ts';

type State =
  | { phase: 'starting' }
  | { phase: 'missing' }
  | { phase: 'aligning'; texts: PastedMatrix }
  | { phase: 'failed'; message: string; problems: string[] }
  | { phase: 'done'; texts: PastedMatrix; run: MatrixRun };

export function PastedMatrixView() {
  const [state, setState] = useState<State>({ phase: 'starting' });

  useEffect(() => {
    const texts = loadPastedMatrix();
    if (!texts) {
      setState({ phase: 'missing' });
      return;
    }
    setState({ phase: 'aligning', texts });
    const controller = new AbortController();
    lineUpOnServer(texts, controller.signal).then(
      (outcome) =>
        setState(outcome.ok ? { phase: 'done', texts, run: outcome.result } : { phase: 'failed', ...outcome }),
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
        <span className="loading__spinner" aria-hidden="true" /> Aligning the reports with the source…
      </p>
    );
  if (state.phase === 'missing')
    return (
      <div className="error-panel" role="alert">
        <h2 className="error-panel__title">Nothing to line up</h2>
        <p>
          This page shows texts pasted or uploaded on the home page, and there are none in this tab.{' '}
          <Link href="/#new-matrix">Paste or upload a source and its reports</Link>.
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
          <Link href="/#new-matrix">Back to the form</Link>
        </p>
      </div>
    );
  const { texts, run } = state;
  const names = nameColumns(texts.reports.map((r) => ({ title: r.title })));
  return (
    <MatrixView
      source={{
        name: texts.sourceTitle || 'Source',
        caption: texts.sourceTitle || 'Pasted source',
        text: texts.source,
      }}
      reports={texts.reports.map((r, i) => ({
        name: names[i]!,
        caption: r.title || `Pasted report ${i + 1}`,
        text: r.text,
      }))}
      pairs={run.pairs}
      matrix={run.matrix}
      mode="source"
      actions={
        <SaveMatrixButton
          source={{ text: texts.source, title: texts.sourceTitle }}
          reports={texts.reports.map((r) => ({ text: r.text, title: r.title }))}
        />
      }
    />
  );
}

function lineUpOnServer(texts: PastedMatrix, signal: AbortSignal) {
  return postForResult<MatrixRun>({
    url: '/api/matrix/view',
    body: texts,
    signal,
    fits: ({ matrix }) =>
      matrix.source.length === texts.source.length &&
      matrix.reports.length === texts.reports.length &&
      matrix.reports.every((r, i) => r.length === texts.reports[i]!.text.length),
    failure: 'The texts could not be lined up.',
    mismatch: 'The server lined up different texts from the ones sent.',
  });
}
