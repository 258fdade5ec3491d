// Hands pasted or uploaded texts from the home form to /compare/pasted without putting them in the URL
// (session-handoff.ts).
import { createHandoff } from './session-handoff.ts';

export interface PastedTexts {
  report: string;
  source: string;
  reportTitle: string;
  sourceTitle: string;
  /** What an upload or a fetched URL told about each side (outlet, date, URL), kept for saving. */
  reportMeta?: PastedMeta;
  sourceMeta?: PastedMeta;
}

/** Metadata of an uploaded or fetched document; null when unknown. */
export interface PastedMeta {
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  language?: string | null;
}

const handoff = createHandoff<PastedTexts>('claimdiff:pasted-texts', (stored) => {
  const value = (stored ?? {}) as Partial<PastedTexts>;
  if (typeof value.report !== 'string' || typeof value.source !== 'string') return null;
  return {
    report: value.report,
    source: value.source,
    reportTitle: value.reportTitle ?? '',
    sourceTitle: value.sourceTitle ?? '',
    ...(value.reportMeta ? { reportMeta: value.reportMeta } : {}),
    ...(value.sourceMeta ? { sourceMeta: value.sourceMeta } : {}),
  };
});

export const savePastedTexts = (texts: PastedTexts): void => handoff.save(texts);
export const loadPastedTexts = (): PastedTexts | null => handoff.load();
