// The browser's one way to call this server's API: JSON (or a form) in, JSON out, and every failure (a refusal
// with the server's envelope, an unexpected status, no answer at all) as one ApiCallError that keeps the headline
// and the reasons, so each caller shows the same words the server chose.
import type { ApiErrorBody } from '../../server/http/api-response.ts';

export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
    /** The HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
  /** Headline and reasons as one line, for a one-line error. */
  get sentence(): string {
    return [this.message, ...this.problems].join(' ');
  }
}

export interface ApiCall {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (uploads). */
  form?: FormData;
  signal?: AbortSignal;
}

/** The answer's JSON (null for 204 No Content); throws ApiCallError. An abort rejects as fetch does. */
export async function callApi<T = unknown>(path: string, call: ApiCall = {}): Promise<T> {
  const { method = call.json !== undefined || call.form ? 'POST' : 'GET', json, form, signal } = call;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: json !== undefined ? { 'content-type': 'application/json' } : undefined,
      body: json !== undefined ? JSON.stringify(json) : form,
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiCallError('The server could not be reached.', [(error as Error).message], 0);
  }
  if (response.status === 204) return null as T;
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok && body !== null) return body as T;
  const envelope = body as Partial<ApiErrorBody> | null;
  if (envelope?.error) throw new ApiCallError(envelope.error.message, envelope.error.problems, response.status);
  throw new ApiCallError(
    `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
    [],
    response.status,
  );
}
