'use client';
// A saved comparison (/c/ID): the stored result with the user's corrections applied (never recomputed unless the
// user presses "Re-run matcher"), its title with rename, export downloads, and the correction tools: reject, change
// kind and notes on the selected alignment; link, mark added and mark omitted from text selected in the panes.
// Every change goes to the API and the comparison is read back, so what shows is what is stored.
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { AlignResult, AlignmentKind, Span } from '../../lib/types.ts';
import { applyCorrections } from '../../server/corrections/apply-corrections.ts';
import type { AlignmentRef, CorrectedAlignment, CorrectionInput, SavedComparison } from '../../server/types.ts';
import type { ApiErrorBody } from '../../server/http/api-response.ts';
import { ComparisonView } from '../comparison/comparison-view.tsx';
import { readSelection } from './read-selection.ts';

const KINDS: AlignmentKind[] = ['quote', 'paraphrase', 'partial'];
const FORMATS = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['md', 'Markdown'],
  ['html', 'HTML'],
] as const;

const caption = (d: SavedComparison['report']) =>
  [d.outlet, d.title, d.date].filter((part) => part && part.trim() !== '').join(' · ') || 'Untitled document';

async function callApi(path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(path, {
    ...init,
    headers: init.body ? { 'content-type': 'application/json' } : undefined,
  });
  if (response.status === 204) return null;
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  if (!response.ok)
    throw new Error(
      body && 'error' in body
        ? [body.error.message, ...body.error.problems].join(' ')
        : `The server answered ${response.status}.`,
    );
  return body;
}

