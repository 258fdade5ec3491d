// The matcher's entry point: report + source in, AlignResult out.
import type { AlignOptions, AlignResult } from './types.ts';

/** Aligns the statements of `report` with the places in `source` they report. */
export function alignTexts(report: string, source: string, options: AlignOptions = {}): AlignResult {
  if (typeof report !== 'string') throw new TypeError('alignTexts: report must be a string');
  if (typeof source !== 'string') throw new TypeError('alignTexts: source must be a string');
  void options;
  return { version: 1, report: { length: report.length }, source: { length: source.length }, alignments: [], added: [], omitted: [], regions: [] };
}
