// /teach/PACK/worksheet: the printable worksheet: the brief, what each label means, both texts with line numbers and
// the questions. It holds no answers: how many findings of each kind to look for, never where (the key is
// /teach/PACK/key, printed apart).
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { MARK_LABEL_INFO, MARK_LABELS } from '../../../../lib/teach/labels.ts';
import { numberLines } from '../../../../lib/teach/number-lines.ts';
import { NumberedText } from '../../../../components/teach/numbered-text.tsx';
import { WorksheetFrame } from '../../../../components/teach/worksheet-frame.tsx';
import { loadPack } from '../../../../server/packs/find-pack.ts';
import type { IdParams } from '../../../load-saved.ts';

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const pack = await loadPack((await params).id);
  return { title: `${pack ? `Worksheet: ${pack.title}` : 'Lesson not found'} · claimdiff` };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function WorksheetPage({ params }: { params: IdParams }) {
  const pack = await loadPack((await params).id);
  if (!pack) notFound();
  const asked = pack.exercises.map((id) => pack.key.find((k) => k.id === id)!).filter(Boolean);
  const counts = MARK_LABELS.map((label) => ({ label, n: asked.filter((k) => k.label === label).length })).filter(
    (c) => c.n > 0,
  );
  return (
    <WorksheetFrame packId={pack.id} heading="Worksheet" title={pack.title}>
      <p>Name: ______________________ Date: ____________</p>
      <p data-testid="worksheet-brief">
        <strong>{pack.brief}</strong>
      </p>
      <h2>What you can find</h2>
      <ul>
        {MARK_LABELS.map((label) => (
          <li key={label}>
            <strong>{MARK_LABEL_INFO[label].name}</strong>: {MARK_LABEL_INFO[label].means}
          </li>
        ))}
      </ul>
      {(['report', 'source'] as const).map((side) => {
        const doc = pack[side];
        return (
          <section key={side} className="worksheet__section" aria-labelledby={`ws-${side}`}>
            <h2 id={`ws-${side}`}>
              {side === 'report' ? 'The story' : 'The source'}: {doc.outlet ? `${doc.outlet}, ` : ''}
              {doc.title}
            </h2>
            <NumberedText
              text={doc.text}
              lines={numberLines(doc.text)}
              language={doc.language}
              testId={`worksheet-${side}`}
            />
          </section>
        );
      })}
      <section className="worksheet__section" aria-labelledby="ws-questions">
        <h2 id="ws-questions">Questions</h2>
        <ol className="worksheet__questions" data-testid="worksheet-questions">
          {counts.map(({ label, n }) => (
            <li key={label}>
              Find {plural(n, 'passage', 'passages')}{' '}
              {MARK_LABEL_INFO[label].side === 'source' ? 'of the source' : 'of the story'} marked{' '}
              <strong>{MARK_LABEL_INFO[label].name}</strong>. Write the line numbers and, for each, what was done to the
              text.
              {Array.from({ length: Math.min(n, 4) }, (_, k) => (
                <span key={k} className="worksheet__answer-line" />
              ))}
            </li>
          ))}
        </ol>
      </section>
    </WorksheetFrame>
  );
}
