// Types of scripts/score.mjs, for the TypeScript scripts and tests that import it.
export interface Span {
  start: number;
  end: number;
}
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
export interface Score {
  links: Prf;
  omitted: Prf;
  added: Prf;
  kinds: { accuracy: number };
}
export interface GoldCase {
  a: string;
  b: string;
  pairs: { a: Span[]; b: Span[]; kind: string }[];
  added: Span[];
  omitted: Span[];
}
/** A prediction: the `align --format json` contract (only alignments[].report/source/kind, added, omitted are read). */
export interface Prediction {
  alignments?: { report: Span[]; source: Span[]; kind: string }[];
  added?: Span[];
  omitted?: Span[];
}
export const WORD: RegExp;
export function words(text: string): Span[];
export function spanOverlap(xs: readonly Span[], ys: readonly Span[]): boolean;
export function readCase(caseDir: string): GoldCase;
export function score(caseDir: string, prediction: Prediction): Score;
export function round(x: number): number;
