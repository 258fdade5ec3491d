'use client';
// The saved comparison's own controls above the view: rename, re-run the matcher, and the export downloads.
import { useState } from 'react';
import type { SavedComparison } from '../../server/types.ts';

const FORMATS = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['md', 'Markdown'],
  ['html', 'HTML'],
] as const;

export interface SavedToolbarProps {
  saved: SavedComparison;
  /** The comparison's API path (`/api/comparisons/ID`), which its exports hang off. */
  apiPath: string;
  busy: boolean;
  onRename: (title: string) => void;
  onRerun: () => void;
}

export function SavedToolbar({ saved, apiPath, busy, onRename, onRerun }: SavedToolbarProps) {
  return (
    <>
      <TitleEditor title={saved.title} busy={busy} onRename={onRename} />
      <div className="saved-actions">
        <button type="button" className="button" disabled={busy} onClick={onRerun}>
          Re-run matcher
        </button>
        <span className="field__hint">
          Result of claimdiff {saved.matcherVersion}, stored {saved.updated.slice(0, 10)}. Export:
        </span>
        {FORMATS.map(([format, label]) => (
          <a key={format} className="button" href={`${apiPath}/export?format=${format}`} download>
            {label}
          </a>
        ))}
      </div>
    </>
  );
}

function TitleEditor({ title, busy, onRename }: { title: string; busy: boolean; onRename: (title: string) => void }) {
  const [value, setValue] = useState(title);
  return (
    <form
      className="saved-actions"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() && value.trim() !== title) onRename(value.trim());
      }}
    >
      <label className="field">
        <span className="field__label">Title</span>
        <input type="text" value={value} maxLength={1000} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={busy}>
        Rename
      </button>
    </form>
  );
}
