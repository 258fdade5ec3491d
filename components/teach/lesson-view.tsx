'use client';
// The student's side of a lesson (/learn/PACK): the story and its source side by side with no highlights. The
// student selects a passage (mouse, or Shift+arrow keys in the read-only text box), labels it and adds the mark;
// "Check my answers" fetches the key and reveals the app's marks over theirs. Predict first, reveal after (issue 16).
import { useEffect, useRef, useState } from 'react';
import { MARK_LABEL_INFO, labelsFor } from '../../lib/teach/labels.ts';
import { scoreMarks } from '../../lib/teach/score-marks.ts';
import { fromTextareaOffset, toTextareaValue } from '../../lib/teach/textarea-offsets.ts';
import type { LessonPack, LessonScore, MarkLabel, PackSide, StudentMark } from '../../lib/teach/types.ts';
import { ApiCallError, callApi } from '../api/call-api.ts';
import { exportAnswers, loadMarks, saveMarks } from './answers-storage.ts';
import { excerpt } from './excerpt.ts';
import { LessonReveal } from './lesson-reveal.tsx';
import './teach.css';

/** What the student's page receives: the pack without its key, which is fetched only when they check. */
export type StudentPack = Omit<LessonPack, 'key' | 'exercises'> & { exerciseCount: number };

const SIDE_NAME: Record<PackSide, string> = { report: 'The story', source: 'The source' };

