'use client';
// "Find the source in the archive", offered on the first screen when only the story is given: the story goes to
// POST /api/sources/find, the likely sources come back best first with their score and the passages that drew the
// match (each candidate's text is read from GET /api/sources/ID to show them), and one click on a candidate aligns
// the story with it and opens the comparison, as Compare does for a pasted pair. Texts are shown as text, never as
// markup.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { callApi, ApiCallError } from '../api/call-api.ts';
import { savePastedTexts, type PastedMeta } from '../new-comparison/pasted-store.ts';

interface Candidate {
  id: string;
  title: string | null;
  path: string | null;
  date: string | null;
  score: number;
  passages: { start: number; end: number }[];
}

interface ArchivedText {
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

/** Most passages shown per candidate, and most characters of each. */
const SHOWN_PASSAGES = 2;
const PASSAGE_CHARS = 240;

const excerpt = (text: string, { start, end }: { start: number; end: number }) =>
  end - start > PASSAGE_CHARS ? `${text.slice(start, start + PASSAGE_CHARS).trimEnd()}…` : text.slice(start, end);

export function FindInArchive({
  report,
  reportTitle,
  reportMeta,
}: {
  report: string;
  reportTitle: string;
  reportMeta: PastedMeta;
}) {
  const router = useRouter();
  const [state, setState] = useState<
    | { step: 'idle' }
    | { step: 'finding' }
    | { step: 'found'; candidates: { candidate: Candidate; source: ArchivedText | null }[] }
    | { step: 'failed'; message: string }
  >({ step: 'idle' });

  const find = async () => {
    setState({ step: 'finding' });
    try {
      const { candidates } = await callApi<{ candidates: Candidate[] }>('/api/sources/find', {
        json: { text: report },
      });
      const sources = await Promise.all(
        candidates.map((c) => callApi<ArchivedText>(`/api/sources/${encodeURIComponent(c.id)}`).catch(() => null)),
      );
      setState({
        step: 'found',
        candidates: candidates.map((candidate, i) => ({ candidate, source: sources[i] ?? null })),
      });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof ApiCallError ? error.sentence : String(error) });
    }
  };

  const open = (source: ArchivedText) => {
    savePastedTexts({
      report,
      source: source.text,
      reportTitle: reportTitle.trim(),
      sourceTitle: source.title ?? '',
      reportMeta,
      sourceMeta: { outlet: source.outlet, date: source.date, url: source.url },
    });
    router.push('/compare/pasted');
  };

  return (
    <section className="find-source" aria-labelledby="find-source-heading" data-testid="find-source">
      <h3 id="find-source-heading" className="find-source__heading">
        No source yet?
      </h3>
      <p className="find-source__intro">
        Look for the transcript or statement this story reports among the archived sources.{' '}
        <a href="/archive">Manage the archive</a>
      </p>
      <button type="button" className="button" onClick={find} disabled={state.step === 'finding'}>
        {state.step === 'finding' ? 'Finding…' : 'Find the source in the archive'}
      </button>
      <div aria-live="polite">
        {state.step === 'failed' && (
          <p className="field__error" role="alert">
            {state.message}
          </p>
        )}
        {state.step === 'found' && state.candidates.length === 0 && (
          <p data-testid="no-candidates">No archived source accounts for any of this story.</p>
        )}
        {state.step === 'found' && state.candidates.length > 0 && (
          <ol className="candidates" aria-label="Likely sources, best first" data-testid="candidates">
            {state.candidates.map(({ candidate, source }) => {
              const name = candidate.title ?? candidate.path ?? candidate.id;
              return (
                <li key={candidate.id} className="candidate">
                  <p className="candidate__head">
                    <span className="candidate__title">{name}</span>
                    {candidate.date && <span className="candidate__date"> · {candidate.date}</span>}
                    <span className="candidate__score">
                      {' '}
                      · accounts for {Math.round(candidate.score * 100)}% of the story (score{' '}
                      {candidate.score.toFixed(3)})
                    </span>
                  </p>
                  {source && candidate.passages.length > 0 && (
                    <ul className="candidate__passages" aria-label={`Passages of ${name} that drew the match`}>
                      {candidate.passages.slice(0, SHOWN_PASSAGES).map((p) => (
                        <li key={p.start}>
                          <q>{excerpt(source.text, p)}</q>
                        </li>
                      ))}
                      {candidate.passages.length > SHOWN_PASSAGES && (
                        <li>and {candidate.passages.length - SHOWN_PASSAGES} more</li>
                      )}
                    </ul>
                  )}
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={!source}
                    onClick={() => source && open(source)}
                    aria-label={`Compare with ${name}`}
                  >
                    Compare with this source
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
