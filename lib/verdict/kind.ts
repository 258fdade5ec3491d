// The kind of an alignment, as the eval contract defines it: `quote` when the report presents the
// statement inside quote marks; otherwise `partial` when it carries only part of the source statement,
// `paraphrase` when it carries the statement in other words.

/**
 * A report passage counts as a quote when at least this share of its weighted content lies inside quote
 * marks: a sentence that quotes the source for part of its length (`…, which "might spur [a] cyber arms
 * race"`) presents the statement as a quotation.
 */
export const QUOTED_SHARE = 0.3;
/** Below this weighted share of the source statement carried, a non-quote is `partial` (LESSONS.md #4). */
export const CARRIED_SHARE = 0.45;

export interface KindEvidence {
  /** Weighted share of the report passage's content words that lie inside quotation marks (0..1). */
  quotedShare: number;
  /** Number of quoted content words: a two-word scare quote does not make a passage a quote. */
  quotedWords: number;
  /** Weighted share of the source statement(s) that the report carries, counting every alignment (0..1). */
  carriedShare: number;
  /** Whether the passage is the report's headline, which compresses by nature. */
  headline: boolean;
}

export function classifyKind(e: KindEvidence): 'quote' | 'paraphrase' | 'partial' {
  if (e.quotedShare >= QUOTED_SHARE && e.quotedWords >= 3) return 'quote';
  // A headline keeps a statement's gist and drops its conditions and halves: unless it quotes, it is partial.
  if (e.headline) return 'partial';
  return e.carriedShare < CARRIED_SHARE ? 'partial' : 'paraphrase';
}
