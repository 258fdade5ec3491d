// The body of POST /api/align once its `{url}` sides are fetched (resolve-sides.ts): a JSON object with a report
// and a source text, each non-empty, not binary and at most MAX_TEXT_BYTES of UTF-8, and optional titles; no other
// fields (a misspelt "sourceTitel" is named rather than silently ignored). The field checks are by hand so each
// message says what to send; the text checks are the home form's own (lib/input/check-texts.ts), so a person sees
// the same words in the browser and from the server.
import { checkPair } from '../../../lib/input/check-texts.ts';
import { MAX_TITLE_CHARS } from '../../../lib/input/limits.ts';

export interface AlignRequest {
  report: string;
  source: string;
  reportTitle: string;
  sourceTitle: string;
}

export type ParseResult =
  { ok: true; value: AlignRequest } | { ok: false; status: 400 | 413 | 422; problems: string[] };

const NAMES = { report: 'report', source: 'source' } as const;
/** Every field the request may have. */
const FIELDS = ['report', 'source', 'reportTitle', 'sourceTitle'] as const;

/** Checks a decoded JSON body. Every problem is a sentence a person can act on. */
export function parseAlignRequest(body: unknown): ParseResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return {
      ok: false,
      status: 400,
      problems: ['The request must be a JSON object with "report" and "source" texts.'],
    };
  const fields = body as Record<string, unknown>;
  const malformed: string[] = [];
  const unknown = Object.keys(fields).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length)
    malformed.push(
      `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: ` +
        `the request takes only ${FIELDS.map((k) => `"${k}"`).join(', ')}.`,
    );
  for (const key of ['report', 'source'] as const)
    if (typeof fields[key] !== 'string') malformed.push(`"${key}" must be a string (the ${NAMES[key]} text).`);
  for (const key of ['reportTitle', 'sourceTitle'] as const) {
    const value = fields[key];
    if (value !== undefined && typeof value !== 'string') malformed.push(`"${key}" must be a string when given.`);
    else if (typeof value === 'string' && value.length > MAX_TITLE_CHARS)
      malformed.push(`"${key}" is longer than ${MAX_TITLE_CHARS} characters.`);
  }
  if (malformed.length) return { ok: false, status: 400, problems: malformed };
  const value: AlignRequest = {
    report: fields.report as string,
    source: fields.source as string,
    reportTitle: ((fields.reportTitle as string | undefined) ?? '').trim(),
    sourceTitle: ((fields.sourceTitle as string | undefined) ?? '').trim(),
  };
  const problems = checkPair(value.report, value.source);
  const unusable = [...problems.empty, ...problems.binary];
  if (problems.tooLarge.length) return { ok: false, status: 413, problems: [...problems.tooLarge, ...unusable] };
  if (unusable.length) return { ok: false, status: 422, problems: unusable };
  return { ok: true, value };
}
