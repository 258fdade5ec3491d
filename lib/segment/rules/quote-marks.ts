// Which way a quote mark faces, from its neighbours. Curly marks say it themselves, except in copy that has been
// through a bad converter (seeds/rt-2024-*: `”` as an opener); a straight `"` opens after a space, a bracket or a dash
// and before a word, and closes after a word and before a space or punctuation. Apostrophes never count: single
// quotes are left to the text inside the double quotes they nest in.
import { isSpaceCode } from '../chars.ts';

/** Quote mark families: a quote opened with one family is normally closed with the same one. */
export type MarkFamily = 'straight' | 'curly' | 'guillemet' | 'corner';

/** Every double-quote mark the finder looks at. */
export const QUOTE_MARKS = /["“”„«»「」]/g;

const FAMILIES = new Map<number, MarkFamily>([
  [34, 'straight'],
  [0x201c, 'curly'],
  [0x201d, 'curly'],
  [0x201e, 'curly'],
  [0xab, 'guillemet'],
  [0xbb, 'guillemet'],
  [0x300c, 'corner'],
  [0x300d, 'corner'],
]);
const OPENING = new Set([0x201c, 0x201e, 0xab, 0x300c]);
/** The closing mark of each family that has one of its own. */
export const CLOSING_MARK: Readonly<Record<Exclude<MarkFamily, 'straight'>, string>> = {
  curly: '”',
  guillemet: '»',
  corner: '」',
};
// Characters after which a mark opens (`("`, `—"`, `/"`) and before which it closes (`".`, `"—`).
const BEFORE_OPENING = new Set([40, 91, 123, 0x2014, 0x2013, 45, 47, 0x201c, 0x2018, 39, 0xab, 0x300c, 58]);
const AFTER_CLOSING = new Set([
  46, 44, 59, 58, 33, 63, 41, 93, 125, 0x2014, 0x2013, 45, 0x2026, 0x2019, 39, 0x201d, 0xbb, 0x300d, 0x3002, 0xff0c,
]);

/** The family of the mark at `text[i]`. */
export const familyAt = (text: string, i: number): MarkFamily => FAMILIES.get(text.charCodeAt(i)) ?? 'straight';

/** Whether the mark at `text[i]` is drawn as an opening mark (`“`, `„`, `«`, `「`). */
export const isOpeningMarkAt = (text: string, i: number): boolean => OPENING.has(text.charCodeAt(i));

/** Whether the neighbours of the mark at `i` (inside `[start, end)`) are those of an opening mark. */
export function hasOpenerContext(text: string, i: number, start: number, end: number): boolean {
  if (i + 1 >= end || isSpaceCode(text.charCodeAt(i + 1))) return false;
  if (i === start) return true;
  const prev = text.charCodeAt(i - 1);
  return isSpaceCode(prev) || BEFORE_OPENING.has(prev);
}

/** Whether the neighbours of the mark at `i` (inside `[start, end)`) are those of a closing mark. */
export function hasCloserContext(text: string, i: number, start: number, end: number): boolean {
  if (i === start || isSpaceCode(text.charCodeAt(i - 1))) return false;
  if (i + 1 >= end) return true;
  const next = text.charCodeAt(i + 1);
  return isSpaceCode(next) || AFTER_CLOSING.has(next);
}
