// The body of POST /api/matrix once its `{url}` sides are fetched (read-matrix-request.ts): a source and 1 to
// MAX_PASTED_REPORTS reports, each `{text}` with optional metadata (the source may also be a bare string, with
// `sourceTitle`). The shape is a zod schema; the texts are then checked with the same sentences the home form shows
// (lib/input/check-texts.ts).
import { z } from 'zod';
import { checkMatrixTexts } from '../../../lib/input/check-texts.ts';
import { MAX_META_CHARS, MAX_PASTED_REPORTS, MAX_TITLE_CHARS } from '../../../lib/input/limits.ts';

const title = z.string().max(MAX_TITLE_CHARS, `at most ${MAX_TITLE_CHARS} characters`).nullable().optional();
const meta = z.string().max(MAX_META_CHARS, `at most ${MAX_META_CHARS} characters`).nullable().optional();
const document = (what: string) =>
  z
    .object({
      text: z.string({ error: `must be a string (the ${what} text)` }),
      title,
      url: meta,
      outlet: meta,
      date: meta,
      language: meta,
      byline: meta,
    })
    .strict();

export const matrixRequestSchema = z
  .object({
    source: z.union([z.string(), document('source')], {
      error: 'must be the source: {"text"} or {"url"}, with optional metadata',
    }),
    sourceTitle: title,
    reports: z
      .array(document('report'), { error: 'must be a list of reports ({"text"} or {"url"}, with optional "title")' })
      .min(1, 'needs at least one report')
      .max(MAX_PASTED_REPORTS, `holds at most ${MAX_PASTED_REPORTS} reports`),
  })
  .strict();

export interface MatrixRequest {
  source: string;
  sourceTitle: string;
  reports: { text: string; title: string }[];
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
        if (issue.code === 'unrecognized_keys') return `${path ? `"${path}" has` : 'Unknown'} ${issue.message}.`;
        return path ? `"${path}" ${issue.message}.` : 'The request must be a JSON object with "source" and "reports".';
      }),
    };
  const { source } = parsed.data;
  const value: MatrixRequest = {
    source: typeof source === 'string' ? source : source.text,
    sourceTitle: ((typeof source === 'string' ? null : source.title) ?? parsed.data.sourceTitle ?? '').trim(),
    reports: parsed.data.reports.map((r) => ({ text: r.text, title: (r.title ?? '').trim() })),
  };
  const problems = checkMatrixTexts(
    value.source,
    value.reports.map((r) => r.text),
  );
  const unusable = [...problems.empty, ...problems.binary];
  if (problems.tooLarge.length) return { ok: false, status: 413, problems: [...problems.tooLarge, ...unusable] };
  if (unusable.length) return { ok: false, status: 422, problems: unusable };
  return { ok: true, value };
}
