// The `matrix --format json` contract (issue 6): the rows with one cell per report, and each report's align contract.
// `pairs[i]` is made by the align contract's own `toContract`, so it is exactly what `claimdiff align` prints.
import type { ContractMatrix, MatrixRun } from '../types.ts';
import { roundScore, toContract } from '../contract.ts';

/** Keeps exactly the contract's fields of a matrix and its pairs, in the contract's key order. */
export function toMatrixContract({ matrix, pairs }: MatrixRun): ContractMatrix {
  return {
    version: matrix.version,
    source: { length: matrix.source.length },
    reports: matrix.reports.map((r) => ({ length: r.length })),
    rows: matrix.rows.map((row) => ({
      source: [{ start: row.source.start, end: row.source.end }],
      cells: row.cells.map((cell) =>
        cell
          ? {
              kind: cell.kind,
              score: roundScore(cell.score),
              report: cell.report.map(({ start, end }) => ({ start, end })),
            }
          : null,
      ),
    })),
    pairs: pairs.map(toContract),
  };
}
