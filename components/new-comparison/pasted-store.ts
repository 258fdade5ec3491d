// Hands pasted or uploaded texts from the home form to /compare/pasted without putting them in the URL: kept in
// memory for the client-side navigation, and in sessionStorage (best effort: it holds about 5 MB) so a reload of
// the comparison still works.

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

const KEY = 'claimdiff:pasted-texts';
let latest: PastedTexts | null = null;

export function savePastedTexts(texts: PastedTexts): void {
  latest = texts;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(texts));
  } catch {
    // Over the storage quota: the in-memory copy still serves this visit; a reload will ask for the texts again.
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      /* storage unavailable */
    }
  }
}

export function loadPastedTexts(): PastedTexts | null {
  if (latest) return latest;
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<PastedTexts>;
    if (typeof value.report !== 'string' || typeof value.source !== 'string') return null;
    latest = {
      report: value.report,
      source: value.source,
      reportTitle: value.reportTitle ?? '',
      sourceTitle: value.sourceTitle ?? '',
      ...(value.reportMeta ? { reportMeta: value.reportMeta } : {}),
      ...(value.sourceMeta ? { sourceMeta: value.sourceMeta } : {}),
    };
    return latest;
  } catch {
    return null;
  }
}
