'use client';
// A saved matrix at /m/ID: the stored run in the matrix view, with the JSON/CSV downloads and rename in its actions.
import { useState } from 'react';
import { ApiCallError, callApi } from '../api/call-api.ts';
import type { SavedMatrix, StoredDocument } from '../../server/types.ts';
import { MatrixView } from './matrix-view.tsx';
import type { MatrixDocumentView } from './matrix-document.ts';
import { nameColumns } from './matrix-labels.ts';

const caption = (d: StoredDocument): string =>
  [d.outlet, d.date, d.title].filter((part) => part && part.trim()).join(' — ') || 'Untitled';

export function SavedMatrixView({ saved }: { saved: SavedMatrix }) {
  const [title, setTitle] = useState(saved.title);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rename = async (next: string) => {
    try {
      await callApi(`/api/matrices/${saved.id}`, { method: 'PATCH', json: { title: next } });
    } catch (e) {
      return setError(`Could not rename: ${e instanceof ApiCallError ? e.sentence : String(e)}`);
    }
    setTitle(next);
    setEditing(null);
    setError(null);
  };
  const names = nameColumns(saved.reports);
  const view = (d: StoredDocument, name: string): MatrixDocumentView => ({ name, caption: caption(d), text: d.text });
  const actions = (
    <div className="saved-actions" data-testid="saved-matrix-bar">
      <h2 className="block__subheading" data-testid="saved-matrix-title">
        {title}
      </h2>
      {editing === null ? (
        <button type="button" className="button" onClick={() => setEditing(title)}>
          Rename
        </button>
      ) : (
        <form
          className="saved-actions"
          onSubmit={(event) => {
            event.preventDefault();
            if (editing.trim()) void rename(editing.trim());
          }}
        >
          <label className="field">
            <span className="field__label">New title</span>
            <input type="text" value={editing} maxLength={1000} onChange={(e) => setEditing(e.target.value)} />
          </label>
          <button type="submit" className="button">
            Save title
          </button>
          <button type="button" className="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      )}
      <a className="button" href={`/api/matrices/${saved.id}/export?format=json`} download>
        Download JSON
      </a>
      <a className="button" href={`/api/matrices/${saved.id}/export?format=csv`} download>
        Download CSV
      </a>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
  return (
    <MatrixView
      source={view(saved.source, nameColumns([saved.source])[0]!)}
      reports={saved.reports.map((r, i) => view(r, names[i]!))}
      pairs={saved.result.pairs}
      matrix={saved.result.matrix}
      mode={saved.source.kind === 'report' ? 'report-vs-report' : 'source'}
      actions={actions}
    />
  );
}
