'use client';
// "Save" on a matrix: stores the source, the reports and a fresh run on the server (POST /api/matrices) and opens
// its permalink, /m/ID.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ApiErrorBody } from '../../server/http/api-response.ts';
import type { SaveDocument } from '../saved/save-button.tsx';

export function SaveMatrixButton({ source, reports }: { source: SaveDocument; reports: SaveDocument[] }) {
  const router = useRouter();
  const [state, setState] = useState<{ phase: 'idle' | 'saving' } | { phase: 'failed'; message: string }>({
    phase: 'idle',
  });
  const save = async () => {
    setState({ phase: 'saving' });
    try {
      const response = await fetch('/api/matrices', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ source: clean(source), reports: reports.map(clean) }),
      });
      const body = (await response.json().catch(() => null)) as { id: string } | ApiErrorBody | null;
      if (response.ok && body && 'id' in body) {
        router.push(`/m/${body.id}`);
        return;
      }
      const problems = body && 'error' in body ? [body.error.message, ...body.error.problems] : [];
      setState({ phase: 'failed', message: problems.join(' ') || `The server answered ${response.status}.` });
    } catch (error) {
      setState({ phase: 'failed', message: `The server could not be reached (${(error as Error).message}).` });
    }
  };
  return (
    <div className="saved-actions" data-testid="matrix-save-bar">
      <button type="button" className="button button--primary" onClick={save} disabled={state.phase === 'saving'}>
        {state.phase === 'saving' ? 'Saving…' : 'Save matrix'}
      </button>
      <span className="field__hint">Saves the texts and this matrix under a permanent link.</span>
      {state.phase === 'failed' && (
        <p className="field__error" role="alert">
          Not saved: {state.message}
        </p>
      )}
    </div>
  );
}

/** Drops empty metadata, so the API's length and type checks see only what was given. */
function clean(document: SaveDocument): SaveDocument {
  return Object.fromEntries(
    Object.entries(document).filter(
      ([key, value]) => key === 'text' || (typeof value === 'string' && value.trim() !== ''),
    ),
  ) as unknown as SaveDocument;
}
