// Where a report's headline is: its first paragraph when that is one short line with no closing stop.
import type { Paragraph, Span } from '../types.ts';

/**
 * Whether the spans lie in the report's headline: a first paragraph of one short line with no closing stop,
 * followed by more text.
 */
export function isHeadline(text: string, paragraphs: readonly Paragraph[], spans: readonly Span[]): boolean {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return false;
  const line = text.slice(first.start, first.end);
  if (line.includes('\n') || /[.!?"”’]\s*$/.test(line) || line.split(/\s+/).length > 25) return false;
  return spans.every((s) => s.start >= first.start && s.end <= first.end);
}
