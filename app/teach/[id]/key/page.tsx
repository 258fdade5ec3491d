// /teach/PACK/key: the answer key, printed apart from the worksheet: each exercise with its label, where it lies
// (worksheet line numbers), both passages, their word diff and what was done to the text.
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { MARK_LABEL_INFO } from '../../../../lib/teach/labels.ts';
import { lineRange, numberLines } from '../../../../lib/teach/number-lines.ts';
import { Evidence } from '../../../../components/teach/evidence.tsx';
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
            <Evidence
              item={item}
              texts={{ report: pack.report.text, source: pack.source.text }}
              languages={{ report: pack.report.language, source: pack.source.language }}
            />
          </li>
        ))}
      </ol>
    </WorksheetFrame>
  );
}
