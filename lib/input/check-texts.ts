// The check of texts before they are aligned, with the same sentences in the browser form (which checks before it
// sends) and from the API: texts over a limit, empty ones, and binary ones.
import { MAX_MATRIX_TEXT_BYTES, MAX_TEXT_BYTES } from './limits.ts';
import { formatLimit, formatMegabytes, utf8Length } from './utf8.ts';

export interface TextProblems {
  empty: string[];
  tooLarge: string[];
  /** A NUL character, which text never has: an uploaded PDF, image or UTF-16 file read as UTF-8. */
  binary: string[];
}

/** Each text by the name a person knows it by (`report`, `source`, `report 2`), in the order they gave them. */
export type NamedText = readonly [name: string, text: string];

/** The problems that would keep these texts from being aligned; `totalLimit` caps them all together. */
export function checkTexts(texts: readonly NamedText[], totalLimit?: number): TextProblems {
  const problems: TextProblems = { empty: [], tooLarge: [], binary: [] };
  let total = 0;
  for (const [name, text] of texts) {
    const bytes = utf8Length(text);
    total += bytes;
    const nul = text.indexOf('\u0000');
    if (bytes > MAX_TEXT_BYTES)
      problems.tooLarge.push(
        `The ${name} text is ${formatMegabytes(bytes)}; the limit is ${formatLimit(MAX_TEXT_BYTES)} per text.`,
      );
    else if (text.trim() === '')
      problems.empty.push(`The ${name} text is empty: paste or upload ${/\d/.test(name) ? name : `the ${name}`}.`);
    else if (nul >= 0)
      problems.binary.push(
        `The ${name} text looks binary (a NUL character at position ${nul.toLocaleString('en')}): ` +
          `paste or upload plain text.`,
      );
  }
  if (totalLimit !== undefined && total > totalLimit && problems.tooLarge.length === 0)
    problems.tooLarge.push(
      `The texts come to ${formatMegabytes(total)} together; the limit is ${formatLimit(totalLimit)} for one matrix.`,
    );
  return problems;
}

/** A report and its source. */
export const checkPair = (report: string, source: string): TextProblems =>
  checkTexts([
    ['report', report],
    ['source', source],
  ]);

/** A source and the reports of one matrix: one report is `report`, several are `report 1`, `report 2`, … */
export const checkMatrixTexts = (source: string, reports: readonly string[]): TextProblems =>
  checkTexts(
    [
      ['source', source],
      ...reports.map((text, i): NamedText => [reports.length === 1 ? 'report' : `report ${i + 1}`, text]),
    ],
    MAX_MATRIX_TEXT_BYTES,
  );
