'use client';
// The teacher's editor of one pack: its title and brief, and which findings of the key are exercises, in what
// order (a checkbox each, and Up/Down buttons). Shipped packs show the same list read-only.
import { useState } from 'react';
import { MARK_LABEL_INFO } from '../../lib/teach/labels.ts';
import type { LessonPack } from '../../lib/teach/types.ts';
import { ApiCallError, callApi } from '../api/call-api.ts';
import { excerpt } from './excerpt.ts';

export function PackEditor({ initial }: { initial: LessonPack }) {
  const [pack, setPack] = useState(initial);
  const [title, setTitle] = useState(initial.title);
  const [brief, setBrief] = useState(initial.brief);
  const [exercises, setExercises] = useState(initial.exercises);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const readOnly = pack.shipped;
  const byId = new Map(pack.key.map((k) => [k.id, k]));
  // Exercises first, in the teacher's order; then the rest of the key in key order.
  const ordered = [...exercises, ...pack.key.map((k) => k.id).filter((id) => !exercises.includes(id))];

  const textOf = (id: string) => {
    const k = byId.get(id)!;
    return excerpt(k.spans.map((s) => pack[k.side].text.slice(s.start, s.end)).join(' … '), 140);
  };
  const move = (id: string, by: -1 | 1) =>
    setExercises((list) => {
      const i = list.indexOf(id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return list;
      const next = [...list];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const save = async () => {
    try {
      const saved = await callApi<LessonPack>(`/api/packs/${pack.id}`, {
        method: 'PATCH',
        json: { title: title.trim(), brief: brief.trim(), exercises },
      });
      setPack(saved);
      setError(null);
      setStatus('Saved.');
    } catch (e) {
      setError(`Could not save: ${e instanceof ApiCallError ? e.sentence : String(e)}`);
      setStatus('');
    }
  };

  return (
    <form
      className="pack-form"
      data-testid="pack-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {readOnly && (
        <p className="muted">
          This pack ships with claimdiff and cannot be edited; its worksheet and share link are ready to use.
        </p>
      )}
      <label className="field">
        <span className="field__label">Title</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} readOnly={readOnly} required maxLength={1000} />
      </label>
      <label className="field">
        <span className="field__label">Brief for the student</span>
        <textarea
          rows={3}
          value={brief}
          onChange={(e) => setBrief(e.target.value)}
          readOnly={readOnly}
          required
          maxLength={2000}
          data-testid="pack-brief"
        />
      </label>
      <fieldset>
        <legend>
          Exercises: {exercises.length} of the {pack.key.length} findings
        </legend>
        <ol className="exercise-list" data-testid="exercise-list">
          {ordered.map((id) => {
            const item = byId.get(id)!;
            const on = exercises.includes(id);
            const label = `${MARK_LABEL_INFO[item.label].name}: ${textOf(id)}`;
            return (
              <li key={id} data-key-id={id}>
                <label className="exercise-list__text">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={readOnly}
                    onChange={() => setExercises((list) => (on ? list.filter((x) => x !== id) : [...list, id]))}
                  />{' '}
                  <strong>{MARK_LABEL_INFO[item.label].name}</strong>{' '}
                  <span lang={pack[item.side].language ?? undefined}>{textOf(id)}</span>{' '}
                  <span className="muted">({item.side === 'report' ? 'story' : 'source'})</span>
                </label>
                {on && !readOnly && (
                  <span>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => move(id, -1)}
                      aria-label={`Move up: ${label}`}
                    >
                      Up
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => move(id, 1)}
                      aria-label={`Move down: ${label}`}
                    >
                      Down
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      {!readOnly && (
        <div>
          <button type="submit" className="button button--primary">
            Save the lesson
          </button>
        </div>
      )}
      <p role="status" data-testid="editor-status">
        {status}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
