// The saved comparison's calls to its API: JSON in and out, an error body turned into one readable message.
import type { ApiErrorBody } from '../../server/http/api-response.ts';

export async function callApi(path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(path, {
    ...init,
    headers: init.body ? { 'content-type': 'application/json' } : undefined,
  });
  if (response.status === 204) return null;
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  if (!response.ok)
    throw new Error(
      body && 'error' in body
        ? [body.error.message, ...body.error.problems].join(' ')
        : `The server answered ${response.status}.`,
    );
  return body;
}
