// The contract of POST /api/align, checked by hand (no zod in the form's bundle): a JSON object with a report and a
// source text, each non-empty, not binary and at most MAX_TEXT_BYTES of UTF-8, and optional titles; no other
// fields (a misspelt "sourceTitel" is named rather than silently ignored). The home form runs the same text checks
// before it sends anything, so a person sees the same words in the browser and from the server.
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
  const unusable = [...problems.empty, ...problems.binary];
  if (problems.tooLarge.length) return { ok: false, status: 413, problems: [...problems.tooLarge, ...unusable] };
  if (unusable.length) return { ok: false, status: 422, problems: unusable };
  return { ok: true, value };
}

/**
 * The problems with two texts that would keep them from being aligned: ones over the limit, empty ones, and
 * binary ones (a NUL character, which text never has: an uploaded PDF, image or UTF-16 file read as UTF-8).
 */
export function checkTexts(report: string, source: string): { empty: string[]; tooLarge: string[]; binary: string[] } {
  const empty: string[] = [];
  const tooLarge: string[] = [];
  const binary: string[] = [];
  for (const [name, text] of [
    ['report', report],
    ['source', source],
  ] as const) {
    const bytes = utf8Length(text);
    const nul = text.indexOf('\u0000');
    if (bytes > MAX_TEXT_BYTES)
      tooLarge.push(`The ${name} text is ${formatMegabytes(bytes)}; the limit is 2 MB per text.`);
    else if (text.trim() === '') empty.push(`The ${name} text is empty: paste or upload the ${name}.`);
    else if (nul >= 0)
      binary.push(
        `The ${name} text looks binary (a NUL character at position ${nul.toLocaleString('en')}): ` +
          `paste or upload plain text.`,
      );
  }
  return { empty, tooLarge, binary };
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
