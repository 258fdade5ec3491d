// Hands texts from one page to the next without putting them in the URL: kept in memory for the client-side
// navigation, and in sessionStorage (best effort: it holds about 5 MB) so a reload of the next page still works.
// Used for pasted comparisons (pasted-store.ts) and pasted matrices (components/matrix/pasted-matrix-store.ts).

export interface Handoff<T> {
  save(value: T): void;
  /** The value saved in this tab, or null when there is none or what is stored is not one (`parse` said so). */
  load(): T | null;
}

export function createHandoff<T>(key: string, parse: (stored: unknown) => T | null): Handoff<T> {
  let latest: T | null = null;
  return {
    save(value) {
      latest = value;
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Over the storage quota: the in-memory copy still serves this visit; a reload will ask for the texts again.
        try {
          sessionStorage.removeItem(key);
        } catch {
          /* storage unavailable */
        }
      }
    },
    load() {
      if (latest) return latest;
      try {
        const raw = sessionStorage.getItem(key);
        if (!raw) return null;
        latest = parse(JSON.parse(raw));
        return latest;
      } catch {
        return null;
      }
    },
  };
}
