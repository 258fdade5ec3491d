// How each mark label is named to the student and the teacher: a short name for the picker and a sentence that
// says what was done to the text. Never a motive, never an outlet's politics (issue 16: "labels and feedback
// describe what was done to the text").
import type { MarkLabel, PackSide } from './types.ts';

export interface LabelInfo {
  /** The picker's word, `quote changed`. */
  name: string;
  /** Which text the student marks it in. */
  side: PackSide;
  /** What the label says about the passage. */
  means: string;
}

export const MARK_LABEL_INFO: Readonly<Record<MarkLabel, LabelInfo>> = {
  'quote-exact': { name: 'quote exact', side: 'report', means: 'The quoted words are the source’s, word for word.' },
  'quote-changed': {
    name: 'quote changed',
    side: 'report',
    means: 'Words inside the quote marks were added, dropped, changed or moved without a mark.',
  },
  paraphrase: { name: 'paraphrase', side: 'report', means: 'The story says in its own words what the source says.' },
  'number-changed': { name: 'number changed', side: 'report', means: 'A number differs from the source’s.' },
  'negation-flipped': {
    name: 'negation flipped',
    side: 'report',
    means: 'Something the source says is not so is reported as so, or the other way round.',
  },
  sharpened: {
    name: 'sharpened',
    side: 'report',
    means: 'The wording is stronger or more certain than the source’s (a hedge dropped, a stronger verb).',
  },
  softened: {
    name: 'softened',
    side: 'report',
    means: 'The wording is weaker or less certain than the source’s (a hedge added, a milder verb).',
  },
  'left-out': {
    name: 'left out',
    side: 'source',
    means: 'The source says this, in the part the story reports, and the story does not carry it.',
  },
  added: { name: 'added', side: 'report', means: 'The story says this and the source has no counterpart.' },
};

/** Every label, in the order the picker lists them. */
export const MARK_LABELS = Object.keys(MARK_LABEL_INFO) as MarkLabel[];

/** The labels a student can put on a passage of `side`. */
export const labelsFor = (side: PackSide): MarkLabel[] => MARK_LABELS.filter((l) => MARK_LABEL_INFO[l].side === side);
