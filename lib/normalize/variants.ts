// Spelling variants that name the same thing: `U.S.`, `US`, `USA`, `America`, `the United States`.
// Matching sees one canonical key for all of them; display never changes. Multi-word names are joined
// by `joinVariantPhrases` in tokens.ts. Keys start with `#` so they can never collide with a stem.

/** Single-token variants, by lower-cased word (after possessive stripping). */
const SINGLE: ReadonlyMap<string, string> = new Map([
  ['u.s.', '#us'],
  ['u.s.a.', '#us'],
  ['usa', '#us'],
  ['america', '#us'],
  ['american', '#us'],
  ['washington', '#us'],
  ['u.k.', '#uk'],
  ['uk', '#uk'],
  ['britain', '#uk'],
  ['british', '#uk'],
  ['u.n.', '#un'],
  ['e.u.', '#eu'],
  ['eu', '#eu'],
  ['prc', '#china'],
  ['p.r.c.', '#china'],
  ['china', '#china'],
  ['chinese', '#china'],
  ['beijing', '#china'],
]);

/**
 * Upper-case acronyms that collide with ordinary words once lower-cased (`US` vs `us`, `UN`), so they
 * are recognised by their case.
 */
const CASED: ReadonlyMap<string, string> = new Map([
  ['US', '#us'],
  ['UN', '#un'],
]);

/** Two-word names, by their lower-cased words. */
const PHRASES: ReadonlyMap<string, string> = new Map([
  ['united states', '#us'],
  ['united kingdom', '#uk'],
  ['great britain', '#uk'],
  ['united nations', '#un'],
  ['european union', '#eu'],
  ["people's republic", '#china'],
]);

/** The canonical key of a single word, or undefined when it has none. `raw` keeps its case. */
export function variantKey(raw: string, lower: string): string | undefined {
  return CASED.get(raw) ?? SINGLE.get(lower);
}

/** The canonical key of two consecutive lower-cased words, or undefined. */
export function phraseVariantKey(first: string, second: string): string | undefined {
  return PHRASES.get(`${first} ${second}`);
}
