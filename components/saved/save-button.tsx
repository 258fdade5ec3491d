'use client';
// "Save": stores the comparison on the server (POST /api/comparisons) and opens its permalink, /c/ID.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ApiErrorBody } from '../../server/http/api-response.ts';

/** One side as the API takes it: the exact text and what is known about it. */
export interface SaveDocument {
  text: string;
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  language?: string | null;
  kind?: 'report' | 'transcript' | 'statement' | 'translation';
}

export function SaveButton({ report, source }: { report: SaveDocument; source: SaveDocument }) {
  const router = useRouter();
  const [state, setState] = useState<{ phase: 'idle' | 'saving' } | { phase: 'failed'; message: string }>({
    phase: 'idle',
  });
  const save = async () => {
    setState({ phase: 'saving' });
    try {
      const response = await fetch('/api/comparisons', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ report: clean(report), source: clean(source) }),
      });
      const body = (await response.json().catch(() => null)) as { id: string } | ApiErrorBody | null;
      if (response.ok && body && 'id' in body) {
        router.push(`/c/${body.id}`);
        return;
      }
      const problems = body && 'error' in body ? [body.error.message, ...body.error.problems] : [];
      setState({ phase: 'failed', message: problems.join(' ') || `The server answered ${response.status}.` });
    } catch (error) {
      setState({ phase: 'failed', message: `The server could not be reached (${(error as Error).message}).` });
    }
  };
  return (
    <div className="saved-actions" data-testid="save-bar">
      <button type="button" className="button button--primary" onClick={save} disabled={state.phase === 'saving'}>
        {state.phase === 'saving' ? 'Saving…' : 'Save'}
      </button>
      <span className="field__hint">Saves both texts and this result under a permanent link.</span>
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
