'use client';
// "Saved matrices" on the home page: title (a link to /m/ID), the source and how many reports, the date; rename in
// place and delete after a confirmation.
import { useState } from 'react';
import Link from 'next/link';
import type { MatrixSummary } from '../../server/types.ts';

export function SavedMatrixList({ initial }: { initial: MatrixSummary[] }) {
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; title: string } | null>(null);

  const rename = async (id: string, title: string) => {
    const response = await fetch(`/api/matrices/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    if (!response.ok) return setError(`Could not rename (the server answered ${response.status}).`);
    setItems((list) => list.map((m) => (m.id === id ? { ...m, title } : m)));
    setEditing(null);
    setError(null);
  };
  const remove = async (item: MatrixSummary) => {
    if (!window.confirm(`Delete “${item.title}”?`)) return;
    const response = await fetch(`/api/matrices/${item.id}`, { method: 'DELETE' });
    if (!response.ok && response.status !== 404)
      return setError(`Could not delete (the server answered ${response.status}).`);
    setItems((list) => list.filter((m) => m.id !== item.id));
    setError(null);
  };

  if (items.length === 0) return <p className="block__intro">No saved matrices yet: open a matrix and press Save.</p>;
  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ul className="saved-list" data-testid="saved-matrix-list">
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
                <Link href={`/m/${item.id}`}>{item.title}</Link>{' '}
                <span className="field__hint">
                  {item.sourceTitle ?? 'Untitled source'} · {item.reportCount} reports · {item.created.slice(0, 10)}
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
