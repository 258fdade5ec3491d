// For the tests of the passes after the in-order search: a piece whose items are the given words, one each.
import type { UnitFeatures } from './unit-features.ts';

export const wordPiece = (...words: string[]): UnitFeatures => ({
  items: words.map((w) => new Set([w])),
  keys: new Set(words),
  numbers: new Set(),
  size: 10,
});
