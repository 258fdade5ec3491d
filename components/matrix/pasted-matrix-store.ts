// Hands the texts of a pasted or uploaded matrix from the home form to /matrix/pasted without putting them in the
// URL: kept in memory for the client-side navigation, and in sessionStorage (best effort: it holds about 5 MB) so
// a reload still works. The same approach as components/new-comparison/pasted-store.ts, under its own key.

export interface PastedMatrix {
  source: string;
  sourceTitle: string;
  reports: { text: string; title: string }[];
}

const KEY = 'claimdiff:pasted-matrix';
let latest: PastedMatrix | null = null;

export function savePastedMatrix(texts: PastedMatrix): void {
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

export function loadPastedMatrix(): PastedMatrix | null {
  if (latest) return latest;
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<PastedMatrix>;
    if (typeof value.source !== 'string' || !Array.isArray(value.reports)) return null;
    const reports = value.reports.filter((r): r is { text: string; title: string } => typeof r?.text === 'string');
    if (reports.length === 0) return null;
    latest = {
      source: value.source,
      sourceTitle: typeof value.sourceTitle === 'string' ? value.sourceTitle : '',
      reports: reports.map((r) => ({ text: r.text, title: typeof r.title === 'string' ? r.title : '' })),
    };
    return latest;
  } catch {
    return null;
  }
}
