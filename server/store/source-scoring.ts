// How candidate search scores a source (SourceHit.score), the same on every engine: each chosen term adds its
// weight × idf when the source holds it, and the sum is divided by the source's length relative to the mean, as BM25
// normalises length. The SQLite archive sums in code, the PostgreSQL one in SQL, from these constants.

/** Inverse document frequency as BM25 has it (Robertson–Spärck Jones, +1 so it never goes negative). */
export const idf = (total: number, df: number): number => Math.log(1 + (total - df + 0.5) / (df + 0.5));

export const DEFAULT_MAX_TERMS = 48;
export const DEFAULT_HITS = 10;
/** BM25's b: how much a source's length counts against it (0: not at all, 1: in proportion). */
export const LENGTH_WEIGHT = 0.5;
