// The contract of POST /api/align, checked by hand (zod is not a dependency): a JSON object with a report and a
// source text, each non-empty and at most MAX_TEXT_BYTES of UTF-8, and optional titles. The home form runs the same
// checks before it sends anything, so a person sees the same words in the browser and from the server.
import type { AlignResult } from '../../../lib/types.ts';

/** Largest text the web UI aligns: 2 MB (2 × 1024 × 1024 bytes of UTF-8) per text. The CLI takes up to 20 MB. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Largest request body read: both texts at their limit, with room for JSON escapes and titles. */
export const MAX_BODY_BYTES = 3 * 2 * MAX_TEXT_BYTES;
const MAX_TITLE_LENGTH = 300;

/** The body of a 200 answer: the matcher's raw result (the browser already holds both texts). */
export interface AlignResponse {
  result: AlignResult;
}

/** The body of a 4xx answer: a headline and every problem found, in words a person can act on. */
export interface AlignErrorResponse {
  error: { message: string; problems: string[] };
}

export interface AlignRequest {
  report: string;
  source: string;
  reportTitle: string;
  sourceTitle: string;
}

export type ParseResult =
  { ok: true; value: AlignRequest } | { ok: false; status: 400 | 413 | 422; problems: string[] };

const NAMES = { report: 'report', source: 'source' } as const;

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
  for (const key of ['report', 'source'] as const)
    if (typeof fields[key] !== 'string') malformed.push(`"${key}" must be a string (the ${NAMES[key]} text).`);
  for (const key of ['reportTitle', 'sourceTitle'] as const) {
    const value = fields[key];
    if (value !== undefined && typeof value !== 'string') malformed.push(`"${key}" must be a string when given.`);
    else if (typeof value === 'string' && value.length > MAX_TITLE_LENGTH)
      malformed.push(`"${key}" is longer than ${MAX_TITLE_LENGTH} characters.`);
  }
  if (malformed.length) return { ok: false, status: 400, problems: malformed };
  const value: AlignRequest = {
    report: fields.report as string,
    source: fields.source as string,
    reportTitle: ((fields.reportTitle as string | undefined) ?? '').trim(),
    sourceTitle: ((fields.sourceTitle as string | undefined) ?? '').trim(),
  };
  const problems = checkTexts(value.report, value.source);
  if (problems.tooLarge.length) return { ok: false, status: 413, problems: [...problems.tooLarge, ...problems.empty] };
  if (problems.empty.length) return { ok: false, status: 422, problems: problems.empty };
  return { ok: true, value };
}

/** The problems with two texts that would keep them from being aligned: empty ones and ones over the limit. */
export function checkTexts(report: string, source: string): { empty: string[]; tooLarge: string[] } {
  const empty: string[] = [];
  const tooLarge: string[] = [];
  for (const [name, text] of [
    ['report', report],
    ['source', source],
  ] as const) {
    const bytes = utf8Length(text);
    if (bytes > MAX_TEXT_BYTES)
      tooLarge.push(`The ${name} text is ${formatMegabytes(bytes)}; the limit is 2 MB per text.`);
    else if (text.trim() === '') empty.push(`The ${name} text is empty: paste or upload the ${name}.`);
  }
  return { empty, tooLarge };
}

/** UTF-8 length of `text` in bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** `2.41 MB` (megabytes of 1024 × 1024 bytes), rounded up so a text just over the limit never reads as `2.00 MB`. */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 100) / 100).toFixed(2)} MB`;
}
