// The limits of a matrix of pasted or uploaded texts, and the check of its texts: the same sentences in the browser
// (the home form checks before it sends) and from POST /api/matrix. No zod here, so the form does not ship it.
import { MAX_TEXT_BYTES, formatMegabytes, utf8Length } from '../align/parse-request.ts';

/** Most reports in one pasted matrix: each costs a matcher run. */
export const MAX_PASTED_REPORTS = 10;
/** All texts of one matrix together: 8 MB of UTF-8 (each text stays under MAX_TEXT_BYTES, 2 MB). */
export const MAX_MATRIX_TEXT_BYTES = 8 * 1024 * 1024;
/** Largest request body read: the texts at their limit, with room for JSON escapes and titles. */
export const MAX_MATRIX_BODY_BYTES = 3 * MAX_MATRIX_TEXT_BYTES;

/** The problems that would keep these texts from being lined up: empty ones, ones over a limit. */
export function checkMatrixTexts(source: string, reports: readonly string[]): { empty: string[]; tooLarge: string[] } {
  const empty: string[] = [];
  const tooLarge: string[] = [];
  const named: [string, string][] = [
    ['source', source],
    ...reports.map((text, i): [string, string] => [reports.length === 1 ? 'report' : `report ${i + 1}`, text]),
  ];
  let total = 0;
  for (const [name, text] of named) {
    const bytes = utf8Length(text);
    total += bytes;
    if (bytes > MAX_TEXT_BYTES)
      tooLarge.push(`The ${name} text is ${formatMegabytes(bytes)}; the limit is 2 MB per text.`);
    else if (text.trim() === '')
      empty.push(`The ${name} text is empty: paste or upload ${/\d/.test(name) ? name : `the ${name}`}.`);
  }
  if (total > MAX_MATRIX_TEXT_BYTES && tooLarge.length === 0)
    tooLarge.push(`The texts come to ${formatMegabytes(total)} together; the limit is 8 MB for one matrix.`);
  return { empty, tooLarge };
}
