'use client';
// One run on the server for a page that shows its result: the input this tab holds (pasted texts), posted once on
// mount to a `{result}` route, with the states a page shows meanwhile. A result that does not fit the input sent
// (its lengths differ) is refused rather than shown against the wrong text.
import { useEffect, useState } from 'react';
import { ApiCallError, callApi } from '../api/call-api.ts';

export type RunState<Input, Result> =
  | { phase: 'starting' }
  | { phase: 'missing' }
  | { phase: 'running'; input: Input }
  | { phase: 'failed'; message: string; problems: string[] }
  | { phase: 'done'; input: Input; result: Result };

export interface ServerRun<Input, Result> {
  /** The input this tab holds, or null when there is none. */
  load: () => Input | null;
  url: string;
  body: (input: Input) => unknown;
  /** Whether the result belongs to the input sent. */
  fits: (result: Result, input: Input) => boolean;
  /** What to say when it does not, e.g. `The server aligned different texts from the ones sent.` */
  mismatch: string;
}

export function useServerRun<Input, Result>(run: ServerRun<Input, Result>): RunState<Input, Result> {
  const [state, setState] = useState<RunState<Input, Result>>({ phase: 'starting' });
  useEffect(() => {
    const input = run.load();
    if (!input) {
      setState({ phase: 'missing' });
      return;
    }
    setState({ phase: 'running', input });
    const controller = new AbortController();
    callApi<{ result: Result }>(run.url, { json: run.body(input), signal: controller.signal }).then(
      ({ result }) =>
        setState(
          run.fits(result, input)
            ? { phase: 'done', input, result }
            : { phase: 'failed', message: run.mismatch, problems: ['Try again.'] },
        ),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState(
          error instanceof ApiCallError
            ? { phase: 'failed', message: error.message, problems: error.problems }
            : { phase: 'failed', message: 'The answer could not be read.', problems: [String(error)] },
        );
      },
    );
    return () => controller.abort();
    // Runs once per page: the input is what this tab held when the page opened.
  }, []);
  return state;
}
