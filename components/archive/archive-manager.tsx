'use client';
// The /archive page's working part: search the archived sources (GET /api/sources?q=), add one by pasting its
// text, choosing its file or giving its web address (POST /api/sources), and delete one (DELETE /api/sources/ID).
// Titles and texts from users are rendered as text, never as markup.
import { useId, useState, type FormEvent } from 'react';
import { callApi, ApiCallError } from '../api/call-api.ts';
import { readTextFile } from '../new-comparison/read-text-file.ts';
import { ACCEPTED_FILES } from '../new-comparison/read-text-file.ts';

export interface ArchiveRow {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  kind: string;
  length: number;
}

type Way = 'paste' | 'file' | 'url';

const message = (error: unknown) => (error instanceof ApiCallError ? error.sentence : String(error));

export function ArchiveManager({ initial }: { initial: ArchiveRow[] }) {
  const ids = useId();
  const [rows, setRows] = useState(initial);
  const [query, setQuery] = useState('');
  const [shownQuery, setShownQuery] = useState('');
  const [way, setWay] = useState<Way>('paste');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (q: string) => {
    const path = q.trim() ? `/api/sources?q=${encodeURIComponent(q.trim())}` : '/api/sources';
    const { sources } = await callApi<{ sources: ArchiveRow[] }>(path);
    setRows(sources);
    setShownQuery(q.trim());
  };

  const search = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await load(query);
      setStatus(null);
    } catch (error) {
      setStatus({ kind: 'error', text: message(error) });
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    try {
      let body: Record<string, string>;
      if (way === 'url') body = { url: url.trim() };
      else if (way === 'file') {
        if (!file) throw new Error('Choose a file first.');
        const read = await readTextFile(file);
        if (!read.ok) throw new Error(read.message);
        body = { text: read.document.text, ...(read.document.meta.title ? { title: read.document.meta.title } : {}) };
      } else body = { text };
      if (title.trim()) body.title = title.trim();
      const { source, added } = await callApi<{ source: ArchiveRow; added: boolean }>('/api/sources', { json: body });
      setStatus({
        kind: 'ok',
        text: added
          ? `Archived “${source.title ?? 'Untitled source'}”.`
          : `That text is archived already, as “${source.title ?? 'Untitled source'}”.`,
      });
      setText('');
      setUrl('');
      setTitle('');
      setFile(null);
      await load(shownQuery);
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? message(error) : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (row: ArchiveRow) => {
    try {
      await callApi(`/api/sources/${encodeURIComponent(row.id)}`, { method: 'DELETE' });
      setRows((r) => r.filter((x) => x.id !== row.id));
      setStatus({ kind: 'ok', text: `Deleted “${row.title ?? 'Untitled source'}”.` });
    } catch (error) {
      setStatus({ kind: 'error', text: message(error) });
    }
  };

  return (
    <>
      <div aria-live="polite" className="archive__status">
        {status && (
          <p
            className={status.kind === 'error' ? 'field__error' : 'archive__ok'}
            role={status.kind === 'error' ? 'alert' : 'status'}
          >
            {status.text}
          </p>
        )}
      </div>

      <section aria-labelledby={`${ids}-add`} className="block">
        <h2 id={`${ids}-add`}>Add a source</h2>
        <form onSubmit={add} aria-label="Add a source" className="archive__add">
          <fieldset className="fieldset">
            <legend className="fieldset__legend">How</legend>
            {(
              [
                ['paste', 'Paste its text'],
                ['file', 'Upload a file'],
                ['url', 'Give its web address'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="archive__way">
                <input type="radio" name="way" value={value} checked={way === value} onChange={() => setWay(value)} />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-title`}>
              Title (optional)
            </label>
            <input id={`${ids}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          {way === 'paste' && (
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-text`}>
                Source text
              </label>
              <textarea id={`${ids}-text`} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
            </div>
          )}
          {way === 'file' && (
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-file`}>
                Source file (.txt, .md, .html, .docx, .pdf)
              </label>
              <input
                id={`${ids}-file`}
                type="file"
                accept={ACCEPTED_FILES}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
          )}
          {way === 'url' && (
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-url`}>
                Web address
              </label>
              <input
                id={`${ids}-url`}
                type="url"
                inputMode="url"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
              />
            </div>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add to the archive'}
          </button>
        </form>
      </section>

      <section aria-labelledby={`${ids}-list`} className="block">
        <h2 id={`${ids}-list`}>Archived sources</h2>
        <form role="search" onSubmit={search} className="archive__search" aria-label="Search the archive">
          <div className="field field--inline">
            <label className="field__label" htmlFor={`${ids}-q`}>
              Words the source holds
            </label>
            <input id={`${ids}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <button type="submit" className="button">
            Search
          </button>
        </form>
        <p className="archive__count">
          {shownQuery ? `${rows.length} sources hold “${shownQuery}”.` : `The ${rows.length} newest sources.`}
        </p>
        <ul className="archive__list" data-testid="archive-list">
          {rows.map((row) => (
            <li key={row.id} className="archive__row">
              <span className="archive__title">{row.title ?? 'Untitled source'}</span>
              <span className="archive__meta">
                {[row.date, row.outlet, row.kind, `${row.length.toLocaleString('en')} characters`]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => remove(row)}
                aria-label={`Delete ${row.title ?? 'Untitled source'}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
