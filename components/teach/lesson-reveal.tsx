// The reveal after "Check my answers": the score; both texts with the app's marks (the exercises, found or missed)
// drawn over the student's (underlined); every exercise with its evidence (the two passages and the word diff); and
// every student mark as found or not a change. Feedback says what was done to the text, never why.
import type { ReactNode } from 'react';
import { MARK_LABEL_INFO } from '../../lib/teach/labels.ts';
import type { KeyItem, LessonScore, PackSide } from '../../lib/teach/types.ts';
import { cutPieces } from './cut-pieces.ts';
import { Evidence } from './evidence.tsx';
import { excerpt } from './excerpt.ts';
import type { StudentPack } from './lesson-view.tsx';

interface Texts {
  report: string;
  source: string;
}

export function LessonReveal({
  pack,
  texts,
  score,
  keyItems,
}: {
  pack: StudentPack;
  texts: Texts;
  score: LessonScore;
  keyItems: readonly KeyItem[];
}) {
  const byId = new Map(keyItems.map((k) => [k.id, k]));
  const numberOf = new Map(score.exercises.map((e, i) => [e.item.id, i + 1]));
  return (
    <div className="reveal" data-testid="reveal">
      <p className="reveal__score" data-testid="score">
        You found <strong>{score.found}</strong> of <strong>{score.total}</strong>.
      </p>
      <div className="lesson__sides">
        {(['report', 'source'] as const).map((side) => (
          <RevealText key={side} side={side} pack={pack} texts={texts} score={score} numberOf={numberOf} />
        ))}
      </div>
      <p className="muted reveal__legend">
        <span className="key-mark key-mark--found">Found</span> and{' '}
        <span className="key-mark key-mark--missed">missed</span> findings carry their number;{' '}
        <span className="student-mark">your marks</span> are underlined.
      </p>

      <section aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">What the app found</h2>
        <ol className="reveal__list" data-testid="exercise-results">
          {score.exercises.map((e, i) => (
            <li key={e.item.id} data-status={e.status} data-label={e.item.label}>
              <p className="reveal__head">
                <span className={`status status--${e.status}`}>{e.status === 'found' ? '✓ found' : '○ missed'}</span>{' '}
                <strong>
                  {i + 1}. {MARK_LABEL_INFO[e.item.label].name}
                </strong>{' '}
                <span className="muted">({e.item.side === 'report' ? 'in the story' : 'in the source'})</span>
              </p>
              <Evidence
                item={e.item}
                texts={texts}
                languages={{ report: pack.report.language, source: pack.source.language }}
              />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="your-results-heading">
        <h2 id="your-results-heading">Your marks, checked</h2>
        {score.marks.length === 0 ? (
          <p className="muted">You made no marks.</p>
        ) : (
          <ol className="reveal__list" data-testid="mark-results">
            {score.marks.map((m, i) => (
              <li key={i} data-status={m.status}>
                <span className={`status status--${m.status}`}>
                  {m.status === 'found' ? '✓ found' : '✗ not a change'}
                </span>{' '}
                <strong>{MARK_LABEL_INFO[m.mark.label].name}</strong>{' '}
                <q lang={pack[m.mark.side].language ?? undefined}>
                  {excerpt(texts[m.mark.side].slice(m.mark.span.start, m.mark.span.end))}
                </q>
                {m.status === 'not-a-change' && (
                  <span className="muted">
                    {' '}
                    {m.near.length
                      ? `The app marks this passage as ${m.near.map((id) => MARK_LABEL_INFO[byId.get(id)!.label].name).join(', ')}.`
                      : 'The app found no change of this kind here.'}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function RevealText({
  side,
  pack,
  texts,
  score,
  numberOf,
}: {
  side: PackSide;
  pack: StudentPack;
  texts: Texts;
  score: LessonScore;
  numberOf: Map<string, number>;
}) {
  const text = texts[side];
  const exercises = score.exercises.filter((e) => e.item.side === side);
  const layers = [
    ...exercises.map((e) => ({ tag: `key:${e.item.id}`, spans: e.item.spans })),
    ...score.marks.flatMap((m, i) => (m.mark.side === side ? [{ tag: `mark:${i}`, spans: [m.mark.span] }] : [])),
  ];
  const statusOf = new Map(exercises.map((e) => [e.item.id, e.status]));
  const opened = new Set<string>();
  return (
    <section className="lesson-side" aria-labelledby={`reveal-${side}-heading`}>
      <h2 id={`reveal-${side}-heading`} className="lesson-side__heading">
        {side === 'report' ? 'The story' : 'The source'}
      </h2>
      <div
        className="reveal__text"
        lang={pack[side].language ?? undefined}
        tabIndex={0}
        aria-label={`${side === 'report' ? 'The story' : 'The source'}, with the findings marked`}
        data-testid={`reveal-${side}`}
      >
        {cutPieces(text.length, layers).map((p) => {
          const keys = p.tags.filter((t) => t.startsWith('key:')).map((t) => t.slice(4));
          const marked = p.tags.some((t) => t.startsWith('mark:'));
          let node: ReactNode = text.slice(p.start, p.end);
          if (marked) node = <span className="student-mark">{node}</span>;
          if (keys.length) {
            const first = keys[0]!;
            const badge = keys.filter((k) => !opened.has(k));
            badge.forEach((k) => opened.add(k));
            node = (
              <mark className={`key-mark key-mark--${statusOf.get(first)}`}>
                {badge.map((k) => (
                  <sup key={k} className="key-mark__badge">
                    {numberOf.get(k)}
                  </sup>
                ))}
                {node}
              </mark>
            );
          }
          return <span key={p.start}>{node}</span>;
        })}
      </div>
    </section>
  );
}
