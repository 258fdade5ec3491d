// What a page shows while its server run is not done (use-server-run.ts): working, nothing to run in this tab, or
// the server's refusal with its reasons and the way back to the form.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RunState } from './use-server-run.ts';

export interface RunStatusProps {
  state: Exclude<RunState<unknown, unknown>, { phase: 'done' }>;
  /** e.g. `Aligning the texts…` */
  working: string;
  /** The heading and words when this tab holds no input. */
  missing: { title: string; body: ReactNode };
  /** Where the form is, e.g. `/#compare`. */
  formHref: string;
}

export function RunStatus({ state, working, missing, formHref }: RunStatusProps) {
  if (state.phase === 'starting' || state.phase === 'running')
    return (
      <p className="loading" role="status" data-testid="loading">
        <span className="loading__spinner" aria-hidden="true" /> {working}
      </p>
    );
  if (state.phase === 'missing')
    return (
      <div className="error-panel" role="alert">
        <h2 className="error-panel__title">{missing.title}</h2>
        <p>{missing.body}</p>
      </div>
    );
  return (
    <div className="error-panel" role="alert" data-testid="error-panel">
      <h2 className="error-panel__title">{state.message}</h2>
      <ul>
        {state.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>
        <Link href={formHref}>Back to the form</Link>
      </p>
    </div>
  );
}
