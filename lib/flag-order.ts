// The flags in the order of the `Flag` union: the order the matcher lists them in, the UI shows them in and the
// fuzz checks expect. One list, so a new flag is added in one place.
import type { Flag } from './types.ts';

export const FLAG_ORDER: readonly Flag[] = [
  'misquote',
  'wording-differs',
  'number-changed',
  'negation-changed',
  'sharpened',
  'softened',
];
