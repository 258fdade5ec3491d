'use client';
// A list of saved items on the home page (comparisons, matrices): title (a link to the permalink), a line that
// describes it, the date; rename in place and delete after a confirmation, through the item's API.
import { useState } from 'react';
import { ApiCallError, callApi } from '../api/call-api.ts';
import Link from 'next/link';

/** One saved item as the list shows it; the server describes it, since functions cannot cross to the client. */
export interface SavedEntry {
  id: string;
  title: string;
  /** What it holds, e.g. `Xinhua story vs MFA transcript`. */
  detail: string;
  /** ISO date-time it was saved. */
  created: string;
}

export interface SavedListProps {
  initial: SavedEntry[];
  /** The API collection the items live in, e.g. `/api/comparisons`. */
  api: string;
  /** The permalink prefix, e.g. `/c/`. */
  href: string;
  /** What to say when there is nothing saved. */
  empty: string;
  /** Added to the delete confirmation, e.g. `Its corrections are deleted too.` */
  deleteNote?: string;
  testId: string;
}

export function SavedList({ initial, api, href, empty, deleteNote, testId }: SavedListProps) {
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; title: string } | null>(null);

  const rename = async (id: string, title: string) => {
    try {
      await callApi(`${api}/${id}`, { method: 'PATCH', json: { title } });
    } catch (e) {
      return setError(`Could not rename: ${e instanceof ApiCallError ? e.sentence : String(e)}`);
    }
    setItems((list) => list.map((c) => (c.id === id ? { ...c, title } : c)));
    setEditing(null);
    setError(null);
  };
  const remove = async (item: SavedEntry) => {
    if (!window.confirm(`Delete “${item.title}”?${deleteNote ? ` ${deleteNote}` : ''}`)) return;
    try {
      await callApi(`${api}/${item.id}`, { method: 'DELETE' });
    } catch (e) {
      // Already gone is what was asked for.
      if (!(e instanceof ApiCallError && e.status === 404))
        return setError(`Could not delete: ${e instanceof ApiCallError ? e.sentence : String(e)}`);
    }
    setItems((list) => list.filter((c) => c.id !== item.id));
    setError(null);
  };

  if (items.length === 0) return <p className="block__intro">{empty}</p>;
  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ul className="saved-list" data-testid={testId}>
        {items.map((item) => (
          <li key={item.id} data-saved-id={item.id}>
            {editing?.id === item.id ? (
              <form
                className="saved-actions"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (editing.title.trim()) void rename(item.id, editing.title.trim());
                }}
              >
                <label className="field">
                  <span className="field__label">New title</span>
                  <input
                    type="text"
                    value={editing.title}
                    maxLength={1000}
                    onChange={(e) => setEditing({ id: item.id, title: e.target.value })}
                  />
                </label>
                <button type="submit" className="button">
                  Save title
                </button>
                <button type="button" className="button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <Link href={`${href}${item.id}`}>{item.title}</Link>{' '}
                <span className="field__hint">
                  {item.detail} · {item.created.slice(0, 10)}
                </span>{' '}
                <button
                  type="button"
                  className="button"
                  aria-label={`Rename ${item.title}`}
                  onClick={() => setEditing({ id: item.id, title: item.title })}
                >
                  Rename
                </button>{' '}
                <button
                  type="button"
                  className="button"
                  aria-label={`Delete ${item.title}`}
                  onClick={() => void remove(item)}
                >
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
