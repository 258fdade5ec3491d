// One side of an API request (`{text}` or `{url}` with metadata) to a document to align and store. A URL is
// fetched within the guard (server/ingest); its refusal is reported under the side's field name, e.g.
// `report.url: 127.0.0.1 is a loopback address`.
import { checkText } from '../ingest/check-text.ts';
import { IngestError, isIngestError } from '../ingest/ingest-error.ts';
import { ingestUrl } from '../ingest/ingest-url.ts';
import type { DocumentKind, NewDocument } from '../types.ts';
import { ApiError } from './api-error.ts';

export interface DocumentRequest {
  text?: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
  language?: string | null;
  byline?: string | null;
  kind?: string;
}

const given = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim();

/** Fetches or checks the side's text; metadata the request gives wins over what the page says. */
export async function resolveDocument(
  field: string,
  input: DocumentRequest,
  defaultKind: DocumentKind,
  signal?: AbortSignal,
): Promise<NewDocument> {
  const kind = (input.kind as DocumentKind | undefined) ?? defaultKind;
  const own = {
    title: given(input.title),
    outlet: given(input.outlet),
    date: given(input.date),
    language: given(input.language),
    byline: given(input.byline),
  };
  if (input.text !== undefined) {
    try {
      checkText(input.text);
    } catch (error) {
      throw prefixed(error, `${field}.text`);
    }
    return { text: input.text, kind, url: given(input.url) ?? null, ...withoutUndefined(own) };
  }
  let fetched;
  try {
    fetched = await ingestUrl(input.url ?? '', { signal });
  } catch (error) {
    throw prefixed(error, `${field}.url`);
  }
  return { ...fetched.meta, text: fetched.text, kind, ...withoutUndefined(own) };
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** An IngestError as an ApiError whose problem names the field. */
function prefixed(error: unknown, field: string): unknown {
  if (!isIngestError(error)) return error;
  const ingest = error as IngestError;
  return new ApiError(ingest.status, 'The input cannot be used.', [`${field}: ${ingest.message}`]);
}
