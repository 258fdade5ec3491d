// The contract of POST /api/matrix: a JSON object with a source text and 1 to MAX_PASTED_REPORTS reports, each a
// text with an optional title. The shape is a zod schema; the texts are then checked with the same sentences the
// home form shows (check-matrix-texts.ts).
import { z } from 'zod';
import type { MatrixRun } from '../../../lib/types.ts';
import { MAX_PASTED_REPORTS, checkMatrixTexts } from './check-matrix-texts.ts';

const MAX_TITLE_LENGTH = 300;

const title = z.string().max(MAX_TITLE_LENGTH, `at most ${MAX_TITLE_LENGTH} characters`).optional();

export const matrixRequestSchema = z.object({
  source: z.string({ error: 'must be a string (the source text)' }),
  sourceTitle: title,
  reports: z
    .array(z.object({ text: z.string({ error: 'must be a string (the report text)' }), title }), {
      error: 'must be a list of reports ({"text", "title"})',
    })
    .min(1, 'needs at least one report')
    .max(MAX_PASTED_REPORTS, `holds at most ${MAX_PASTED_REPORTS} reports`),
});

export interface MatrixRequest {
  source: string;
  sourceTitle: string;
  reports: { text: string; title: string }[];
}

/** The body of a 200 answer: the pairwise results and the matrix (the browser already holds the texts). */
export interface MatrixResponse {
  result: MatrixRun;
}

export type ParseMatrixResult =
  { ok: true; value: MatrixRequest } | { ok: false; status: 400 | 413 | 422; problems: string[] };

/** Checks a decoded JSON body. Every problem is a sentence a person can act on. */
export function parseMatrixRequest(body: unknown): ParseMatrixResult {
  const parsed = matrixRequestSchema.safeParse(body);
  if (!parsed.success)
    return {
      ok: false,
      status: 400,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join('.');
        return path ? `"${path}" ${issue.message}.` : 'The request must be a JSON object with "source" and "reports".';
      }),
    };
  const value: MatrixRequest = {
    source: parsed.data.source,
    sourceTitle: (parsed.data.sourceTitle ?? '').trim(),
    reports: parsed.data.reports.map((r) => ({ text: r.text, title: (r.title ?? '').trim() })),
  };
  const problems = checkMatrixTexts(
    value.source,
    value.reports.map((r) => r.text),
  );
  if (problems.tooLarge.length) return { ok: false, status: 413, problems: [...problems.tooLarge, ...problems.empty] };
  if (problems.empty.length) return { ok: false, status: 422, problems: problems.empty };
  return { ok: true, value };
}
