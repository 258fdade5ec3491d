'use client';
// The matrix of pasted or uploaded texts: takes the texts the home form left (pasted-matrix-store.ts), asks
// /api/matrix/view for the pairwise results and the matrix, and shows the run's state until it is ready
// (components/run/).
import Link from 'next/link';
import type { MatrixRun } from '../../lib/types.ts';
import { RunStatus } from '../run/run-status.tsx';
import { useServerRun, type ServerRun } from '../run/use-server-run.ts';
import { MatrixView } from './matrix-view.tsx';
import { nameColumns } from './matrix-labels.ts';
import { SaveMatrixButton } from './save-matrix-button.tsx';
import { loadPastedMatrix, type PastedMatrix } from './pasted-matrix-store.ts';

const LINE_UP: ServerRun<PastedMatrix, MatrixRun> = {
  load: loadPastedMatrix,
  url: '/api/matrix/view',
  body: (texts) => texts,
  fits: ({ matrix }, texts) =>
    matrix.source.length === texts.source.length &&
    matrix.reports.length === texts.reports.length &&
    matrix.reports.every((r, i) => r.length === texts.reports[i]!.text.length),
  mismatch: 'The server lined up different texts from the ones sent.',
};

export function PastedMatrixView() {
  const state = useServerRun(LINE_UP);
  if (state.phase !== 'done')
    return (
      <RunStatus
        state={state}
        working="Aligning the reports with the source…"
        formHref="/#new-matrix"
        missing={{
          title: 'Nothing to line up',
          body: (
            <>
              This page shows texts pasted or uploaded on the home page, and there are none in this tab.{' '}
              <Link href="/#new-matrix">Paste or upload a source and its reports</Link>.
            </>
          ),
        }}
      />
    );
  const { input: texts, result: run } = state;
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
