// Words the UI uses for kinds and flags: one place, so the table, the diff detail and the legend agree.
import type { AlignmentKind, Flag } from '../../lib/types.ts';

export const KIND_LABELS: Record<AlignmentKind, string> = {
  quote: 'quote',
  paraphrase: 'paraphrase',
  partial: 'partial',
};

export const KIND_DESCRIPTIONS: Record<AlignmentKind, string> = {
  quote: 'the report quotes the source inside quote marks',
  paraphrase: 'the report says the same thing in its own words',
  partial: 'the report carries only part of the source passage',
};

/** In the order of the `Flag` union, which is also the order the matcher lists them in. */
export { FLAG_ORDER } from '../../lib/flag-order.ts';

export const FLAG_LABELS: Record<Flag, string> = {
  misquote: 'misquote',
  'wording-differs': 'quoted wording differs',
  'number-changed': 'number changed',
  'negation-changed': 'negation changed',
  sharpened: 'sharpened',
  softened: 'softened',
};

export const FLAG_DESCRIPTIONS: Record<Flag, string> = {
  misquote:
    'words inside quote marks that the source does not say: a content word added or dropped, or a number, name or negation changed',
  'wording-differs': 'the quoted words differ from the source only in spelling, word form or a synonym',
  'number-changed': 'a number differs between the report and the source',
  'negation-changed': 'a "not", "no" or "never" was added or dropped',
  sharpened: 'a stronger reporting verb, intensifier or certainty than the source',
  softened: 'a weaker reporting verb, an added hedge or a dropped intensifier',
};
