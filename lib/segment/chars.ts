// Character tests by code unit, shared by the segmenters. They read `text.charCodeAt(i)` instead of slicing, so a
// scan over a 20 MB source allocates nothing per character; the rare non-ASCII case falls back to a Unicode regex.

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Whether a code unit is whitespace in the sense of JS `\s` (includes NBSP, U+3000 and the BOM). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

/** Whether `text[i]` exists and is whitespace. */
export const isSpaceAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));

// A lone surrogate half is tested as the full code point, so `𝐀` counts as upper-case.
const charAt = (text: string, i: number): string => String.fromCodePoint(text.codePointAt(i) ?? 0);

/** Whether `text[i]` is a lower-case letter (any script with case). */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return LOWER.test(charAt(text, i));
}

/** Whether `text[i]` is an upper-case letter (any script with case). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return UPPER.test(charAt(text, i));
}

/**
 * Whether a code unit counts as part of a word: ASCII letters and digits, and any other code unit outside the
 * punctuation, symbol, surrogate (emoji) and private-use blocks. Range tests rather than `\p{L}`, so counting the words
 * of a long text allocates nothing; the few letter-like symbols it admits (`℃`) do no harm to a word count.
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, currency, arrows, maths, box drawing, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xf8ff) return false; // surrogates (emoji) and private use
  if (c >= 0xfe00 && c <= 0xfe4f) return false; // variation selectors, CJK compatibility forms
  if (c >= 0xff00 && c <= 0xff0f) return false; // full-width punctuation
  if ((c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65)) return false;
  return c !== 0xfeff;
}

/** Whether `text[i]` is a letter or a digit (see `isWordCode`). */
export const isWordAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));

/** Whether `text[i]` is an ASCII digit. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Whether a code unit is a CJK ideograph, kana or hangul: scripts written without spaces, where one character is
 * roughly half a word and a sentence may end without a following space.
 */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

/** Moves `start` forward past whitespace, not beyond `end`. */
export function skipSpaceForward(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Moves `end` back past whitespace, not below `start`. */
export function skipSpaceBackward(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether `[start, end)` holds at least one letter or digit. */
export function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordAt(text, i)) return true;
  return false;
}