export function SavedComparisonView({ initial }: { initial: SavedComparison }) {
  const router = useRouter();
  const [saved, setSaved] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ report: Span | null; source: Span | null }>({ report: null, source: null });
  const base = `/api/comparisons/${saved.id}`;

  const corrected = useMemo(
    () => applyCorrections(saved.result, saved.corrections, { report: saved.report.text, source: saved.source.text }),
    [saved],
  );
  // What the view shows: rejected alignments drop out (they are listed under "Your corrections" to undo).
  const shown = useMemo(() => corrected.alignments.filter((a) => !a.rejected), [corrected]);
  const display = useMemo<AlignResult>(
    () => ({
      version: 1,
      report: corrected.report,
      source: corrected.source,
      alignments: shown,
      added: corrected.added.map(({ start, end }) => ({ start, end })),
      omitted: corrected.omitted.map(({ start, end }) => ({ start, end })),
      regions: corrected.regions,
      // The quote checks stand as the matcher made them, each pointing at its alignment in the list shown.
      ...(saved.result.quotes && {
        quotes: saved.result.quotes.map((q) => {
          const at = q.alignment === null ? -1 : shown.findIndex((a) => a.matcherIndex === q.alignment);
          return { ...q, alignment: at >= 0 ? at : null };
        }),
      }),
    }),
    [corrected, shown, saved.result.quotes],
  );
  const origins = useMemo(() => shown.map((a) => a.origin), [shown]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setSaved((await callApi(base)) as SavedComparison);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const correct = (input: CorrectionInput) =>
    run(() => callApi(`${base}/corrections`, { method: 'POST', body: JSON.stringify(input) }));
  const undo = (id: string) => run(() => callApi(`${base}/corrections/${id}`, { method: 'DELETE' }));

  const refOf = (a: CorrectedAlignment): AlignmentRef => ({
    ...(a.matcherIndex === null ? {} : { index: a.matcherIndex }),
    report: a.report,
    source: a.source,
  });
  const pick = (side: 'report' | 'source') => {
    const span = readSelection(side);
    if (!span) setError(`Select some text in the ${side} pane first.`);
    else {
      setError(null);
      setPicked((p) => ({ ...p, [side]: span }));
    }
  };
  const excerpt = (side: 'report' | 'source', span: Span | null) => {
    if (!span) return 'nothing yet';
    const text = saved[side].text.slice(span.start, span.end);
    return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
  };

  const actions = (
    <div className="saved-tools">
      <TitleEditor
        title={saved.title}
        busy={busy}
        // The page heading is server-rendered: refresh it (this view keeps its state).
        onRename={(title) =>
          run(() => callApi(base, { method: 'PATCH', body: JSON.stringify({ title }) })).then(() => router.refresh())
        }
      />
      <div className="saved-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => run(() => callApi(`${base}/rerun`, { method: 'POST' }))}
        >
          Re-run matcher
        </button>
        <span className="field__hint">
          Result of claimdiff {saved.matcherVersion}, stored {saved.updated.slice(0, 10)}. Export:
        </span>
        {FORMATS.map(([format, label]) => (
          <a key={format} className="button" href={`${base}/export?format=${format}`} download>
            {label}
          </a>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert" data-testid="saved-error">
          {error}
        </p>
      )}
      <section className="selection-tools" aria-label="Correct from a selection">
        <p className="field__hint">
          Select text in a pane, then take it: link a report passage to a source passage, or mark one as added or left
          out.
        </p>
        <div className="saved-actions">
          <button type="button" className="button" onClick={() => pick('report')}>
            Use report selection
          </button>
          <span data-testid="picked-report">{excerpt('report', picked.report)}</span>
          <button type="button" className="button" onClick={() => pick('source')}>
            Use source selection
          </button>
          <span data-testid="picked-source">{excerpt('source', picked.source)}</span>
        </div>
        <div className="saved-actions">
          <button
            type="button"
            className="button"
            disabled={busy || !picked.report || !picked.source}
            onClick={() =>
              correct({ type: 'link', report: [picked.report!], source: [picked.source!], kind: 'paraphrase' }).then(
                () => setPicked({ report: null, source: null }),
              )
            }
          >
            Link selection
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || !picked.report}
            onClick={() => correct({ type: 'mark-added', report: picked.report! })}
          >
            Mark as added
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || !picked.source}
            onClick={() => correct({ type: 'mark-omitted', source: picked.source! })}
          >
            Mark as omitted
          </button>
        </div>
      </section>
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
        onReject={() => correct({ type: 'reject', alignment: refOf(alignment) })}
        onKind={(kind) => correct({ type: 'change-kind', alignment: refOf(alignment), kind })}
        onNote={(text) => correct({ type: 'note', text, alignment: refOf(alignment) })}
      />
    );
  };

  return (
    <ComparisonView
      report={{ text: saved.report.text, caption: caption(saved.report) }}
      source={{ text: saved.source.text, caption: caption(saved.source) }}
      result={display}
      actions={actions}
      renderDetailExtra={renderDetailExtra}
      origins={origins}
    />
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

const ORIGIN_LABELS: Record<CorrectedAlignment['origin'], string> = {
  matcher: 'found by the matcher',
  corrected: 'corrected',
  user: 'added by you',
};

function AlignmentCorrections({
  alignment,
  busy,
  onReject,
  onKind,
  onNote,
}: {
  alignment: CorrectedAlignment;
  busy: boolean;
  onReject: () => void;
  onKind: (kind: AlignmentKind) => void;
  onNote: (text: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <section className="detail corrections" aria-label="Correct this alignment" data-testid="alignment-corrections">
      <p>
        <span className="origin-label" data-origin={alignment.origin}>
          {ORIGIN_LABELS[alignment.origin]}
        </span>
        {alignment.matcherKind && <> (the matcher said {alignment.matcherKind})</>}
      </p>
      {alignment.notes.length > 0 && (
        <ul aria-label="Notes">
          {alignment.notes.map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
      )}
      <div className="saved-actions">
        <button type="button" className="button" disabled={busy} onClick={onReject}>
          Reject alignment
        </button>
        <label className="field">
          <span className="field__label">Kind</span>
          <select value={alignment.kind} disabled={busy} onChange={(e) => onKind(e.target.value as AlignmentKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (note.trim()) onNote(note.trim());
        }}
      >
        <label className="field">
          <span className="field__label">Note</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={busy || note.trim() === ''}>
          Add note
        </button>
      </form>
    </section>
  );
}

const DESCRIBE: Record<CorrectionInput['type'], string> = {
  reject: 'Rejected an alignment',
  'change-kind': 'Changed a kind',
  link: 'Linked two passages',
  'mark-added': 'Marked a passage as added',
  'mark-omitted': 'Marked a passage as omitted',
  note: 'Added a note',
};

function CorrectionList({
  saved,
  busy,
  onUndo,
  stale,
}: {
  saved: SavedComparison;
  busy: boolean;
  onUndo: (id: string) => void;
  stale: { id: string; reason: string }[];
}) {
  if (saved.corrections.length === 0) return null;
  return (
    <section aria-label="Your corrections" className="corrections" data-testid="correction-list">
      <h2 className="block__subheading">Your corrections</h2>
      <ul>
        {saved.corrections.map((c) => {
          const problem = stale.find((s) => s.id === c.id);
          return (
            <li key={c.id} data-correction={c.type}>
              {DESCRIBE[c.type]}
              {c.type === 'change-kind' && ` to ${c.kind}`}
              {c.type === 'note' && `: ${c.text}`}
              {problem && <em> (no longer applies: {problem.reason})</em>}{' '}
              <button type="button" className="button" disabled={busy} onClick={() => onUndo(c.id)}>
                Undo
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
