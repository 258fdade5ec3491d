// The one-line summary of a comparison: kinds, added and left out, and the two shares that say how much of the
// report is linked to the source and how much of the covered source the report carries.
import type { ResultSummary } from '../../lib/present.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const percent = (x: number) => `${Math.round(x * 100)}%`;

export function Summary({ summary }: { summary: ResultSummary }) {
  const s = summary;
  return (
    <p className="summary" data-testid="summary">
      <strong>{plural(s.alignments, 'alignment', 'alignments')}</strong>
      <span className="summary__sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <span>
        {plural(s.quotes, 'quote', 'quotes')} ({s.exactQuotes} exact, {s.alteredQuotes} altered)
      </span>
      <span className="summary__sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <span>{plural(s.paraphrases, 'paraphrase', 'paraphrases')}</span>
      <span className="summary__sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <span>{s.partial} partial</span>
      <span className="summary__sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <span>{s.added} added</span>
      <span className="summary__sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <span>{s.omitted} left out</span>
      <span className="summary__sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <span>
        <strong>{percent(s.reportLinked)}</strong> of the report linked to the source
      </span>
      <span className="summary__sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <span>
        <strong>{percent(s.sourceReported)}</strong> of the covered source reported
      </span>
    </p>
  );
}
