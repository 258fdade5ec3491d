// Reads the body of POST /api/matrix (and of the app's /api/matrix/view): JSON through the one capped, strict
// reader; each side given as `{url}` fetched into its text; then the shape and texts checked.
import { MAX_MATRIX_BODY_BYTES, MAX_PASTED_REPORTS } from '../../../lib/input/limits.ts';
import { refusal } from '../../../server/http/api-error.ts';
import { readJsonBody } from '../../../server/http/read-json.ts';
import { fetchUrlSide, type FetchedText } from '../fetch-url-side.ts';
import { parseMatrixRequest, type MatrixRequest } from './parse-matrix-request.ts';

export const MATRIX_HEADLINES = {
  invalid: 'These texts cannot be lined up.',
  tooLarge: 'The texts are too large to line up.',
} as const;

export interface MatrixSides extends MatrixRequest {
  /** What was fetched for each side given as a URL: the source, and each report by its index. */
  fetched: { source?: FetchedText; reports: (FetchedText | undefined)[] };
}

export async function readMatrixRequest(request: Request): Promise<MatrixSides> {
  const body = await readJsonBody(request, { maxBytes: MAX_MATRIX_BODY_BYTES, ...MATRIX_HEADLINES });
  const fetched: MatrixSides['fetched'] = { reports: [] };
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const fields = body as Record<string, unknown>;
    const source = await fetchUrlSide('source', fields.source, 'transcript', MATRIX_HEADLINES.invalid, request.signal);
    fields.source = source.value;
    fetched.source = source.fetched;
    // More reports than allowed are refused by the shape check, before any is fetched.
    if (Array.isArray(fields.reports) && fields.reports.length <= MAX_PASTED_REPORTS)
      fields.reports = await Promise.all(
        fields.reports.map(async (report, i) => {
          const out = await fetchUrlSide(`reports[${i}]`, report, 'report', MATRIX_HEADLINES.invalid, request.signal);
          fetched.reports[i] = out.fetched;
          return out.value;
        }),
      );
  }
  const parsed = parseMatrixRequest(body);
  if (!parsed.ok) throw refusal(parsed, MATRIX_HEADLINES);
  return { ...parsed.value, fetched };
}
