// Finding a report's source in the archive (issue 17), in two stages: candidate search by the report's rare words
// and quoted phrases (lib/archive/source-query.ts, scored by the archive's own counts) proposes a pool, then
// lib/archive/rank-sources.ts re-ranks it by how much of the report each candidate accounts for: verbatim runs of
// the report's words over the whole pool, then the matcher on the best few. The CLI's `find` and `batch` and the
// API call this.
import { buildSourceQuery } from '../../lib/archive/source-query.ts';
import { rankSources } from '../../lib/archive/rank-sources.ts';
import type { AlignOptions, AlignResult, Span } from '../../lib/types.ts';
import type { SourceArchive } from '../store/source-archive.ts';
import type { SourceSummary } from '../types.ts';

export interface FindOptions {
  /** How many candidates the matcher ranks and the list holds at most. Default 3. */
  rerank?: number;
  /** How many of candidate search's best are read for verbatim evidence. Default 24. */
  pool?: number;
  /** How many terms candidate search uses (SourceQuery.maxTerms). */
  maxTerms?: number;
  /** Options of the matcher's runs. */
  align?: AlignOptions;
}

/** A source found for a report. */
export interface FoundSource {
  source: SourceSummary;
  /** 0..1: the share of the report it accounts for on its own. */
  score: number;
  /** 0..1: the share it accounts for beyond the sources ranked before it. */
  adds: number;
  /** Candidate search's score (Σ weight × idf of the terms it holds). */
  searchScore: number;
  /** 0..1: the share of the report it repeats verbatim. */
  verbatim: number;
  /** The source passages that drew the match. */
  passages: Span[];
  /** The matcher's result for the report against this source. */
  result: AlignResult;
}

export const DEFAULT_RERANK = 3;
export const DEFAULT_POOL = 24;

/**
 * The report's likely sources, best first (greedy by what each adds). A candidate the matcher finds nothing of the
 * report in is left out, so the list is empty when the archive holds no source of it.
 */
export async function findSources(
  archive: SourceArchive,
  report: string,
  options: FindOptions = {},
): Promise<FoundSource[]> {
  const rerank = options.rerank ?? DEFAULT_RERANK;
  const pool = Math.max(rerank, options.pool ?? DEFAULT_POOL);
  const hits = await archive.searchSources({
    terms: buildSourceQuery(report),
    limit: pool,
    ...(options.maxTerms !== undefined && { maxTerms: options.maxTerms }),
  });
  const candidates = [];
  for (const hit of hits) {
    const source = await archive.getSource(hit.id);
    if (source) candidates.push({ source, searchScore: hit.score });
  }
  // Of candidates the report cannot tell apart (an original and a copy that differs only where the report does not
  // look) the one archived first is taken: a republished copy is archived after the original it copies.
  candidates.sort((a, b) => (a.source.created < b.source.created ? -1 : a.source.created > b.source.created ? 1 : 0));
  const byId = new Map(candidates.map((c) => [c.source.id, c]));
  return rankSources(
    report,
    candidates.map((c) => ({ id: c.source.id, text: c.source.text })),
    { limit: rerank, ...(options.align && { align: options.align }) },
  )
    .filter((ranked) => ranked.result.alignments.length > 0)
    .map((ranked) => {
      const { source, searchScore } = byId.get(ranked.id)!;
      const { text: _text, ...summary } = source;
      return {
        source: summary,
        score: ranked.score,
        adds: ranked.adds,
        verbatim: ranked.verbatim,
        searchScore,
        passages: ranked.passages,
        result: ranked.result,
      };
    });
}

/** One candidate as `claimdiff find --format json` and `POST /api/sources/find` give it. */
export const toCandidate = (found: FoundSource) => ({
  id: found.source.id,
  title: found.source.title,
  path: found.source.path,
  date: found.source.date,
  score: found.score,
  passages: found.passages.map(({ start, end }) => ({ start, end })),
});

/** The find contract: `{"version": 1, "candidates": [...]}`, best first. */
export const toFindContract = (found: readonly FoundSource[]) => ({
  version: 1 as const,
  candidates: found.map(toCandidate),
});
