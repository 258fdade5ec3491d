// The types the matrix view's parts share, kept apart from matrix-view.tsx so that its parts (the detail, the
// summaries) import them without importing the view that renders them.

/** One document as the matrix view shows it. */
export interface MatrixDocumentView {
  /** Short and unique among the reports: the column header and every cell's label (`The Record`). */
  name: string;
  /** One line: outlet, date, title. */
  caption: string;
  /** The text exactly as aligned. */
  text: string;
  /** The pairwise comparison of this report with the source, when the library can open it. */
  compareHref?: string | null;
}

/** `report-vs-report` when the "source" is itself a report (its every sentence is a row). */
export type MatrixMode = 'source' | 'report-vs-report';
