// The answers every API route gives: JSON with `cache-control: no-store`, and errors in one shape
// (`{error: {message, problems}}`, as /api/align answers) whose problems name the bad field. No stack trace ever
// leaves the server: an unexpected error is logged and answered with a fixed sentence.
import type { z } from 'zod';
import { AlignPoolError, alignPoolErrorStatus } from '../align-pool.ts';
import { isIngestError } from '../ingest/ingest-error.ts';
import { ApiError } from './api-error.ts';

/** The body of every 4xx/5xx answer of the API. */
export interface ApiErrorBody {
  error: { message: string; problems: string[] };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

export function errorResponse(status: number, message: string, problems: string[] = [], headers = {}): Response {
  return jsonResponse({ error: { message, problems } } satisfies ApiErrorBody, status, headers);
}

/** `report.text: must not be empty`: one line per zod issue, each naming its field by path. */
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
    return path ? `${path.replace(/\.\[/g, '[')}: ${issue.message}` : issue.message;
  });
}

/** The headline of a job the matcher pool could not run, by status: busy, too slow; anything else is a failure. */
const POOL_HEADLINES: Record<number, string> = { 503: 'The server is busy.', 504: 'The comparison took too long.' };

/** Turns what a route threw into an answer: ApiError and IngestError as they say, pool errors by code, else 500. */
export function answerError(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error.status, error.message, error.problems, error.headers);
  if (isIngestError(error)) return errorResponse(error.status, 'The input cannot be used.', [error.message]);
  if (error instanceof AlignPoolError) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
    const status = alignPoolErrorStatus(error);
    return errorResponse(
      status,
      POOL_HEADLINES[status] ?? 'These texts could not be compared.',
      [error.message],
      headers,
    );
  }
  console.error('claimdiff api:', error);
  return errorResponse(500, 'Something went wrong on the server.', []);
}

/** Runs a route body, answering whatever it throws with answerError. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return answerError(error);
  }
}

/** Next 16 hands route params as a promise. */
export type RouteContext<P> = { params: Promise<P> };
