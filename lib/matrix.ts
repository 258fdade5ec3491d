// The statement matrix (issue 6): one source, several reports, one row per source statement and one column per
// report. It is built from the pairwise results (one `AlignResult` per report against the source) and decides
// nothing about matching: rows are source statements (lib/matrix/statements.ts), a cell is the alignment of that
// report that covers most of the statement, and the per-report summary counts rows and finds the added material no
// other report has (lib/matrix/unique-added.ts).
import { alignTexts } from './align.ts';
import type {
  AlignOptions,
  AlignResult,
  Alignment,
  CarryKind,
  MatrixCell,
  MatrixOptions,
  MatrixPassage,
  MatrixReportSummary,
  MatrixResult,
  MatrixRow,
  MatrixRun,
} from './types.ts';
import { findStatements, measureCarry } from './matrix/statements.ts';
import { findUniqueAdded } from './matrix/unique-added.ts';
import { carryKind } from './matrix/carry-kind.ts';

export { carryKind } from './matrix/carry-kind.ts';

/**
 * Builds the matrix of `source` and `reports` from `pairs`, where `pairs[i]` is `alignTexts(reports[i], source)`
 * (with any options). Throws a `TypeError` or `RangeError` naming the argument when they do not fit together.
 */
export function buildMatrix(
  source: string,
  reports: readonly string[],
  pairs: readonly AlignResult[],
  options: MatrixOptions = {},
): MatrixResult {
  if (typeof source !== 'string') throw new TypeError('buildMatrix: source must be a string');
  if (!Array.isArray(reports) || reports.some((r) => typeof r !== 'string'))
    throw new TypeError('buildMatrix: reports must be an array of strings');
  if (!Array.isArray(pairs) || pairs.length !== reports.length)
    throw new RangeError(`buildMatrix: pairs must hold one result per report (${reports.length}), got ${pairs.length}`);
  pairs.forEach((pair, i) => {
    if (pair.source.length !== source.length || pair.report.length !== reports[i]!.length)
      throw new RangeError(`buildMatrix: pairs[${i}] was not made for reports[${i}] and this source (lengths differ)`);
  });
  const scope = options.scope ?? 'covered';
  if (scope !== 'covered' && scope !== 'whole')
    throw new RangeError(`buildMatrix: options.scope must be "covered" or "whole", got ${JSON.stringify(scope)}`);

  const rows: MatrixRow[] = findStatements(source, pairs, scope).map((statement) => {
    const passages: MatrixPassage[] = [];
    for (const ref of statement.touching) {
      const a = pairs[ref.report]!.alignments[ref.alignment]!;
      const carry = measureCarry(source, statement.source, a.source);
      if (carry.carried) passages.push({ report: ref.report, alignment: ref.alignment, overlap: carry.share });
    }
    // Best first within a report: the one that covers most of the statement, then the surest.
    const scoreOf = (p: MatrixPassage) => pairs[p.report]!.alignments[p.alignment]!.score;
    passages.sort(
      (x, y) => x.report - y.report || y.overlap - x.overlap || scoreOf(y) - scoreOf(x) || x.alignment - y.alignment,
    );
    const cells = reports.map((_, report) =>
      makeCell(
        pairs[report]!.alignments,
        passages.filter((p) => p.report === report),
      ),
    );
    return {
      source: statement.source,
      sentence: statement.sentence,
      clause: statement.clause,
      cells,
      carriedBy: cells.filter((c) => c !== null).length,
      passages,
    };
  });

  const unique = findUniqueAdded(reports, pairs);
  return {
    version: 1,
    source: { length: source.length },
    reports: reports.map((r) => ({ length: r.length })),
    rows,
    summaries: reports.map((_, i) => summarizeReport(rows, i, pairs[i]!, unique[i]!)),
  };
}

/** Aligns each report with `source` (one matcher run per report) and builds the matrix from the results. */
export function alignMatrix(
  source: string,
  reports: readonly string[],
  options: AlignOptions & MatrixOptions = {},
): MatrixRun {
  if (!Array.isArray(reports) || reports.length === 0)
    throw new RangeError('alignMatrix: reports must hold at least one report');
  const { scope, ...alignOptions } = options;
  const pairs = reports.map((report) => alignTexts(report, source, alignOptions));
  return { pairs, matrix: buildMatrix(source, reports, pairs, scope === undefined ? {} : { scope }) };
}

/**
 * Two reports of one event with no source at hand: `second` aligned with `first`, which takes the source's place
 * (`alignTexts(second, first)`), and the matrix over every sentence of `first`. Its rows carried by none are what
 * `first` has and `second` lacks; the summary's `uniqueAdded` is what `second` has and `first` lacks.
 */
export function reportVsReport(first: string, second: string, options: AlignOptions = {}): MatrixRun {
  return alignMatrix(first, [second], { ...options, scope: 'whole' });
}

function makeCell(alignments: readonly Alignment[], passages: readonly MatrixPassage[]): MatrixCell | null {
  const best = passages[0];
  if (!best) return null;
  const a = alignments[best.alignment]!;
  return {
    alignment: best.alignment,
    kind: a.kind,
    carry: carryKind(a),
    score: a.score,
    report: a.report.map(({ start, end }) => ({ start, end })),
    overlap: best.overlap,
    alignments: passages.map((p) => p.alignment),
  };
}

function summarizeReport(
  rows: readonly MatrixRow[],
  report: number,
  pair: AlignResult,
  uniqueAdded: MatrixReportSummary['uniqueAdded'],
): MatrixReportSummary {
  const carries = rows.flatMap((row) => (row.cells[report] ? [row.cells[report].carry] : []));
  const count = (...kinds: CarryKind[]) => carries.filter((c) => kinds.includes(c)).length;
  return {
    carried: carries.length,
    quotes: count('quote-exact', 'quote-altered'),
    exactQuotes: count('quote-exact'),
    alteredQuotes: count('quote-altered'),
    paraphrases: count('paraphrase'),
    partial: count('partial'),
    added: pair.added.length,
    uniqueAdded: uniqueAdded.map(({ start, end }) => ({ start, end })),
  };
}
