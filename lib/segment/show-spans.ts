// Compact views of spans for tests and debugging: `[Hello world.|How are you?]`. Assertions on one string read like
// the spec and show the whole segmentation when they fail (jsdiff's tests use the same style).
import type { Span } from '../types.ts';

/** The text of each span, joined by `|` inside brackets; newlines shown as `⏎` so a line break is visible. */
export function showSpans(text: string, spans: readonly Span[]): string {
  return `[${spans.map((s) => text.slice(s.start, s.end).replace(/\r\n|\r|\n/gu, '⏎')).join('|')}]`;
}