export function LessonView({ pack }: { pack: StudentPack }) {
  const [marks, setMarks] = useState<StudentMark[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ score: LessonScore; key: LessonPack['key'] } | null>(null);
  const [checking, setChecking] = useState(false);
  const texts = { report: pack.report.text, source: pack.source.text };

  useEffect(() => {
    setMarks(loadMarks(pack.id));
    setLoaded(true);
  }, [pack.id]);
  useEffect(() => {
    if (loaded) saveMarks(pack.id, marks);
  }, [loaded, marks, pack.id]);

  const addMark = (side: PackSide, label: MarkLabel, box: HTMLTextAreaElement) => {
    const text = texts[side];
    let start = fromTextareaOffset(text, box.selectionStart);
    let end = fromTextareaOffset(text, box.selectionEnd);
    // Spaces at the edges of a drag are not part of the passage.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start >= end) {
      setStatus(`Select a passage in ${SIDE_NAME[side].toLowerCase()} first.`);
      box.focus();
      return;
    }
    setMarks((list) => [...list, { side, label, span: { start, end } }]);
    setReveal(null);
    setStatus(`Marked as ${MARK_LABEL_INFO[label].name}: “${excerpt(text.slice(start, end))}”.`);
  };

  const check = async () => {
    setChecking(true);
    try {
      const full = await callApi<LessonPack>(`/api/packs/${encodeURIComponent(pack.id)}`);
      const score = scoreMarks(full.key, full.exercises, marks);
      setReveal({ score, key: full.key });
      setError(null);
      setStatus(`You found ${score.found} of ${score.total}.`);
    } catch (e) {
      setError(`Could not check the answers: ${e instanceof ApiCallError ? e.sentence : String(e)}`);
    } finally {
      setChecking(false);
    }
  };

  const download = () => {
    const url = URL.createObjectURL(exportAnswers(pack, marks, texts, reveal?.score ?? null));
    const a = document.createElement('a');
    a.href = url;
    a.download = `claimdiff-answers-${pack.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="lesson" data-testid="lesson">
      <section aria-labelledby="brief-heading" className="lesson__brief">
        <h2 id="brief-heading">What to do</h2>
        <p data-testid="brief">{pack.brief}</p>
        <p className="muted">
          Select a passage with the mouse, or click in a text and hold <kbd>Shift</kbd> with the arrow keys; choose what
          was done to it and press <strong>Mark</strong>. {pack.exerciseCount} findings are asked for. Your marks stay
          in this browser.
        </p>
      </section>

      {reveal ? (
        <LessonReveal pack={pack} texts={texts} score={reveal.score} keyItems={reveal.key} />
      ) : (
        <div className="lesson__sides">
          {(['report', 'source'] as const).map((side) => (
            <SidePicker key={side} side={side} pack={pack} onMark={addMark} />
          ))}
        </div>
      )}

      <p className="lesson__status" role="status" data-testid="lesson-status">
        {status}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="marks-heading" className="lesson__marks">
        <h2 id="marks-heading">Your marks ({marks.length})</h2>
        {marks.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ol className="mark-list" data-testid="mark-list">
            {marks.map((m, i) => (
              <li key={`${m.side}-${m.span.start}-${m.span.end}-${m.label}`}>
                <span className="mark-list__label">{MARK_LABEL_INFO[m.label].name}</span>{' '}
                <span className="muted">({SIDE_NAME[m.side].toLowerCase()})</span>{' '}
                <q lang={pack[m.side].language ?? undefined}>
                  {excerpt(texts[m.side].slice(m.span.start, m.span.end))}
                </q>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setMarks((list) => list.filter((_, k) => k !== i));
                    setReveal(null);
                    setStatus('Mark removed.');
                  }}
                >
                  Remove<span className="visually-hidden"> mark {i + 1}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="lesson__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void check()}
            disabled={!loaded || checking}
          >
            {checking ? 'Checking…' : 'Check my answers'}
          </button>
          {reveal && (
            <button type="button" className="button" onClick={() => setReveal(null)}>
              Back to marking
            </button>
          )}
          <button type="button" className="button" onClick={download} disabled={!loaded}>
            Export my answers
          </button>
          <button
            type="button"
            className="button"
            disabled={marks.length === 0}
            onClick={() => {
              if (!window.confirm('Remove all your marks for this lesson?')) return;
              setMarks([]);
              setReveal(null);
              setStatus('All marks removed.');
            }}
          >
            Start over
          </button>
        </div>
      </section>
    </div>
  );
}

function SidePicker({
  side,
  pack,
  onMark,
}: {
  side: PackSide;
  pack: StudentPack;
  onMark: (side: PackSide, label: MarkLabel, box: HTMLTextAreaElement) => void;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const refuse = (event: Event) => event.preventDefault();
    el.addEventListener('beforeinput', refuse);
    return () => el.removeEventListener('beforeinput', refuse);
  }, []);
  const labels = labelsFor(side);
  const [label, setLabel] = useState<MarkLabel>(labels[0]!);
  const doc = pack[side];
  const id = `lesson-${side}`;
  return (
    <section className="lesson-side" aria-labelledby={`${id}-heading`} data-side={side}>
      <h2 id={`${id}-heading`} className="lesson-side__heading">
        {SIDE_NAME[side]}
      </h2>
      <p className="lesson-side__caption" lang={doc.language ?? undefined}>
        {doc.outlet ? `${doc.outlet}: ` : ''}
        {doc.title}
      </p>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {SIDE_NAME[side]}: select a passage to mark
      </label>
      <textarea
        ref={box}
        id={`${id}-text`}
        className="lesson-side__text"
        // Not `readOnly`: Chromium moves no caret in a read-only textarea, so Shift+arrows could not select. Edits are
        // refused before they happen instead (a native `beforeinput` listener: React's onBeforeInput sees only typed
        // characters, not deletions), and `inputMode="none"` keeps a phone's keyboard closed.
        aria-readonly="true"
        inputMode="none"
        spellCheck={false}
        onDrop={(event) => event.preventDefault()}
        onChange={() => {}}
        lang={doc.language ?? undefined}
        value={toTextareaValue(doc.text)}
        rows={18}
        data-testid={`${side}-text`}
      />
      <div className="lesson-side__tools">
        {labels.length > 1 ? (
          <label className="field field--inline">
            <span className="field__label">What was done</span>
            <select value={label} onChange={(e) => setLabel(e.target.value as MarkLabel)} data-testid={`${side}-label`}>
              {labels.map((l) => (
                <option key={l} value={l}>
                  {MARK_LABEL_INFO[l].name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="lesson-side__only">{MARK_LABEL_INFO[label].name}:</span>
        )}
        <button type="button" className="button" onClick={() => box.current && onMark(side, label, box.current)}>
          Mark<span className="visually-hidden"> the selected passage of {SIDE_NAME[side].toLowerCase()}</span>
          {labels.length === 1 ? ` as ${MARK_LABEL_INFO[label].name}` : ''}
        </button>
      </div>
    </section>
  );
}
