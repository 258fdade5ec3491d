// One quotation can be written as several marked stretches: interrupted by its attribution (`"We are ready," he
// said, "to talk."`) or run on across paragraphs (a wire quote left open at a paragraph's end and reopened at the
// next). They are one promise and are checked as one quote.
import type { Paragraph, Quote } from '../types.ts';

/** An attribution between two stretches of one quote: a few words ending in a comma or colon, no sentence end. */
const INTERRUPTION = /^\s*,?\s*[^"“”„«».!?\n]{1,60}?[,:]\s*$/u;
const MAX_INTERRUPTION_WORDS = 6;

function interrupts(text: string, a: Quote, b: Quote): boolean {
  const between = text.slice(a.end, b.start);
  if (!INTERRUPTION.test(between)) return false;
  if ((between.match(/\p{L}+/gu) ?? []).length > MAX_INTERRUPTION_WORDS) return false;
  // The first stretch breaks off at a comma, inside the marks (`ready,"`) or just after them (`ready", he`).
  return /,\s*["”’']?$/.test(text.slice(a.inner.start, a.end)) || /^\s*,/.test(between);
}

function runsOnInto(text: string, paragraphs: readonly Paragraph[], a: Quote, b: Quote): boolean {
  if (!a.runsOn) return false;
  const next = paragraphs.find((p) => p.start >= a.end);
  return next !== undefined && /^\s*$/.test(text.slice(next.start, b.start));
}

/** The quotes of a text as groups of marked stretches, in order. */
export function groupQuotes(text: string, quotes: readonly Quote[], paragraphs: readonly Paragraph[]): Quote[][] {
  const groups: Quote[][] = [];
  for (const q of quotes) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && (interrupts(text, prev, q) || runsOnInto(text, paragraphs, prev, q))) last.push(q);
    else groups.push([q]);
  }
  return groups;
}
