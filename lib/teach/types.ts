// The types of teaching mode (issue 16): lesson packs, the answer key built from a comparison, a student's marks
// and how they score. Spans, not copies: every span is a half-open `{start, end}` range of JS string indices into the
// pack's original report or source text.
import type { DiffPart, Span } from '../types.ts';

/**
 * What a student may say was done to a passage. Each label is one thing the app detects, so every mark can be
 * checked; none names a motive (STYLE: describe what was done to the text).
 */
export type MarkLabel =
  | 'quote-exact'
  | 'quote-changed'
  | 'paraphrase'
  | 'number-changed'
  | 'negation-flipped'
  | 'sharpened'
  | 'softened'
  | 'left-out'
  | 'added';

/** Which text a mark or key item lies in. `left-out` is marked in the source, every other label in the report. */
export type PackSide = 'report' | 'source';

/** What the app shows as the reason for a key item: the two passages and their word diff. */
export interface KeyEvidence {
  /** The report passage (empty for a `left-out` item). */
  report: Span[];
  /** The source passage (empty for an `added` item, or a quote with no place in the source). */
  source: Span[];
  /** Word diff between the two passages, as the matcher or the quote check made it; empty when there is none. */
  diff: DiffPart[];
}

/** One finding of the comparison, as the answer key holds it. */
export interface KeyItem {
  /** Stable within the pack (`k1`, `k2`, … in key order); exercises name items by it. */
  id: string;
  label: MarkLabel;
  side: PackSide;
  /** Where the finding lies, in `side`'s text (a quote interrupted by `he said` has two spans). */
  spans: Span[];
  evidence: KeyEvidence;
  /** What was done to the text, in plain words (the matcher's own message when it has one). */
  note: string;
}

/** A document of a pack: its text (spans index it exactly) and how to name it. */
export interface PackDocument {
  title: string;
  /** The publisher, when known (`Xinhua`). */
  outlet: string | null;
  /** BCP 47 tag (`en`, `zh`, `uk`), set as the `lang` of the text so CJK and Cyrillic shape correctly. */
  language: string | null;
  text: string;
}

/** A lesson: two texts, the student's brief, the answer key and which of its items are the exercises. */
export interface LessonPack {
  /** A shipped pack's slug (`xinhua-wang-wenbin`) or a teacher pack's random id. */
  id: string;
  title: string;
  /** What the student is asked to do, in one or two sentences. */
  brief: string;
  report: PackDocument;
  source: PackDocument;
  /** Every finding of the comparison, corrections applied. */
  key: KeyItem[];
  /** Ids of the key items the student is scored on, in the order the teacher chose. */
  exercises: string[];
  /** True for the packs that ship with the app (read-only; a teacher edits a copy). */
  shipped: boolean;
}

/** A passage the student selected and labelled. */
export interface StudentMark {
  side: PackSide;
  span: Span;
  label: MarkLabel;
}

/** How one student mark fared. */
export interface MarkOutcome {
  mark: StudentMark;
  /** `found`: it finds a key item with its label; `not-a-change`: it finds none. */
  status: 'found' | 'not-a-change';
  /** The key items it finds (ids). */
  finds: string[];
  /** Key items it overlaps under another label (ids): the right place, another change. */
  near: string[];
}

/** How one exercise fared. */
export interface ExerciseOutcome {
  item: KeyItem;
  status: 'found' | 'missed';
  /** Indexes into the marks of the student marks that find it. */
  foundBy: number[];
}

/** The reveal: every exercise and every mark with its status, and the score. */
export interface LessonScore {
  /** In exercise order. */
  exercises: ExerciseOutcome[];
  /** In the order the student made them. */
  marks: MarkOutcome[];
  found: number;
  /** The number of exercises. */
  total: number;
}
