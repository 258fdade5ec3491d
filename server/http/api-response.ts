// The answers every API route gives: JSON with `cache-control: no-store`, and errors in one shape
// (`{error: {message, problems}}`, as /api/align answers) whose problems name the bad field. No stack trace ever
// leaves the server: an unexpected error is logged and answered with a fixed sentence.
import type { z } from 'zod';
import { AlignPoolError, alignPoolErrorStatus } from '../align-pool.ts';
import { isIngestError } from '../ingest/ingest-error.ts';
import { checkContentLength, readBodyCapped } from './read-body.ts';

/** The body of every 4xx/5xx answer of the API. */
export interface ApiErrorBody {
  error: { message: string; problems: string[] };
}

/** An answer decided while handling a request (bad input, not found), thrown so helpers can stop a route early. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: string[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
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

/** Turns what a route threw into an answer: ApiError and IngestError as they say, pool errors by code, else 500. */
export function answerError(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error.status, error.message, error.problems, error.headers);
  if (isIngestError(error)) return errorResponse(error.status, 'The input cannot be used.', [error.message]);
  if (error instanceof AlignPoolError) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
    return errorResponse(alignPoolErrorStatus(error), 'The texts could not be compared.', [error.message], headers);
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

/**
 * Reads a JSON body within the request limit (413 from Content-Length before reading) and parses it with `schema`.
 * Throws ApiError 400 naming the bad field, 415 when it is not JSON.
 */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  checkContentLength(request.headers);
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    throw new ApiError(415, 'Send JSON.', ['Content-Type must be application/json']);
  const bytes = await readBodyCapped(request);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ApiError(400, 'The request body is not valid JSON.', [
      `body: ${error instanceof SyntaxError ? error.message : 'not valid UTF-8'}`,
    ]);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'The request is not valid.', describeZodError(parsed.error));
  return parsed.data;
}

/** Next 16 hands route params as a promise. */
export type RouteContext<P> = { params: Promise<P> };
