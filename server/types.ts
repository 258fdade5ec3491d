// The server's own types: documents, saved comparisons, corrections and the corrected result.
// lib/types.ts stays the matcher's contract; what only the server stores or adds lives here.
import type { AlignResult, Alignment, AlignmentKind, MatrixRun, Span } from '../lib/types.ts';

/** What a document is, as the user labels it. */
export type DocumentKind = 'report' | 'transcript' | 'statement' | 'translation';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['report', 'transcript', 'statement', 'translation'];

/** The editable description of a document. Every field is null when unknown. */
export interface DocumentMeta {
  title: string | null;
  /** The publisher or site name (`Xinhua`, `Chinese Ministry of Foreign Affairs`). */
  outlet: string | null;
  /** Publication date, `YYYY-MM-DD` when known that precisely, else as written. */
  date: string | null;
  /** Where the text was fetched from or published. */
  url: string | null;
  /** BCP 47 language tag (`en`, `zh-CN`). */
  language: string | null;
  /** The author line as published (`By Jane Doe`), when the page has one. */
  byline: string | null;
}

/** A text and what ingestion learned about it (from a file, a URL or a paste). */
export interface ExtractedDocument {
  text: string;
  meta: DocumentMeta;
}

/** A document to save: its text, kind and whatever metadata is known. */
export interface NewDocument extends Partial<DocumentMeta> {
  text: string;
  kind: DocumentKind;
}

/** A saved document. */
export interface StoredDocument extends DocumentMeta {
  /** Random URL-safe id. */
  id: string;
  text: string;
  kind: DocumentKind;
  /** ISO 8601 timestamp (UTC). */
  created: string;
  /** The seed file it was loaded from (`seeds/manifest.json`), or null for a user's document. */
  seedFile: string | null;
}

/** A comparison as the home page lists it. */
export interface ComparisonSummary {
  id: string;
  title: string;
  reportTitle: string | null;
  sourceTitle: string | null;
  /** ISO 8601 (UTC). */
  created: string;
  updated: string;
}

/** A saved comparison: both documents, the matcher's result as it was computed, and the user's corrections. */
export interface SavedComparison {
  /** At least 16 random URL-safe characters; the permalink is `/c/ID`. */
  id: string;
  title: string;
  report: StoredDocument;
  source: StoredDocument;
  /** The matcher's result, exactly as stored (never recomputed on read). */
  result: AlignResult;
  /** The claimdiff version whose matcher computed `result`. */
  matcherVersion: string;
  /** In the order they were made. */
  corrections: Correction[];
  created: string;
  updated: string;
}

/** Points at one alignment: by its index in the matcher's list and, to survive a re-run, by its spans. */
export interface AlignmentRef {
  /** Index in `AlignResult.alignments` when the correction was made; a hint, checked against the spans. */
  index?: number;
  report: Span[];
  source: Span[];
}

/** What a user changed, as stored (the payload of a correction). */
export type CorrectionInput =
  /** The alignment is wrong: the report passage does not come from that source place. */
  | { type: 'reject'; alignment: AlignmentRef }
  /** The alignment is right but its kind is not. */
  | { type: 'change-kind'; alignment: AlignmentRef; kind: AlignmentKind }
  /**
   * The report passage comes from this source passage: a new alignment, or (with `alignment`) a replacement for
   * the one the matcher made.
   */
  | { type: 'link'; report: Span[]; source: Span[]; kind: AlignmentKind; alignment?: AlignmentRef }
  /** This report passage reports nothing in the source. */
  | { type: 'mark-added'; report: Span }
  /** The report leaves out this source passage. */
  | { type: 'mark-omitted'; source: Span }
  /** A note on an alignment, a report passage or a source passage (exactly one of the three). */
  | { type: 'note'; text: string; alignment?: AlignmentRef; report?: Span; source?: Span };

export type CorrectionType = CorrectionInput['type'];

/** A saved correction. */
export type Correction = CorrectionInput & {
  /** Random URL-safe id. */
  id: string;
  /** ISO 8601 (UTC). */
  created: string;
};

/** Where an alignment of the corrected result comes from. */
export type AlignmentOrigin = 'matcher' | 'corrected' | 'user';

