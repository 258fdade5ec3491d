// /teach/PACK/key: the answer key, printed apart from the worksheet: each exercise with its label, where it lies
// (worksheet line numbers), both passages and what was done to the text.
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { MARK_LABEL_INFO } from '../../../../lib/teach/labels.ts';
import { lineRange, numberLines } from '../../../../lib/teach/number-lines.ts';
import { passageText } from '../../../../lib/present.ts';
import { WorksheetFrame } from '../../../../components/teach/worksheet-frame.tsx';
import { loadPack } from '../../../../server/packs/find-pack.ts';
import type { IdParams } from '../../../load-saved.ts';

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const pack = await loadPack((await params).id);
  return { title: `${pack ? `Answer key: ${pack.title}` : 'Lesson not found'} · claimdiff` };
}

export default async function AnswerKeyPage({ params }: { params: IdParams }) {
  const pack = await loadPack((await params).id);
  if (!pack) notFound();
  const lines = { report: numberLines(pack.report.text), source: numberLines(pack.source.text) };
  const asked = pack.exercises.map((id) => pack.key.find((k) => k.id === id)!).filter(Boolean);
  return (
    <WorksheetFrame packId={pack.id} heading="Answer key" title={pack.title}>
      <ol className="worksheet__questions" data-testid="answer-key">
        {asked.map((item) => (
          <li key={item.id}>
            <strong>{MARK_LABEL_INFO[item.label].name}</strong> — {item.side === 'report' ? 'story' : 'source'}{' '}
            {lineRange(lines[item.side], item.spans)}
            <dl className="evidence">
              {item.evidence.report.length > 0 && (
                <div>
                  <dt>The story</dt>
                  <dd lang={pack.report.language ?? undefined}>
                    {passageText(pack.report.text, item.evidence.report)}
                  </dd>
                </div>
              )}
              <div>
                <dt>The source</dt>
                <dd lang={pack.source.language ?? undefined}>
                  {item.evidence.source.length
                    ? passageText(pack.source.text, item.evidence.source)
                    : 'No counterpart.'}
                </dd>
              </div>
              <div>
                <dt>What was done</dt>
                <dd>{item.note}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </WorksheetFrame>
  );
}
