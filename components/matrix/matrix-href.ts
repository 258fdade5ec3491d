// Matrix links: `/matrix?source=SLUG&report=SLUG&report=SLUG…`, the source first and the reports in column order.
// A slug is a seed document's name or `case:NAME` for a labelled case's report (read-matrix-documents.ts).

/** Most reports one matrix link may name: each costs a matcher run on the server. */
export const MAX_MATRIX_REPORTS = 12;

export function matrixHref(source: string, reports: readonly string[]): string {
  const params = new URLSearchParams({ source });
  for (const report of reports) params.append('report', report);
  return `/matrix?${params.toString()}`;
}

/**
 * The source and reports a matrix link names, or null when it does not name exactly one source and 1 to
 * MAX_MATRIX_REPORTS reports. Whether the names exist is for the caller to check.
 */
export function parseMatrixParams(
  params: Record<string, string | string[] | undefined>,
): { source: string; reports: string[] } | null {
  const source = params.source;
  const report = params.report;
  const reports = typeof report === 'string' ? [report] : Array.isArray(report) ? report : [];
  if (typeof source !== 'string' || source === '') return null;
  if (reports.length === 0 || reports.length > MAX_MATRIX_REPORTS || reports.some((r) => r === '')) return null;
  return { source, reports };
}
