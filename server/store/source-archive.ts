// The storage interface of the source archive (issue 17): transcripts, statements and speeches kept with a
// full-text index, so a report's source can be found among them. Callers use only this; the SQLite implementation
// (sqlite/sources-table.ts, FTS5) can be joined by another engine (PostgreSQL's tsvector) by implementing it.
// What a term weighs is decided by the caller (lib/archive/source-query.ts); an engine only counts, per term, the
// sources that hold it, which every full-text index can do.
import type { SourceTerm } from '../../lib/types.ts';
import type { ArchivedSource, NewSource, SourceSummary } from '../types.ts';

/** Candidate search: which sources hold the rarest of `terms`. */
export interface SourceQuery {
  terms: SourceTerm[];
  /** Use only this many words and this many phrases: those of highest weight × rarity. Default 64. */
  maxTerms?: number;
  /** Most hits returned. Default 10. */
  limit?: number;
}

/** A source candidate search found. */
export interface SourceHit {
  id: string;
  /**
   * Σ weight × idf over the chosen terms the source holds, idf = ln(1 + (N − df + 0.5) / (df + 0.5)); the words'
   * part divided by 0.5 + 0.5 × (its length / the mean length), as BM25 normalises length, the phrases' part not.
   */
  score: number;
}

export interface ListSourcesOptions {
  /** Words every listed source must hold (any order), best match first; absent: newest first. */
  q?: string;
  /** Default 50. */
  limit?: number;
  offset?: number;
}

export interface SourceArchive {
  /**
   * Archives `source`. A text already archived (the same characters) is not stored twice: the stored one is
   * returned with `added: false`.
   */
  addSource(source: NewSource): Promise<{ source: SourceSummary; added: boolean }>;
  /** Archives a seed document unless that seed file was archived before (even if since deleted). */
  addSeedSource(seedFile: string, source: NewSource): Promise<boolean>;
  /** Null when there is no such source. */
  getSource(id: string): Promise<ArchivedSource | null>;
  /** False when there is no such source. */
  deleteSource(id: string): Promise<boolean>;
  listSources(options?: ListSourcesOptions): Promise<SourceSummary[]>;
  countSources(): Promise<number>;
  /** Best first; sources holding none of the terms are not returned. */
  searchSources(query: SourceQuery): Promise<SourceHit[]>;
}
