'use client';
// The first screen's task: "What was published" and "What was said" side by side, each pasted, dropped, chosen from
// a file or given as a web address, and one Compare button. The texts are checked here with the server's own rules
// (lib/input/check-texts.ts), then handed to /compare/pasted without going into a URL. When only the story is given,
// the form offers to find its source in the archive (components/archive/find-in-archive.tsx).
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { checkPair } from '../../lib/input/check-texts.ts';
import { MAX_TEXT_BYTES } from '../../lib/input/limits.ts';
import { formatLimit } from '../../lib/input/utf8.ts';
import { ingestOnServer } from './ingest-on-server.ts';
import { savePastedTexts } from './pasted-store.ts';
import { EMPTY_SIDE, SideBox, addressIn, fillFrom, type SideState } from './side-box.tsx';
import { useHydrated } from './use-hydrated.ts';
import { FindInArchive } from '../archive/find-in-archive.tsx';

type Side = 'report' | 'source';

export function CompareForm() {
  const router = useRouter();
  const hydrated = useHydrated();
  const [sides, setSides] = useState<Record<Side, SideState>>({ report: EMPTY_SIDE, source: EMPTY_SIDE });
  const [problems, setProblems] = useState<string[]>([]);
  const [working, setWorking] = useState(false);
  const change = (side: Side) => (patch: Partial<SideState> | ((state: SideState) => SideState)) =>
    setSides((s) => ({ ...s, [side]: typeof patch === 'function' ? patch(s[side]) : { ...s[side], ...patch } }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    const texts = { ...sides };
    // A box holding a web address is fetched by the server first (POST /api/ingest), within its URL guard.
    for (const side of ['report', 'source'] as const) {
      const address = addressIn(sides[side].text);
      if (!address) continue;
      change(side)({ busy: true, error: null });
      const outcome = await ingestOnServer({ url: address });
      if (!outcome.ok) {
        change(side)({ busy: false, error: outcome.message });
        setWorking(false);
        return;
      }
      texts[side] = fillFrom(sides[side], outcome.document, outcome.document.meta.title ?? address);
      change(side)(texts[side]);
    }
    const { empty, tooLarge, binary } = checkPair(texts.report.text, texts.source.text);
    const found = [...tooLarge, ...empty, ...binary];
    setProblems(found);
    if (found.length) {
      setWorking(false);
      return;
    }
    savePastedTexts({
      report: texts.report.text,
      source: texts.source.text,
      reportTitle: texts.report.title.trim(),
      sourceTitle: texts.source.title.trim(),
      reportMeta: texts.report.meta,
      sourceMeta: texts.source.meta,
    });
    router.push('/compare/pasted');
  };

  const busy = working || sides.report.busy || sides.source.busy;
  return (
    <form className="compare-form" onSubmit={onSubmit} noValidate aria-label="Compare a report with its source">
      <fieldset className="compare-form__live" disabled={!hydrated}>
        {problems.length > 0 && (
          <div className="error-summary" role="alert" data-testid="form-errors">
            <p className="error-summary__title">These texts cannot be compared yet:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="compare-form__sides">
          <SideBox
            legend="What was published"
            hint="The story, article or translation to check."
            placeholder="Paste the story, drop its file here, or give its web address"
            state={sides.report}
            invalid={problems.some((p) => p.startsWith('The report text'))}
            onChange={change('report')}
          />
          <SideBox
            legend="What was said"
            hint="The transcript, statement or original it reports."
            placeholder="Paste the transcript, drop its file here, or give its web address"
            state={sides.source}
            invalid={problems.some((p) => p.startsWith('The source text'))}
            onChange={change('source')}
          />
        </div>
        <div className="compare-form__go">
          <button type="submit" className="button button--primary button--large" disabled={busy}>
            {working ? 'Comparing…' : 'Compare'}
          </button>
          <p className="compare-form__note">
            Up to {formatLimit(MAX_TEXT_BYTES)} per text. The texts go to this server only to be compared; nothing is
            stored until you press Save.
          </p>
        </div>
        {sides.report.text.trim() !== '' && sides.source.text.trim() === '' && !addressIn(sides.report.text) && (
          <FindInArchive report={sides.report.text} reportTitle={sides.report.title} reportMeta={sides.report.meta} />
        )}
      </fieldset>
    </form>
  );
}
