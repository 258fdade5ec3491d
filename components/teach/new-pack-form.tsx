'use client';
// Makes a lesson pack: from a saved comparison (its key built with the teacher's corrections) or from a story and
// its source pasted here. The new pack opens in the editor, where the teacher rewords the brief and picks exercises.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { LessonPack } from '../../lib/teach/types.ts';
import { ApiCallError, callApi } from '../api/call-api.ts';
import { useHydrated } from '../new-comparison/use-hydrated.ts';

export interface ComparisonChoice {
  id: string;
  title: string;
}

export function NewPackForm({ comparisons }: { comparisons: ComparisonChoice[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [from, setFrom] = useState<'comparison' | 'pasted'>(comparisons.length ? 'comparison' : 'pasted');
  const [comparison, setComparison] = useState(comparisons[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [report, setReport] = useState('');
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    try {
      const json =
        from === 'comparison'
          ? { comparison, ...(title.trim() && { title: title.trim() }) }
          : { ...(title.trim() && { title: title.trim() }), report: { text: report }, source: { text: source } };
      const pack = await callApi<LessonPack>('/api/packs', { json });
      router.push(`/teach/${pack.id}`);
    } catch (e) {
      setError(`Could not make the lesson: ${e instanceof ApiCallError ? e.sentence : String(e)}`);
      setBusy(false);
    }
  };

  return (
    <form
      className="pack-form"
      data-testid="new-pack-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className="pack-form__from">
        <legend>Make it from</legend>
        <label>
          <input
            type="radio"
            name="from"
            checked={from === 'comparison'}
            disabled={!comparisons.length}
            onChange={() => setFrom('comparison')}
          />{' '}
          a saved comparison
        </label>{' '}
        <label>
          <input type="radio" name="from" checked={from === 'pasted'} onChange={() => setFrom('pasted')} /> a story and
          its source, pasted
        </label>
        {!comparisons.length && (
          <p className="muted">No saved comparisons yet: open one and press Save to use it here.</p>
        )}
      </fieldset>
      {from === 'comparison' ? (
        <label className="field">
          <span className="field__label">Saved comparison</span>
          <select value={comparison} onChange={(e) => setComparison(e.target.value)} data-testid="pack-comparison">
            {comparisons.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <>
          <label className="field">
            <span className="field__label">The story</span>
            <textarea rows={6} value={report} onChange={(e) => setReport(e.target.value)} required />
          </label>
          <label className="field">
            <span className="field__label">The source it reports</span>
            <textarea rows={6} value={source} onChange={(e) => setSource(e.target.value)} required />
          </label>
        </>
      )}
      <label className="field">
        <span className="field__label">Lesson title (optional)</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={1000} />
      </label>
      <div>
        <button type="submit" className="button button--primary" disabled={!hydrated || busy}>
          {busy ? 'Making the lesson…' : 'Make the lesson'}
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
