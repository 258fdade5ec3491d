// Hands the texts of a pasted or uploaded matrix from the home form to /matrix/pasted without putting them in the
// URL (components/new-comparison/session-handoff.ts).
import { createHandoff } from '../new-comparison/session-handoff.ts';

export interface PastedMatrix {
  source: string;
  sourceTitle: string;
  reports: { text: string; title: string }[];
}

const handoff = createHandoff<PastedMatrix>('claimdiff:pasted-matrix', (stored) => {
  const value = (stored ?? {}) as Partial<PastedMatrix>;
  if (typeof value.source !== 'string' || !Array.isArray(value.reports)) return null;
  const reports = value.reports.filter((r): r is { text: string; title: string } => typeof r?.text === 'string');
  if (reports.length === 0) return null;
  return {
    source: value.source,
    sourceTitle: typeof value.sourceTitle === 'string' ? value.sourceTitle : '',
    reports: reports.map((r) => ({ text: r.text, title: typeof r.title === 'string' ? r.title : '' })),
  };
});

export const savePastedMatrix = (texts: PastedMatrix): void => handoff.save(texts);
export const loadPastedMatrix = (): PastedMatrix | null => handoff.load();
