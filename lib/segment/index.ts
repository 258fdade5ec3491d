// The segmentation stage: one call that runs every segmenter over a document, for the report and the source alike.
import type { Segmentation } from '../types.ts';
import { segmentClauses } from './clauses.ts';
import { findFrames } from './frames.ts';
import { segmentParagraphs } from './paragraphs.ts';
import { findQuotes } from './quotes.ts';
import { segmentSentences } from './sentences.ts';
import { segmentTurns } from './turns.ts';

export { segmentClauses } from './clauses.ts';
export { findFrames } from './frames.ts';
export { segmentParagraphs } from './paragraphs.ts';
export { findQuotes } from './quotes.ts';
export { segmentSentences } from './sentences.ts';
export { segmentTurns } from './turns.ts';
export { REPORTING_VERBS } from './rules/reporting-verbs.ts';

/** Paragraphs, sentences, clauses, speaker turns, quotes and attribution frames of `text`, all as spans into it. */
export function segmentDocument(text: string): Segmentation {
  if (typeof text !== 'string') throw new TypeError('segmentDocument: text must be a string');
  const paragraphs = segmentParagraphs(text);
  const sentences = segmentSentences(text, paragraphs);
  const quotes = findQuotes(text, paragraphs);
  return {
    length: text.length,
    paragraphs,
    sentences,
    clauses: segmentClauses(text, sentences),
    turns: segmentTurns(text, paragraphs),
    quotes,
    frames: findFrames(text, sentences, quotes),
  };
}
