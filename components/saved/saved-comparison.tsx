'use client';
// A saved comparison (/c/ID): the stored result with the user's corrections applied (never recomputed unless the
// user presses "Re-run matcher"), with its own controls (saved-toolbar.tsx) and the correction tools: those of the
// selected alignment (alignment-corrections.tsx), those from text selected in the panes (selection-tools.tsx) and
// the list to undo (correction-list.tsx). Every change goes to the API and the comparison is read back, so what
// shows is what is stored.
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import { applyCorrections } from '../../server/corrections/apply-corrections.ts';
import type { CorrectionInput, SavedComparison } from '../../server/types.ts';
import { ComparisonView } from '../comparison/comparison-view.tsx';
import { AlignmentCorrections } from './alignment-corrections.tsx';
import { ApiCallError, callApi } from '../api/call-api.ts';
import { CorrectionList } from './correction-list.tsx';
import { SavedToolbar } from './saved-toolbar.tsx';
import { SelectionTools } from './selection-tools.tsx';
import { showCorrected } from './show-corrected.ts';

const caption = (d: SavedComparison['report']) =>
  [d.outlet, d.title, d.date].filter((part) => part && part.trim() !== '').join(' · ') || 'Untitled document';

export function SavedComparisonView({ initial }: { initial: SavedComparison }) {
  const router = useRouter();
  const [saved, setSaved] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/comparisons/${saved.id}`;

  const corrected = useMemo(
    () => applyCorrections(saved.result, saved.corrections, { report: saved.report.text, source: saved.source.text }),
    [saved],
  );
  const { shown, result } = useMemo(
    () => showCorrected(corrected, saved.result.quotes),
    [corrected, saved.result.quotes],
  );
  const origins = useMemo(() => shown.map((a) => a.origin), [shown]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setSaved(await callApi<SavedComparison>(base));
    } catch (e) {
      setError(e instanceof ApiCallError ? e.sentence : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const correct = (input: CorrectionInput) => run(() => callApi(`${base}/corrections`, { json: input }));
  const undo = (id: string) => run(() => callApi(`${base}/corrections/${id}`, { method: 'DELETE' }));

  const actions = (
    <div className="saved-tools">
      <SavedToolbar
        saved={saved}
        apiPath={base}
        busy={busy}
        // The page heading is server-rendered: refresh it (this view keeps its state).
        onRename={(title) =>
          run(() => callApi(base, { method: 'PATCH', json: { title } })).then(() => router.refresh())
        }
        onRerun={() => run(() => callApi(`${base}/rerun`, { method: 'POST' }))}
      />
      {error && (
        <p className="field__error" role="alert" data-testid="saved-error">
          {error}
        </p>
      )}
      <SelectionTools saved={saved} busy={busy} onCorrect={correct} onError={setError} />
      <CorrectionList saved={saved} busy={busy} onUndo={undo} stale={corrected.stale} />
    </div>
  );

  const renderDetailExtra = (index: number) => {
    const alignment = shown[index];
    if (!alignment) return null;
    return (
      <AlignmentCorrections
        key={`${index}:${alignment.corrections.join(',')}`}
        alignment={alignment}
        busy={busy}
        onCorrect={correct}
      />
    );
  };

  return (
    <ComparisonView
      report={{ text: saved.report.text, caption: caption(saved.report) }}
      source={{ text: saved.source.text, caption: caption(saved.source) }}
      result={result}
      actions={actions}
      renderDetailExtra={renderDetailExtra}
      origins={origins}
    />
  );
}
