// A side of /api/align or /api/matrix given as `{url}` (with optional metadata): fetched within the guard
// (server/ingest) into its text, so the routes check texts alone. The answer carries what was fetched (text, title,
// URL) in that side's object, so every offset it gives can be resolved by a caller who never held the text.
import { z } from 'zod';
import { ApiError } from '../../server/http/api-error.ts';
import { describeZodError } from '../../server/http/api-response.ts';
import { resolveDocument } from '../../server/http/resolve-document.ts';
import type { DocumentKind } from '../../server/types.ts';
import { documentInputSchema } from './comparisons/schema.ts';

/** What a `{url}` side turned into. */
export interface FetchedText {
  text: string;
  title: string | null;
  url: string | null;
}

/** The side's object in an answer: its length, and for a fetched side its text, title and URL. */
export type AnswerSide = { length: number } | ({ length: number } & FetchedText);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `{url}` object fetched into `{…metadata, text}`; any other value is returned as it is, for the route to check. */
export async function fetchUrlSide(
  field: string,
  value: unknown,
  kind: DocumentKind,
  headline: string,
  signal?: AbortSignal,
): Promise<{ value: unknown; fetched?: FetchedText }> {
  if (!isObject(value) || !('url' in value) || 'text' in value) return { value };
  const parsed = z.object({ [field]: documentInputSchema }).safeParse({ [field]: value });
  if (!parsed.success) throw new ApiError(400, headline, describeZodError(parsed.error));
  const document = await resolveDocument(field, parsed.data[field]!, kind, signal);
  const fetched = { text: document.text, title: document.title ?? null, url: document.url ?? null };
  const { url: _url, ...metadata } = value;
  return { value: { ...metadata, text: fetched.text, title: fetched.title }, fetched };
}

export const answerSide = (length: number, fetched?: FetchedText): AnswerSide =>
  fetched ? { length, text: fetched.text, title: fetched.title, url: fetched.url } : { length };
