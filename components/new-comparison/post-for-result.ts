// Sends pasted texts to a route that answers `{result}` or `{error: {message, problems}}`, and reads the answer
// the same way for comparisons (/api/align) and matrices (/api/matrix): a refusal keeps the server's reasons, and
// a result that does not fit the texts sent is refused rather than shown against the wrong text.
import type { ApiErrorBody } from '../../server/http/api-response.ts';

export type PostOutcome<T> = { ok: true; result: T } | { ok: false; message: string; problems: string[] };

export interface PostForResult<T> {
  url: string;
  body: unknown;
  signal: AbortSignal;
  /** Whether the result belongs to the texts sent (their lengths match). */
  fits: (result: T) => boolean;
  /** What went wrong when the server answered with an unexpected status, e.g. `The texts could not be compared.` */
  failure: string;
  /** What to say when the result does not fit, e.g. `The server aligned different texts from the ones sent.` */
  mismatch: string;
}

export async function postForResult<T>({
  url,
  body,
  signal,
  fits,
  failure,
  mismatch,
}: PostForResult<T>): Promise<PostOutcome<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  const answer = (await response.json().catch(() => null)) as { result: T } | ApiErrorBody | null;
  if (response.ok && answer && 'result' in answer) {
    if (!fits(answer.result)) return { ok: false, message: mismatch, problems: ['Try again.'] };
    return { ok: true, result: answer.result };
  }
  if (answer && 'error' in answer) return { ok: false, message: answer.error.message, problems: answer.error.problems };
  return { ok: false, message: failure, problems: [`The server answered ${response.status} ${response.statusText}.`] };
}
