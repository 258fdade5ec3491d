'use client';
// Saving on the server: a button that posts what is on screen and opens the saved item's permalink.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { ApiCallError, callApi } from '../api/call-api.ts';

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

/** What a save posts, where to, and how the button reads. */
export interface SaveToServerProps {
  /** The API collection that creates the item, e.g. `/api/comparisons`. */
  endpoint: string;
  /** The JSON body of the POST. */
  body: unknown;
  /** The permalink prefix the new id is appended to, e.g. `/c/`. */
  permalink: string;
  label: string;
  hint: string;
  testId: string;
}

/** POSTs `body` to `endpoint`, then opens the new item's permalink; a refusal is shown with the server's reasons. */
export function SaveToServer({ endpoint, body: payload, permalink, label, hint, testId }: SaveToServerProps) {
  const router = useRouter();
  const [state, setState] = useState<{ phase: 'idle' | 'saving' } | { phase: 'failed'; message: string }>({
    phase: 'idle',
  });
  const save = async () => {
    setState({ phase: 'saving' });
    try {
      const { id } = await callApi<{ id: string }>(endpoint, { json: payload });
      router.push(`${permalink}${id}`);
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof ApiCallError ? error.sentence : String(error) });
    }
  };
  return (
    <div className="saved-actions" data-testid={testId}>
      <button type="button" className="button button--primary" onClick={save} disabled={state.phase === 'saving'}>
        {state.phase === 'saving' ? 'Saving…' : label}
      </button>
      <span className="field__hint">{hint}</span>
      {state.phase === 'failed' && (
        <p className="field__error" role="alert">
          Not saved: {state.message}
        </p>
      )}
    </div>
  );
}

/** "Save" on a comparison: stores both texts and the result (POST /api/comparisons), then opens /c/ID. */
export function SaveButton({ report, source }: { report: SaveDocument; source: SaveDocument }) {
  return (
    <SaveToServer
      endpoint="/api/comparisons"
      body={{ report: cleanDocument(report), source: cleanDocument(source) }}
      permalink="/c/"
      label="Save"
      hint="Saves both texts and this result under a permanent link."
      testId="save-bar"
    />
  );
}

/** Drops empty metadata, so the API's length and type checks see only what was given. */
export function cleanDocument(document: SaveDocument): SaveDocument {
  return Object.fromEntries(
    Object.entries(document).filter(
      ([key, value]) => key === 'text' || (typeof value === 'string' && value.trim() !== ''),
    ),
  ) as unknown as SaveDocument;
}