/** An alignment as the user sees it after corrections. */
export interface CorrectedAlignment extends Alignment {
  /** `matcher`: untouched; `corrected`: the matcher's, changed by the user; `user`: made by the user. */
  origin: AlignmentOrigin;
  /** Index in the matcher's `alignments`, or null for one the user made. */
  matcherIndex: number | null;
  /** The user rejected it. Kept in the list (marked) so the view can show and undo it. */
  rejected: boolean;
  /** The kind the matcher gave, when the user changed it. */
  matcherKind: AlignmentKind | null;
  /** Notes attached to it, in order. */
  notes: { id: string; text: string }[];
  /** Ids of the corrections that touched it. */
  corrections: string[];
}

/** An added or omitted passage after corrections. */
export interface CorrectedSpan extends Span {
  origin: 'matcher' | 'user';
  /** The correction that made it, for `user` entries. */
  correction: string | null;
}

/** A note on a passage rather than on an alignment. */
export interface PassageNote {
  id: string;
  side: 'report' | 'source';
  span: Span;
  text: string;
}

/** The matcher's result with the user's corrections applied: what the view and the exports show. */
export interface CorrectedResult {
  version: 1;
  report: { length: number };
  source: { length: number };
  /** Matcher alignments in their order (rejected ones included, marked), then the user's links. */
  alignments: CorrectedAlignment[];
  added: CorrectedSpan[];
  omitted: CorrectedSpan[];
  regions: Span[];
  notes: PassageNote[];
  /** Corrections that no longer apply (their alignment is gone after a re-run, or a span lies outside the text). */
  stale: { id: string; reason: string }[];
}

// --- Saved statement matrices (issue 6) ---

/** A saved matrix as the home page lists it. */
export interface MatrixSummary {
  id: string;
  title: string;
  sourceTitle: string | null;
  /** How many reports it lines up with the source. */
  reportCount: number;
  /** ISO 8601 timestamps (UTC). */
  created: string;
  updated: string;
}

/** A saved matrix: its documents and the run (pairwise results and matrix) exactly as computed when it was saved. */
export interface SavedMatrix {
  id: string;
  title: string;
  source: StoredDocument;
  /** In column order: `result.pairs[i]` aligns `reports[i]` with `source`. */
  reports: StoredDocument[];
  result: MatrixRun;
  /** The claimdiff version that computed `result`. */
  matcherVersion: string;
  created: string;
  updated: string;
}

// --- Lesson packs (issue 16) ---

/** A lesson pack as the teacher's list shows it. */
export interface PackSummary {
  /** A shipped pack's slug or a teacher pack's id; the share link is `/learn/ID`. */
  id: string;
  title: string;
  reportTitle: string;
  sourceTitle: string;
  /** How many exercises it asks. */
  exercises: number;
  shipped: boolean;
  /** ISO 8601 (UTC); null for a shipped pack. */
  created: string | null;
}

/** What an archived source is (issue 17): the kinds of document a report reports on. */
export type SourceKind = 'transcript' | 'statement' | 'speech' | 'original';

export const SOURCE_KINDS: readonly SourceKind[] = ['transcript', 'statement', 'speech', 'original'];

/** The description of an archived source. Every field is null when unknown. */
export interface SourceMeta {
  title: string | null;
  /** Who published it (`The White House`, `Chinese Ministry of Foreign Affairs`). */
  outlet: string | null;
  /** `YYYY-MM-DD` when known that precisely, else as written. */
  date: string | null;
  /** Where it was fetched from. */
  url: string | null;
  /** The file it was added from (`claimdiff archive add`), made absolute. */
  path: string | null;
}

/** A source to archive: its text and whatever is known about it. `kind` defaults to `transcript`. */
export interface NewSource extends Partial<SourceMeta> {
  text: string;
  kind?: SourceKind;
}

/** An archived source as lists show it: everything but the text. */
export interface SourceSummary extends SourceMeta {
  /** Random URL-safe id. */
  id: string;
  kind: SourceKind;
  /** The text's length in JS string units (UTF-16 code units). */
  length: number;
  /** The seed file it was archived from, or null. */
  seedFile: string | null;
  /** ISO 8601 (UTC). */
  created: string;
}

/** An archived source with its text. */
export interface ArchivedSource extends SourceSummary {
  text: string;
}
