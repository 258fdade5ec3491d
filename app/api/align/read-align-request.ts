// Reads the body of POST /api/align (and of the app's /api/align/view): JSON through the one capped, strict reader;
// a side given as `{url}` fetched into its text; then the fields and texts checked (parse-request.ts). A side given
// as `{text}` with metadata is the same as the text itself.
import { MAX_ALIGN_BODY_BYTES } from '../../../lib/input/limits.ts';
import { refusal } from '../../../server/http/api-error.ts';
import { readJsonBody } from '../../../server/http/read-json.ts';
import { fetchUrlSide, type FetchedText } from '../fetch-url-side.ts';
import { parseAlignRequest, type AlignRequest } from './parse-request.ts';

export const ALIGN_HEADLINES = {
  invalid: 'These texts cannot be compared.',
  tooLarge: 'The texts are too large to compare.',
} as const;

export interface AlignSides extends AlignRequest {
  /** The sides that were fetched from a URL, with what was fetched. */
  fetched: { report?: FetchedText; source?: FetchedText };
  /** The `language` a side given as an object names (`{text, language: "zh-CN"}`). */
  languages: { report?: string; source?: string };
}

export async function readAlignRequest(request: Request): Promise<AlignSides> {
  const body = await readJsonBody(request, { maxBytes: MAX_ALIGN_BODY_BYTES, ...ALIGN_HEADLINES });
  const fetched: AlignSides['fetched'] = {};
  const languages: AlignSides['languages'] = {};
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : null;
  if (fields)
    for (const side of ['report', 'source'] as const) {
      const given = (fields as Record<string, unknown>)[side];
      const kind = side === 'report' ? 'report' : 'transcript';
      const out = await fetchUrlSide(side, given, kind, ALIGN_HEADLINES.invalid, request.signal);
      if (out.fetched) fetched[side] = out.fetched;
      const value = out.value as { text?: unknown; language?: unknown } | unknown;
      if (typeof value === 'object' && value !== null && 'language' in value && typeof value.language === 'string')
        languages[side] = value.language;
      // `{text, …metadata}` is the text itself.
      (fields as Record<string, unknown>)[side] =
        typeof value === 'object' && value !== null && 'text' in value ? (value as { text: unknown }).text : value;
    }
  const parsed = parseAlignRequest(fields ?? body);
  if (!parsed.ok) throw refusal(parsed, ALIGN_HEADLINES);
  return { ...parsed.value, fetched, languages };
}
