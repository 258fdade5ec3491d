// The `matrix --format text` report: one line per source statement with a column per report, then what each report
// did. Text is sliced from the originals only here, at display time, as in format-text.ts.
import type { CarryKind, MatrixRun } from '../lib/types.ts';
import { joinSpans, type TextFormatOptions } from './format-text.ts';

/** The cell symbols: a letter for the kind, `!` for an altered quote, `-` for a statement the report does not carry. */
export const CARRY_SYMBOLS: Record<CarryKind, string> = {
  'quote-exact': 'Q',
  'quote-altered': 'Q!',
  paraphrase: 'P',
  partial: 'p',
};

const sgr = (on: number, off: number) => (s: string) => `\x1b[${on}m${s}\x1b[${off}m`;
const plain = (s: string) => s;

/** `R1`, `R2`, …: how the text report names the reports (in argument order). */
const columnName = (i: number) => `R${i + 1}`;

/**
 * The whole text report. `names` are how the files were given on the command line, in the order of `reports`
 * (the source first). The widths are fixed so the columns line up for up to 99 reports and 9,999 statements.
 */
export function formatMatrixText(
  run: MatrixRun,
  source: string,
  reports: readonly string[],
  names: { source: string; reports: readonly string[] },
  options: TextFormatOptions,
): string {
  const heading = options.color ? sgr(1, 22) : plain;
  const dim = options.color ? sgr(2, 22) : plain;
  const flag = options.color ? sgr(33, 39) : plain;
  const { matrix } = run;
  const n = reports.length;
  const lines: string[] = [];

  lines.push(heading(`Statement matrix: ${matrix.rows.length} source statements, ${n} report${n === 1 ? '' : 's'}`));
  lines.push(`  source  ${names.source}  ${dim(`(${source.length} chars)`)}`);
  reports.forEach((text, i) =>
    lines.push(`  ${columnName(i).padEnd(6)}  ${names.reports[i] ?? ''}  ${dim(`(${text.length} chars)`)}`),
  );
  lines.push('');
  lines.push(
    dim(
      'cells: Q quote, Q! altered quote (misquote or wording differs), P paraphrase, p partial, - not carried; ' +
        '"by": how many reports carry the statement',
    ),
  );
  lines.push(
    heading(['#'.padStart(4), ...reports.map((_, i) => columnName(i).padEnd(3)), 'by', ' statement'].join(' ')),
  );
  matrix.rows.forEach((row, k) => {
    const cells = row.cells.map((cell) => {
      const symbol = (cell ? CARRY_SYMBOLS[cell.carry] : '-').padEnd(3);
      return cell?.carry === 'quote-altered' ? flag(symbol) : symbol;
    });
    const where = dim(`${row.source.start}–${row.source.end}`);
    lines.push(
      `${String(k + 1).padStart(4)} ${cells.join(' ')} ${String(row.carriedBy).padStart(2)}  ${where}  ${joinSpans(source, [row.source])}`,
    );
  });
  lines.push('');

  matrix.summaries.forEach((s, i) => {
    lines.push(
      heading(`${columnName(i)} ${names.reports[i] ?? ''}`) +
        `: carries ${s.carried} of ${matrix.rows.length} statements: ${s.quotes} quote${s.quotes === 1 ? '' : 's'} ` +
        `(${s.exactQuotes} exact, ${s.alteredQuotes} altered), ${s.paraphrases} paraphrase${s.paraphrases === 1 ? '' : 's'}, ` +
        `${s.partial} partial; ${s.added} added, ${s.uniqueAdded.length} in no other report` +
        (s.uniqueAdded.length ? ':' : ''),
    );
    for (const span of s.uniqueAdded)
      lines.push(`  - ${dim(`${span.start}–${span.end}`)}  ${joinSpans(reports[i]!, [span])}`);
  });
  lines.push('');
  const byAll = matrix.rows.filter((r) => r.carriedBy === n).length;
  const byNone = matrix.rows.filter((r) => r.carriedBy === 0).length;
  const byOne = matrix.rows.filter((r) => r.carriedBy === 1).length;
  lines.push(
    `${matrix.rows.length} statements: ${byAll} carried by ${n === 1 ? 'the report' : n === 2 ? 'both reports' : `all ${n} reports`}, ` +
      `${byOne} by exactly one, ${byNone} by none; source ${source.length} chars`,
  );
  return lines.join('\n') + '\n';
}
